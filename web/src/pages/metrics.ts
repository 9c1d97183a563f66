// Service metrics (operator keys): the Prometheus text of GET /metrics as
// a table of the current values.
import { apiText } from '../api';
import { errorBox, loading, pageHeader, section, type PageContext, type PageDef } from '../app';
import { field, h, replace, scroller, table } from '../dom';

async function render(ctx: PageContext): Promise<void> {
  const { main } = ctx;
  replace(main, pageHeader('Service metrics', 'Requests, latencies, decisions and table sizes over every platform'), loading());
  let text: string;
  try {
    text = await apiText('/metrics', { signal: ctx.signal });
  } catch (e) {
    replace(main, pageHeader('Service metrics'), errorBox(e));
    return;
  }
  const rows = text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const at = l.lastIndexOf(' ');
      return [l.slice(0, at), l.slice(at + 1)];
    });
  const filter = h('input', { type: 'search', autocomplete: 'off' });
  const box = h('div');
  const draw = () => {
    const f = filter.value.trim().toLowerCase();
    const shown = rows.filter(([name]) => !f || (name ?? '').toLowerCase().includes(f));
    replace(box, scroller(table('Metrics', ['Series', 'Value'], shown.map(([n, v]) => [h('span', { class: 'mono small break' }, n ?? ''), v ?? '']), { numeric: [1], captionHidden: true }), 'Metrics'));
  };
  filter.addEventListener('input', draw);
  draw();
  replace(main, pageHeader('Service metrics', 'Requests, latencies, decisions and table sizes over every platform'), section('Current values', field('Filter', filter), box));
}

export const metricsPage: PageDef = {
  path: 'metrics',
  title: 'Metrics',
  roles: ['operator'],
  nav: true,
  render,
};
