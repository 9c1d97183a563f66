// Hand-drawn SVG charts. Each is a <figure> with a caption, an SVG marked
// role="img" with a title and a description that says what it shows, and
// the numbers as a table under a disclosure, for screen readers and for
// anyone who wants the figures. Charts are drawn at their container's width
// (and redrawn when it changes), so text stays legible on a phone.
import { h, s, fmtInt, fmtPct, uid, type Child } from './dom';

/** Colours that keep 3:1 against white (WCAG non-text contrast), colour-blind distinguishable. */
export const PALETTE = [
  '#1f5fa8', // blue
  '#c2410c', // orange
  '#15803d', // green
  '#7e22ce', // purple
  '#a16207', // ochre
  '#be123c', // rose
  '#0f766e', // teal
  '#475569', // slate
];

export const SOURCE_COLORS: Record<string, string> = {
  automated: '#1f5fa8',
  notice: '#c2410c',
  report: '#7e22ce',
  review: '#15803d',
  manual: '#475569',
};

export const VERDICT_COLORS: Record<string, string> = {
  violation: '#b91c1c',
  review: '#a16207',
  allow: '#15803d',
};

export interface Series {
  key: string;
  label: string;
  values: number[];
  color?: string;
}

function colorOf(series: Series, i: number): string {
  return series.color ?? PALETTE[i % PALETTE.length] ?? '#475569';
}

/** Round up to a "nice" axis maximum (four steps of 1, 2, 2.5 or 5 × 10^k). */
function niceScale(max: number): { top: number; step: number } {
  if (max <= 4) return { top: Math.max(1, Math.ceil(max)), step: 1 };
  for (let pow = 1; ; pow *= 10) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * pow;
      if (Number.isInteger(step) && step * 4 >= max) return { top: step * 4, step };
    }
  }
}

function legend(series: Series[], totals?: number[]): HTMLElement {
  return h(
    'ul',
    { class: 'legend' },
    series.map((sr, i) =>
      h(
        'li',
        null,
        h('span', { class: 'swatch', 'aria-hidden': 'true', 'data-color': colorOf(sr, i) }),
        sr.label,
        totals ? h('span', { class: 'legend-n' }, ' ' + fmtInt(totals[i] ?? 0)) : null,
      ),
    ),
  );
}

/** Paints legend swatches from their data-color (CSSOM, allowed by the CSP). */
export function paintSwatches(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('.swatch[data-color]').forEach((el) => {
    el.style.backgroundColor = el.dataset['color'] ?? '';
  });
}

function dataTable(caption: string, head: string[], rows: Child[][]): HTMLElement {
  return h(
    'details',
    { class: 'chart-data' },
    h('summary', null, 'Data table'),
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
      h(
        'table',
        { class: 'data compact' },
        h('caption', null, caption),
        h('thead', null, h('tr', null, head.map((t, i) => h('th', { scope: 'col', class: i ? 'num' : null }, t)))),
        h(
          'tbody',
          null,
          rows.map((r) =>
            h(
              'tr',
              null,
              r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', { class: 'num' }, c))),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Draws `draw(width)` into `box` now and whenever its width changes. */
function responsive(box: HTMLElement, draw: (width: number) => SVGSVGElement): void {
  let last = -1;
  const paint = () => {
    const w = Math.max(260, Math.floor(box.clientWidth || 600));
    if (w === last) return;
    last = w;
    const svg = draw(w);
    box.replaceChildren(svg);
  };
  paint();
  if ('ResizeObserver' in window) {
    const ro = new ResizeObserver(() => paint());
    ro.observe(box);
  }
  // the box has no width until it is in the document
  requestAnimationFrame(paint);
}

/**
 * The frame every chart shares: a <figure> with its caption, the parts
 * before and after the drawing, and an accessible <svg> of the given height whose
 * title and description name the chart. `draw` fills the svg at each width.
 */
function chartFigure(
  o: { title: string; description: string; id?: string },
  parts: { before?: Child[]; after?: Child[] },
  draw: (svg: SVGSVGElement, width: number) => void,
  height: number,
): HTMLElement {
  const titleId = uid('ct');
  const descId = uid('cd');
  const box = h('div', { class: 'chart-box' });
  const fig = h('figure', { class: 'chart', id: o.id ?? null }, h('figcaption', null, o.title), ...(parts.before ?? []), box, ...(parts.after ?? []));
  responsive(box, (width) => {
    const svg = s('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: 'chart-svg' });
    svg.appendChild(s('title', { id: titleId }, o.title));
    svg.appendChild(s('desc', { id: descId }, o.description));
    draw(svg, width);
    return svg;
  });
  return fig;
}

export interface ColumnChartOptions {
  title: string;
  /** One-sentence summary for the SVG's description. */
  description: string;
  categories: string[];
  categoryLabel: (c: string) => string;
  series: Series[];
  unit: string;
  height?: number;
  id?: string;
}

/** Stacked columns: one per category (time bucket), one band per series. */
export function stackedColumns(o: ColumnChartOptions): HTMLElement {
  const totals = o.series.map((sr) => sr.values.reduce((a, b) => a + b, 0));
  const height = o.height ?? 240;
  const table = dataTable(
      o.title,
      ['Period', ...o.series.map((sr) => sr.label), 'Total'],
      o.categories.map((c, i) => {
        const vals = o.series.map((sr) => sr.values[i] ?? 0);
        return [o.categoryLabel(c), ...vals.map(fmtInt), fmtInt(vals.reduce((a, b) => a + b, 0))];
      }),
  );
  const draw = (svg: SVGSVGElement, width: number) => {
    const pad = { l: 44, r: 12, t: 12, b: 40 };
    const n = Math.max(1, o.categories.length);
    const stackTotals = o.categories.map((_, i) =>
      o.series.reduce((a, sr) => a + (sr.values[i] ?? 0), 0),
    );
    const { top, step } = niceScale(Math.max(0, ...stackTotals));
    const plotW = width - pad.l - pad.r;
    const plotH = height - pad.t - pad.b;
    const slot = plotW / n;
    const barW = Math.max(1, Math.min(48, slot * 0.72));
    const y = (v: number) => pad.t + plotH - (v / top) * plotH;
    for (let v = 0; v <= top + 1e-9; v += step) {
      const yy = y(v);
      svg.appendChild(s('line', { x1: pad.l, x2: width - pad.r, y1: yy, y2: yy, class: v === 0 ? 'axis' : 'grid' }));
      svg.appendChild(s('text', { x: pad.l - 6, y: yy + 4, class: 'tick', 'text-anchor': 'end' }, fmtInt(v)));
    }
    const labelEvery = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(plotW / 64))));
    o.categories.forEach((c, i) => {
      const x = pad.l + slot * i + (slot - barW) / 2;
      let acc = 0;
      const g = s('g', { class: 'col' });
      o.series.forEach((sr, si) => {
        const v = sr.values[i] ?? 0;
        if (v <= 0) return;
        const r = s('rect', {
          x,
          y: y(acc + v),
          width: barW,
          height: Math.max(0.5, y(acc) - y(acc + v)),
          fill: colorOf(sr, si),
        });
        r.appendChild(s('title', null, `${o.categoryLabel(c)} · ${sr.label}: ${fmtInt(v)} ${o.unit}`));
        g.appendChild(r);
        acc += v;
      });
      svg.appendChild(g);
      if (i % labelEvery === 0) {
        svg.appendChild(
          s('text', { x: pad.l + slot * i + slot / 2, y: height - pad.b + 16, class: 'tick', 'text-anchor': 'middle' }, o.categoryLabel(c)),
        );
      }
    });
    if (stackTotals.every((t) => t === 0)) {
      svg.appendChild(s('text', { x: width / 2, y: pad.t + plotH / 2, class: 'empty', 'text-anchor': 'middle' }, 'Nothing in this period'));
    }
  };
  const fig = chartFigure(o, { before: [legend(o.series, totals)], after: [table] }, draw, height);
  paintSwatches(fig);
  return fig;
}

export interface BarItem {
  key: string;
  label: string;
  value: number;
  color?: string;
  /** Text after the value, e.g. a share. */
  note?: string;
}

/** Horizontal bars, one per item, with the value written beside each. */
export function horizontalBars(o: {
  title: string;
  description: string;
  items: BarItem[];
  unit: string;
  id?: string;
  emptyText?: string;
}): HTMLElement {
  const rowH = 28;
  const table = dataTable(o.title, ['', o.unit[0]?.toUpperCase() + o.unit.slice(1)], o.items.map((it) => [it.label, fmtInt(it.value) + (it.note ? ' ' + it.note : '')]));
  const draw = (svg: SVGSVGElement, width: number) => {
    const labelW = Math.min(160, Math.max(90, width * 0.3));
    const valueW = 96;
    const max = Math.max(1, ...o.items.map((i) => i.value));
    const plotW = Math.max(40, width - labelW - valueW);
    if (!o.items.length) {
      svg.appendChild(s('text', { x: 8, y: 20, class: 'empty' }, o.emptyText ?? 'Nothing in this period'));
    }
    o.items.forEach((it, i) => {
      const yy = 4 + i * rowH;
      const w = (it.value / max) * plotW;
      svg.appendChild(s('text', { x: labelW - 8, y: yy + rowH / 2 + 4, class: 'label', 'text-anchor': 'end' }, it.label));
      svg.appendChild(s('rect', { x: labelW, y: yy + 5, width: Math.max(it.value > 0 ? 2 : 0, w), height: rowH - 10, fill: it.color ?? PALETTE[i % PALETTE.length] ?? '#1f5fa8', rx: 2 }, s('title', null, `${it.label}: ${fmtInt(it.value)} ${o.unit}`)));
      svg.appendChild(s('text', { x: labelW + w + 6, y: yy + rowH / 2 + 4, class: 'value' }, fmtInt(it.value) + (it.note ? ' ' + it.note : '')));
    });
  };
  return chartFigure(o, { after: [table] }, draw, Math.max(1, o.items.length) * rowH + 8);
}

/** One bar split into shares (a mix), with a legend giving counts and shares. */
export function mixBar(o: { title: string; description: string; items: BarItem[]; unit: string; id?: string }): HTMLElement {
  const total = o.items.reduce((a, i) => a + i.value, 0);
  const shares = h(
      'ul',
      { class: 'legend' },
      o.items.map((it, i) =>
        h(
          'li',
          null,
          h('span', { class: 'swatch', 'aria-hidden': 'true', 'data-color': it.color ?? PALETTE[i % PALETTE.length] ?? '' }),
          it.label + ' ',
          h('strong', { 'data-metric': it.key }, fmtInt(it.value)),
          h('span', { class: 'muted' }, ' (' + (total ? fmtPct(it.value / total, 1) : '0%') + ')'),
        ),
      ),
  );
  const draw = (svg: SVGSVGElement, width: number) => {
    let x = 0;
    if (!total) svg.appendChild(s('rect', { x: 0, y: 6, width, height: 24, class: 'empty-bar' }));
    o.items.forEach((it, i) => {
      if (!total || it.value <= 0) return;
      const w = (it.value / total) * width;
      svg.appendChild(s('rect', { x, y: 6, width: Math.max(1, w - 1), height: 24, fill: it.color ?? PALETTE[i % PALETTE.length] ?? '' }, s('title', null, `${it.label}: ${fmtInt(it.value)} (${fmtPct(it.value / total, 1)})`)));
      x += w;
    });
  };
  const fig = chartFigure(o, { after: [shares] }, draw, 36);
  paintSwatches(fig);
  return fig;
}
