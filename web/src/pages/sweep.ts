// Sweep: type a query the way the regulator searches ("baju bekas") and see
// which active listings still match, per platform, counted by verdict, with
// the recorded history of the same query (the residual run by run).
import { api, apiText, type Sweep } from '../api';
import { can, errorBox, errorText, loading, pageHeader, platformName, section, type PageContext, type PageDef } from '../app';
import { stackedColumns, VERDICT_COLORS } from '../charts';
import { badge, download, externalLink, field, fmtInt, fmtPct, h, link, notice, replace, scroller, select, table } from '../dom';
import { localText, timeEl } from '../time';

async function render(ctx: PageContext): Promise<void> {
  const { me, main } = ctx;
  const regulator = can(me, 'regulator');
  const canSeeSellers = can(me, 'platform', 'reviewer');
  const q0 = ctx.query.get('query') ?? '';
  const p0 = regulator ? ctx.query.get('platform') ?? '' : '';
  const input = h('input', { type: 'search', name: 'query', id: 'sweep-query', value: q0, required: true, maxlength: 512, autocomplete: 'off', placeholder: 'baju bekas' });
  const plat = regulator ? select([['', 'Every platform'], ...me.platforms.filter((p) => p.id !== me.platform.id).map((p): [string, string] => [p.id, p.name || p.id])], p0, { name: 'platform' }) : null;
  const links = h('input', { type: 'number', name: 'links', min: 0, max: 1000, value: 50, inputmode: 'numeric' });
  const record = h('input', { type: 'checkbox', id: 'sweep-record', checked: true });
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Sweep' },
    field('Search words', input, 'All words must be in the text, any order; "quoted words" together. Spelling tricks like b4ju b3k4s are folded.'),
    plat ? field('Platform', plat) : null,
    field('Listings to show', links),
    h('div', { class: 'field check' }, record, h('label', { for: 'sweep-record' }, 'Record in the history')),
    h('div', { class: 'field field-button' }, h('button', { type: 'submit', class: 'primary' }, 'Run the sweep')),
  );
  const results = h('div', { id: 'sweep-results', 'aria-live': 'polite' });
  const history = h('div', { id: 'sweep-history' });
  replace(main, pageHeader('Sweep', 'Search active listings the way the regulator does, and see what still matches'), form, results, history);

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    const query: Record<string, string> = { query: q };
    if (plat?.value) query['platform'] = plat.value;
    ctx.setQuery(query, false);
    void run(q, plat?.value ?? '');
  });

  async function run(q: string, p: string): Promise<void> {
    replace(results, loading(`Sweeping for “${q}”…`));
    try {
      const res = await api<{ sweeps: Sweep[] }>('/v1/sweeps', {
        json: { queries: [q], platform: p || undefined, links: Number(links.value) || 0, record: record.checked },
        signal: ctx.signal,
      });
      replace(results, section(`Active listings matching “${q}”`, res.sweeps.length ? res.sweeps.map(sweepCard) : h('p', { class: 'muted' }, 'No platform holds listings yet.')));
    } catch (e) {
      replace(results, errorBox(e, 'The sweep failed'));
    }
    await loadHistory(q, p);
  }

  function sweepCard(sw: Sweep): HTMLElement {
    return h(
      'article',
      { class: 'card sweep-card', 'data-platform': sw.platform },
      h('h3', null, platformName(me, sw.platform)),
      h(
        'p',
        { class: 'sweep-counts' },
        h('strong', { 'data-metric': 'matched' }, fmtInt(sw.matched)),
        ' matching active listings: ',
        badge(`${fmtInt(sw.violation)} violation`, 'violation'),
        ' ',
        badge(`${fmtInt(sw.review)} review`, 'review'),
        ' ',
        badge(`${fmtInt(sw.allow)} allowed`, 'allow'),
        ' · residual ',
        h('strong', { 'data-metric': 'residual' }, fmtInt(sw.residual)),
        sw.matched ? ` (${fmtPct(sw.residual_rate, 1)})` : '',
        sw.run_id ? h('span', { class: 'muted' }, ` · run ${sw.run_id}, `, timeEl(sw.at)) : h('span', { class: 'muted' }, ' · not recorded'),
      ),
      sw.links.length
        ? scroller(
            table(
              `Matching listings on ${platformName(me, sw.platform)}, violations first`,
              ['Listing', 'Seller', 'Verdict', 'Score', 'Link'],
              sw.links.map((l) => [
                h('span', { class: 'mono' }, l.listing_id),
                canSeeSellers && sw.platform === me.platform.id ? link('#/sellers/' + encodeURIComponent(l.seller_id), l.seller_id) : l.seller_id,
                badge(l.verdict, l.verdict),
                l.score.toFixed(3),
                l.url ? externalLink(l.url) : '—',
              ]),
              { numeric: [3], className: 'data compact sweep-links' },
            ),
            'Matching listings',
          )
        : h('p', { class: 'muted' }, sw.matched ? 'Listings not requested (set “Listings to show”).' : 'No active listing matches.'),
      sw.matched > sw.links.length && sw.links.length ? h('p', { class: 'muted small' }, `${fmtInt(sw.links.length)} of ${fmtInt(sw.matched)} shown.`) : null,
    );
  }

  async function loadHistory(q: string, p: string): Promise<void> {
    replace(history, loading('Loading the history…'));
    try {
      const res = await api<{ sweeps: Sweep[] }>('/v1/sweeps', { query: { query: q, platform: p, limit: 500 }, signal: ctx.signal });
      const byPlatform = new Map<string, Sweep[]>();
      for (const sw of res.sweeps) byPlatform.set(sw.platform, [...(byPlatform.get(sw.platform) ?? []), sw]);
      const csv = h('button', { type: 'button', class: 'secondary' }, 'Download CSV evidence');
      csv.addEventListener('click', async () => {
        try {
          download('sweeps.csv', await apiText('/v1/sweeps', { query: { query: q, platform: p, format: 'csv', limit: 100000 } }), 'text/csv');
        } catch (e) {
          history.prepend(notice('error', errorText(e)));
        }
      });
      replace(
        history,
        section(
          `History of “${q}”`,
          res.sweeps.length ? h('p', null, csv) : h('p', { class: 'muted' }, 'Not swept before.'),
          [...byPlatform.entries()].map(([platform, runs]) => {
            const cats = runs.map((r) => r.at);
            return h(
              'div',
              { class: 'history-block', 'data-platform': platform },
              h('h3', null, platformName(me, platform)),
              stackedColumns({
                title: `Matches of “${q}” on ${platformName(me, platform)} run by run`,
                description: `${runs.length} recorded runs; the latest found ${fmtInt(runs[runs.length - 1]?.matched ?? 0)} matches, ${fmtInt(runs[runs.length - 1]?.residual ?? 0)} of them not cleared.`,
                categories: cats,
                categoryLabel: (c) => localText(c),
                series: [
                  { key: 'violation', label: 'violation', color: VERDICT_COLORS['violation'], values: runs.map((r) => r.violation) },
                  { key: 'review', label: 'review', color: VERDICT_COLORS['review'], values: runs.map((r) => r.review) },
                  { key: 'allow', label: 'allowed', color: VERDICT_COLORS['allow'], values: runs.map((r) => r.allow) },
                ],
                unit: 'listings',
                height: 200,
              }),
              scroller(
                table(
                  `Runs of “${q}” on ${platformName(me, platform)}, newest first`,
                  ['Run', 'When', 'Matched', 'Violation', 'Review', 'Allowed', 'Residual'],
                  [...runs].reverse().map((r) => [String(r.run_id ?? ''), timeEl(r.at), fmtInt(r.matched), fmtInt(r.violation), fmtInt(r.review), fmtInt(r.allow), `${fmtInt(r.residual)} (${fmtPct(r.residual_rate, 1)})`]),
                  { numeric: [0, 2, 3, 4, 5, 6], className: 'data compact history-table' },
                ),
                'Runs',
              ),
            );
          }),
        ),
      );
    } catch (e) {
      replace(history, errorBox(e, 'The history could not be loaded'));
    }
  }

  async function recentQueries(): Promise<void> {
    try {
      const res = await api<{ sweeps: Sweep[] }>('/v1/sweeps', { query: { limit: 200, platform: p0 }, signal: ctx.signal });
      const seen = new Map<string, Sweep>();
      for (const sw of res.sweeps) seen.set(sw.query, sw);
      replace(
        history,
        section(
          'Recorded sweeps',
          seen.size
            ? h('ul', { class: 'chips' }, [...seen.values()].reverse().map((sw) => h('li', null, link('#/sweep?query=' + encodeURIComponent(sw.query) + (p0 ? '&platform=' + encodeURIComponent(p0) : ''), `“${sw.query}”`), h('span', { class: 'muted small' }, ' ', localText(sw.at)))))
            : h('p', { class: 'muted' }, 'No sweeps recorded yet. Try “baju bekas”, “thrift impor” or “bal karungan”.'),
        ),
      );
    } catch (e) {
      replace(history, errorBox(e));
    }
  }

  if (q0) {
    // Arriving with a query (a link from the overview): show its history, run on demand.
    await loadHistory(q0, p0);
  } else {
    await recentQueries();
  }
}

export const sweepPage: PageDef = {
  path: 'sweep',
  title: 'Sweep',
  roles: ['regulator', 'platform', 'reviewer'],
  nav: true,
  render,
};
