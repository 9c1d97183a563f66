// Evidence spans drawn over the listing text. The engine gives byte offsets
// into the UTF-8 text of a field; JavaScript strings count UTF-16 units, so
// offsets are mapped first. Overlapping spans (one word matched by several
// terms) become one <mark> that names every element it supports.
import type { Decision, Evidence } from './api';
import { h } from './dom';

export const ELEMENT_ORDER = ['offer', 'used', 'clothing', 'abroad'];

export const ELEMENT_LABELS: Record<string, string> = {
  offer: 'offer (trading)',
  used: 'used goods',
  clothing: 'clothing',
  abroad: 'imported / from abroad',
  other: 'other signal',
};

export function elementClass(el: string): string {
  return ELEMENT_ORDER.includes(el) ? 'el-' + el : 'el-other';
}

/** UTF-16 index for every UTF-8 byte offset of `text` (length bytes+1). */
function byteToUtf16(text: string): Int32Array {
  const bytes = new TextEncoder().encode(text).length;
  const map = new Int32Array(bytes + 1).fill(-1);
  let b = 0;
  let u = 0;
  for (const ch of text) {
    map[b] = u;
    const cp = ch.codePointAt(0) ?? 0;
    b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    u += ch.length;
  }
  map[b] = u;
  // Offsets inside a character snap back to its start.
  let last = 0;
  for (let i = 0; i < map.length; i++) {
    if ((map[i] ?? -1) < 0) map[i] = last;
    else last = map[i] ?? 0;
  }
  return map;
}

/** Which elements each evidence index supports (and which it speaks against). */
export function elementsByEvidence(d: Decision | null | undefined): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const el of d?.elements ?? []) {
    for (const i of el.evidence ?? []) {
      const list = out.get(i) ?? [];
      if (!list.includes(el.element)) list.push(el.element);
      out.set(i, list);
    }
  }
  return out;
}

interface Cluster {
  start: number;
  end: number;
  indexes: number[];
}

/**
 * The text of one field with its evidence marked. `evidence` is the whole
 * decision's list (indexes matter: elements refer to them).
 */
export function highlightField(text: string, fieldName: string, evidence: Evidence[], byEvidence: Map<number, string[]>): DocumentFragment {
  const frag = document.createDocumentFragment();
  const map = byteToUtf16(text);
  const max = map.length - 1;
  const spans = evidence
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.field === fieldName && e.end > e.start && e.start >= 0 && e.start <= max)
    .map(({ e, i }) => ({ start: map[e.start] ?? 0, end: map[Math.min(e.end, max)] ?? text.length, i }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: Cluster[] = [];
  for (const sp of spans) {
    const last = clusters[clusters.length - 1];
    if (last && sp.start < last.end) {
      last.end = Math.max(last.end, sp.end);
      last.indexes.push(sp.i);
    } else {
      clusters.push({ start: sp.start, end: sp.end, indexes: [sp.i] });
    }
  }
  let at = 0;
  for (const c of clusters) {
    if (c.start > at) frag.appendChild(document.createTextNode(text.slice(at, c.start)));
    const elements: string[] = [];
    const groups: string[] = [];
    const terms: string[] = [];
    let negated = true;
    for (const i of c.indexes) {
      const ev = evidence[i];
      if (!ev) continue;
      if (!ev.negated) negated = false;
      if (!groups.includes(ev.group)) groups.push(ev.group);
      if (!terms.includes(ev.match)) terms.push(ev.match);
      for (const el of byEvidence.get(i) ?? []) if (!elements.includes(el)) elements.push(el);
    }
    elements.sort((a, b) => (ELEMENT_ORDER.indexOf(a) + 99) % 99 - (ELEMENT_ORDER.indexOf(b) + 99) % 99);
    const primary = elements[0] ?? 'other';
    const what = elements.length ? elements.map((e) => ELEMENT_LABELS[e] ?? e).join(', ') : 'signal: ' + groups.join(', ');
    const mark = h(
      'mark',
      {
        class: 'ev ' + elementClass(primary) + (elements.length > 1 ? ' multi' : '') + (negated ? ' negated' : ''),
        'data-elements': elements.join(' ') || 'other',
        'data-groups': groups.join(' '),
        'data-evidence': c.indexes.join(' '),
        title: (negated ? 'negated — ' : '') + what + ' (' + groups.join(', ') + ')',
      },
      text.slice(c.start, c.end),
    );
    frag.appendChild(mark);
    frag.appendChild(h('span', { class: 'visually-hidden' }, ` [${negated ? 'negated, ' : ''}${what}]`));
    at = c.end;
  }
  if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
  return frag;
}
