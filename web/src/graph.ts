// Linked accounts drawn as a radial graph: the seller in the middle, the
// accounts linked to it on the first ring, theirs on the next, each ring
// ordered by the angle of the account that brought it in. The layout is
// computed once (no animation). Each account is a link (keyboard focusable)
// with a label that says its status and how it is linked; a list of the same
// links follows the drawing for screen readers.
import { h, s, uid } from './dom';

export interface GraphNode {
  id: string; // "platform/seller"
  label: string;
  status: string;
  evading?: boolean;
  strikes?: number;
  href?: string;
}

export interface GraphEdge {
  a: string;
  b: string;
  via: string;
}

const STATUS_CLASS: Record<string, string> = {
  banned: 'n-banned',
  suspended: 'n-suspended',
  warned: 'n-warned',
  active: 'n-active',
};

export function viaText(via: string): string {
  const m = /^(shared|mentions)_(.+)$/.exec(via);
  if (m) {
    const what = (m[2] ?? '').replace(/_/g, ' ');
    return m[1] === 'shared' ? 'shared ' + what : 'mentions the same ' + what;
  }
  if (via === 'near_duplicate') return 'near-identical listings';
  return via.replace(/_/g, ' ');
}

function edgeClass(via: string): string {
  if (via.startsWith('shared_')) return 'e-shared';
  if (via.startsWith('mentions_')) return 'e-mentions';
  return 'e-similar';
}

/**
 * A radial drawing of the accounts within `depth` links of `center`.
 * Accounts beyond `maxNodes` are left out (and counted in the caption).
 */
export function radialGraph(o: {
  title: string;
  center: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  depth?: number;
  maxNodes?: number;
  size?: number;
  /** Draw every node, also those no drawn link reaches. */
  includeAll?: boolean;
  /** radial (rings around the centre, the default) or force (relaxed from the rings, for a whole network). */
  layout?: 'radial' | 'force';
}): HTMLElement {
  const depth = o.depth ?? 2;
  const maxNodes = o.maxNodes ?? 40;
  const byId = new Map(o.nodes.map((n) => [n.id, n]));
  const adj = new Map<string, Array<{ to: string; via: string }>>();
  for (const e of o.edges) {
    if (!adj.has(e.a)) adj.set(e.a, []);
    if (!adj.has(e.b)) adj.set(e.b, []);
    adj.get(e.a)?.push({ to: e.b, via: e.via });
    adj.get(e.b)?.push({ to: e.a, via: e.via });
  }
  // Breadth first from the centre, ring by ring.
  const ring = new Map<string, number>([[o.center, 0]]);
  const parent = new Map<string, string>();
  const rings: string[][] = [[o.center]];
  let left = 0;
  for (let r = 1; r <= depth; r++) {
    const next: string[] = [];
    for (const p of rings[r - 1] ?? []) {
      const neighbours = [...(adj.get(p) ?? [])].sort((x, y) => x.to.localeCompare(y.to));
      for (const { to } of neighbours) {
        if (ring.has(to)) continue;
        if (ring.size >= maxNodes) {
          left += 1;
          ring.set(to, -1);
          continue;
        }
        ring.set(to, r);
        parent.set(to, p);
        next.push(to);
      }
    }
    if (!next.length) break;
    rings.push(next);
  }
  if (o.includeAll) {
    // Accounts the drawn links do not reach (links beyond the list's cap): an outer ring.
    const rest = o.nodes.map((n) => n.id).filter((id) => !ring.has(id));
    const room = Math.max(0, maxNodes - ring.size);
    left += Math.max(0, rest.length - room);
    for (const id of rest.slice(0, room)) ring.set(id, rings.length);
    if (rest.length && room) rings.push(rest.slice(0, room));
  }
  const shown = new Set([...ring.entries()].filter(([, r]) => r >= 0).map(([id]) => id));
  // Each ring far enough out for its accounts to sit apart (labels need room),
  // the drawing as large as the outer ring needs; it scales to its box.
  const spacing = 58;
  const radii: number[] = [0];
  rings.forEach((members, r) => {
    if (r === 0) return;
    const prev = radii[r - 1] ?? 0;
    radii.push(Math.max(prev + (r === 1 ? 110 : 80), (members.length * spacing) / (2 * Math.PI)));
  });
  const outer = radii[radii.length - 1] ?? 0;
  const size = o.layout === 'force' ? Math.max(o.size ?? 520, Math.round(120 * Math.sqrt(ring.size))) : Math.max(o.size ?? 420, Math.ceil(2 * (outer + 60)));
  const cx = size / 2;
  const cy = size / 2;
  const pos = new Map<string, { x: number; y: number; angle: number }>();
  pos.set(o.center, { x: cx, y: cy, angle: 0 });
  const shrink = o.layout === 'force' && outer > 0 ? Math.min(1, (size / 2 - 60) / outer) : 1;
  rings.forEach((members, r) => {
    if (r === 0) return;
    const radius = (radii[r] ?? 0) * shrink;
    // Order by the parent's angle so that children sit near their parent.
    const ordered = [...members].sort(
      (a, b) => (pos.get(parent.get(a) ?? '')?.angle ?? 0) - (pos.get(parent.get(b) ?? '')?.angle ?? 0),
    );
    ordered.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ordered.length + (r % 2 ? 0 : Math.PI / ordered.length);
      pos.set(id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle });
    });
  });

  if (o.layout === 'force') forceLayout(pos, o.edges, o.center, size);

  const titleId = uid('gt');
  const descId = uid('gd');
  const svg = s('svg', {
    viewBox: `0 0 ${size} ${size}`,
    class: 'graph-svg',
    role: 'group',
    'aria-labelledby': `${titleId} ${descId}`,
  });
  const linked = rings[1]?.length ?? 0;
  svg.appendChild(s('title', { id: titleId }, o.title));
  svg.appendChild(
    s(
      'desc',
      { id: descId },
      `${byId.get(o.center)?.label ?? o.center} and ${shown.size - 1} linked accounts (${linked} directly).` +
        (left ? ` ${left} more not drawn.` : ''),
    ),
  );
  const edgesG = s('g', { class: 'edges', 'aria-hidden': 'true' });
  const seen = new Set<string>();
  for (const e of o.edges) {
    if (!shown.has(e.a) || !shown.has(e.b)) continue;
    const key = [e.a, e.b].sort().join('|') + '|' + edgeClass(e.via);
    if (seen.has(key)) continue;
    seen.add(key);
    const pa = pos.get(e.a);
    const pb = pos.get(e.b);
    if (!pa || !pb) continue;
    edgesG.appendChild(
      s('line', { x1: pa.x, y1: pa.y, x2: pb.x, y2: pb.y, class: 'edge ' + edgeClass(e.via) }, s('title', null, `${e.a} — ${e.b}: ${viaText(e.via)}`)),
    );
  }
  svg.appendChild(edgesG);
  const nodesG = s('g', { class: 'nodes' });
  for (const id of shown) {
    const p = pos.get(id);
    if (!p) continue;
    const n = byId.get(id) ?? { id, label: id, status: 'unknown' };
    const isCenter = id === o.center;
    const vias = (adj.get(id) ?? []).filter((x) => shown.has(x.to)).map((x) => viaText(x.via));
    const label =
      `${n.label}: ${n.status}` +
      (n.strikes ? `, ${n.strikes} strikes` : '') +
      (n.evading ? ', evading a ban' : '') +
      (isCenter ? ' (this seller)' : `; linked by ${[...new Set(vias)].join(', ')}`);
    const r = isCenter ? 16 : 11;
    const g = s('g', { class: 'node ' + (STATUS_CLASS[n.status] ?? 'n-unknown') + (isCenter ? ' n-center' : '') + (n.evading ? ' n-evading' : '') });
    g.appendChild(s('circle', { cx: p.x, cy: p.y, r }));
    if (n.evading) g.appendChild(s('circle', { cx: p.x, cy: p.y, r: r + 4, class: 'evading-ring' }));
    const below = p.y >= cy - 1;
    g.appendChild(
      s('text', { x: p.x, y: below ? p.y + r + 14 : p.y - r - 6, 'text-anchor': 'middle', class: 'node-label' }, n.label),
    );
    if (n.href && !isCenter) {
      const a = s('a', { href: n.href, 'aria-label': label, class: 'node-link', 'data-seller': id });
      a.appendChild(g);
      nodesG.appendChild(a);
    } else {
      g.setAttribute('role', 'img');
      g.setAttribute('aria-label', label);
      g.setAttribute('data-seller', id);
      nodesG.appendChild(g);
    }
  }
  svg.appendChild(nodesG);
  return h(
    'figure',
    { class: 'graph' },
    h('figcaption', null, o.title, left ? h('span', { class: 'muted' }, ` (${left} more accounts not drawn)`) : null),
    h('div', { class: 'graph-box' }, svg),
    h(
      'ul',
      { class: 'legend graph-legend' },
      h('li', null, h('span', { class: 'key-node n-active', 'aria-hidden': 'true' }), 'active'),
      h('li', null, h('span', { class: 'key-node n-warned', 'aria-hidden': 'true' }), 'warned'),
      h('li', null, h('span', { class: 'key-node n-suspended', 'aria-hidden': 'true' }), 'suspended'),
      h('li', null, h('span', { class: 'key-node n-banned', 'aria-hidden': 'true' }), 'banned'),
      h('li', null, h('span', { class: 'key-line e-shared', 'aria-hidden': 'true' }), 'shared identifier'),
      h('li', null, h('span', { class: 'key-line e-mentions', 'aria-hidden': 'true' }), 'same contact in text'),
      h('li', null, h('span', { class: 'key-line e-similar', 'aria-hidden': 'true' }), 'near-identical listings'),
    ),
  );
}

/**
 * Fruchterman-Reingold from the radial positions: linked accounts pull
 * together, all push apart; a fixed number of rounds with a cooling step,
 * so the same network always gets the same drawing. The centre stays put.
 */
function forceLayout(pos: Map<string, { x: number; y: number; angle: number }>, edges: GraphEdge[], center: string, size: number): void {
  const ids = [...pos.keys()];
  const n = ids.length;
  if (n < 3) return;
  const index = new Map(ids.map((id, i) => [id, i]));
  const x = ids.map((id) => pos.get(id)?.x ?? size / 2);
  const y = ids.map((id) => pos.get(id)?.y ?? size / 2);
  const links = edges.map((e) => [index.get(e.a), index.get(e.b)]).filter((l): l is [number, number] => l[0] !== undefined && l[1] !== undefined && l[0] !== l[1]);
  const k = Math.sqrt((size * size) / n) * 0.36;
  const c = size / 2;
  const gravity = 0.14;
  const margin = 40;
  let temp = size / 8;
  const fixed = index.get(center);
  for (let round = 0; round < 300; round++) {
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = (x[i] ?? 0) - (x[j] ?? 0);
        let ddy = (y[i] ?? 0) - (y[j] ?? 0);
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 0.01) {
          ddx = 0.1 * ((i % 7) - 3);
          ddy = 0.1 * ((j % 5) - 2);
          d2 = ddx * ddx + ddy * ddy + 0.01;
        }
        const f = (k * k) / d2; // repulsion k²/d, along the unit vector
        dx[i] = (dx[i] ?? 0) + ddx * f;
        dy[i] = (dy[i] ?? 0) + ddy * f;
        dx[j] = (dx[j] ?? 0) - ddx * f;
        dy[j] = (dy[j] ?? 0) - ddy * f;
      }
    }
    for (const [a, b] of links) {
      const ddx = (x[a] ?? 0) - (x[b] ?? 0);
      const ddy = (y[a] ?? 0) - (y[b] ?? 0);
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = d / k; // attraction d²/k, along the unit vector
      dx[a] = (dx[a] ?? 0) - ddx * f;
      dy[a] = (dy[a] ?? 0) - ddy * f;
      dx[b] = (dx[b] ?? 0) + ddx * f;
      dy[b] = (dy[b] ?? 0) + ddy * f;
    }
    for (let i = 0; i < n; i++) {
      if (i === fixed) continue;
      // A pull to the middle keeps loose parts from piling on the edges.
      const ddx = (dx[i] ?? 0) - ((x[i] ?? c) - c) * gravity;
      const ddy = (dy[i] ?? 0) - ((y[i] ?? c) - c) * gravity;
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1;
      const step = Math.min(d, temp);
      x[i] = Math.min(size - margin, Math.max(margin, (x[i] ?? 0) + (ddx / d) * step));
      y[i] = Math.min(size - margin, Math.max(margin, (y[i] ?? 0) + (ddy / d) * step));
    }
    temp = Math.max(0.5, temp * 0.985);
  }
  ids.forEach((id, i) => {
    const p = pos.get(id);
    if (p) {
      p.x = x[i] ?? p.x;
      p.y = y[i] ?? p.y;
    }
  });
}
