// Overview: takedowns over time by detection source and platform, the
// verdict mix, the elements of the prohibition behind the takedowns, notice
// links answered within the deadline, appeals and the reversal rate, and the
// latest sweep residuals, for a period the user picks.
import { api, type Overview } from '../api';
import { can, errorBox, loading, pageHeader, platformName, section, type PageContext, type PageDef } from '../app';
import { horizontalBars, mixBar, SOURCE_COLORS, stackedColumns, VERDICT_COLORS, type Series } from '../charts';
import { field, fmtInt, fmtPct, h, link, replace, scroller, select, table } from '../dom';
import { addDays, dayText, timeEl, todayLocal, utcOffset } from '../time';

const SOURCE_LABELS: Record<string, string> = {
  automated: 'Automated detection',
  notice: 'Regulator notice',
  report: 'User report',
  review: 'Review',
  manual: 'Manual',
};

const PRESETS: Array<[string, string, number]> = [
  ['7', 'Last 7 days', 7],
  ['30', 'Last 30 days', 30],
  ['90', 'Last 90 days', 90],
  ['365', 'Last 12 months', 365],
  ['custom', 'Custom dates', 0],
];

/** Every bucket start of the period, so that empty days show as gaps. */
export function bucketStarts(from: string, to: string, bucket: string, seen: string[]): string[] {
  const out = new Set<string>(seen);
  const start = new Date(from + 'T00:00:00Z');
  const end = new Date(to + 'T00:00:00Z');
  if (!Number.isNaN(start.getTime()) && !Number.isNaN(end.getTime()) && start <= end) {
    const d = new Date(start);
    if (bucket === 'week') {
      const back = (d.getUTCDay() + 6) % 7; // ISO weeks start on Monday
      d.setUTCDate(d.getUTCDate() - back);
    } else if (bucket === 'month') {
      d.setUTCDate(1);
    }
    for (let guard = 0; d <= end && guard < 2000; guard++) {
      out.add(d.toISOString().slice(0, 10));
      if (bucket === 'week') d.setUTCDate(d.getUTCDate() + 7);
      else if (bucket === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
      else d.setUTCDate(d.getUTCDate() + 1);
    }
  }
  return [...out].sort();
}

function bucketLabel(bucket: string): (c: string) => string {
  if (bucket === 'month') {
    const f = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return (c) => f.format(new Date(c + 'T00:00:00Z'));
  }
  const f = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return (c) => (bucket === 'week' ? 'wk ' : '') + f.format(new Date(c + 'T00:00:00Z'));
}

function kpi(label: string, metric: string, value: string, detail?: string, tone?: string): HTMLElement {
  return h(
    'div',
    { class: 'kpi' + (tone ? ' kpi-' + tone : '') },
    h('p', { class: 'kpi-label' }, label),
    h('p', { class: 'kpi-value', 'data-metric': metric }, value),
    detail ? h('p', { class: 'kpi-detail' }, detail) : null,
  );
}

async function render(ctx: PageContext): Promise<void> {
  const { me, main, query } = ctx;
  const regulator = can(me, 'regulator');
  const today = todayLocal();
  const offset = utcOffset();
  const preset = query.get('preset') ?? (query.get('from') ? 'custom' : '30');
  const days = PRESETS.find((p) => p[0] === preset)?.[2] ?? 30;
  const to = query.get('to') ?? today;
  const from = query.get('from') ?? addDays(to, -(days - 1));
  const bucket = query.get('bucket') ?? (days > 120 ? 'month' : days > 45 ? 'week' : 'day');
  const platform = regulator ? query.get('platform') ?? '' : '';

  const presetSel = select(PRESETS.map(([v, l]) => [v, l]), preset, { name: 'preset' });
  const fromIn = h('input', { type: 'date', name: 'from', value: from, max: today, required: true });
  const toIn = h('input', { type: 'date', name: 'to', value: to, max: today, required: true });
  const bucketSel = select([['day', 'Day'], ['week', 'Week'], ['month', 'Month']], bucket, { name: 'bucket' });
  const platformSel = regulator
    ? select([['', 'Every platform'], ...me.platforms.filter((p) => p.id !== me.platform.id).map((p): [string, string] => [p.id, p.name || p.id])], platform, { name: 'platform' })
    : null;
  presetSel.addEventListener('change', () => {
    const d = PRESETS.find((p) => p[0] === presetSel.value)?.[2] ?? 0;
    if (d) {
      toIn.value = today;
      fromIn.value = addDays(today, -(d - 1));
      bucketSel.value = d > 120 ? 'month' : d > 45 ? 'week' : 'day';
    }
  });
  for (const inp of [fromIn, toIn]) inp.addEventListener('change', () => (presetSel.value = 'custom'));
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Period' },
    field('Period', presetSel),
    field('From', fromIn),
    field('To (inclusive)', toIn),
    field('Group by', bucketSel),
    platformSel ? field('Platform', platformSel) : null,
    h('div', { class: 'field field-button' }, h('button', { type: 'submit', class: 'primary' }, 'Show')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q: Record<string, string> = { preset: presetSel.value, from: fromIn.value, to: toIn.value, bucket: bucketSel.value };
    if (platformSel?.value) q['platform'] = platformSel.value;
    ctx.setQuery(q, false);
    void load(q['from'] ?? from, q['to'] ?? to, q['bucket'] ?? bucket, q['platform'] ?? '');
  });

  const body = h('div', { class: 'overview-body' });
  replace(
    main,
    pageHeader('Overview', regulator ? 'Takedowns across platforms, and how platforms answer notices' : 'Takedowns and enforcement on ' + platformName(me, me.platform.id)),
    form,
    body,
  );

  async function load(f: string, t: string, b: string, p: string): Promise<void> {
    replace(body, loading('Loading the overview…'));
    const started = performance.now();
    let o: Overview;
    try {
      o = await api<Overview>('/v1/overview', { query: { from: f, to: t, bucket: b, platform: p, utc_offset: offset }, signal: ctx.signal });
    } catch (e) {
      replace(body, errorBox(e, 'The overview could not be loaded'));
      return;
    }
    draw(o);
    const ms = Math.round(performance.now() - started);
    body.dataset['renderMs'] = String(ms);
    body.dataset['from'] = o.from;
    body.dataset['to'] = o.to;
    body.dataset['bucket'] = o.bucket;
    body.dataset['platform'] = o.platform;
    body.dataset['utcOffset'] = o.utc_offset ?? offset;
    body.appendChild(h('p', { class: 'muted small', id: 'overview-timing' }, `Computed by the server in ${o.generated_ms} ms; shown in ${ms} ms.`));
  }

  function draw(o: Overview): void {
    const tk = o.takedowns;
    const buckets = bucketStarts(o.from, o.to, o.bucket, tk.series.map((c) => c.start));
    const index = new Map(buckets.map((b, i) => [b, i]));
    const sources = Object.keys(SOURCE_LABELS).filter((k) => (tk.by_source[k] ?? 0) > 0 || k === 'automated');
    for (const k of Object.keys(tk.by_source)) if (!sources.includes(k) && (tk.by_source[k] ?? 0) > 0) sources.push(k);
    const bySource: Series[] = sources.map((k) => ({ key: k, label: SOURCE_LABELS[k] ?? k, color: SOURCE_COLORS[k], values: buckets.map(() => 0) }));
    const platforms = Object.keys(tk.by_platform).sort();
    const byPlatform: Series[] = platforms.map((k) => ({ key: k, label: platformName(me, k), values: buckets.map(() => 0) }));
    for (const c of tk.series) {
      const i = index.get(c.start);
      if (i === undefined) continue;
      const sr = bySource.find((x) => x.key === c.source);
      if (sr) sr.values[i] = (sr.values[i] ?? 0) + c.count;
      const pr = byPlatform.find((x) => x.key === c.platform);
      if (pr) pr.values[i] = (pr.values[i] ?? 0) + c.count;
    }
    const label = bucketLabel(o.bucket);
    const period = `${dayText(o.from)} – ${dayText(o.to)}`;
    const busiest = buckets.reduce(
      (best, b, i) => {
        const n = bySource.reduce((a, sr) => a + (sr.values[i] ?? 0), 0);
        return n > best.n ? { b, n } : best;
      },
      { b: '', n: 0 },
    );
    const n = o.notices;
    const ap = o.appeals;
    const aa = o.account_actions;
    const residual = o.sweeps.reduce((a, sw) => a + (sw.residual ?? sw.violation + sw.review), 0);
    const matched = o.sweeps.reduce((a, sw) => a + sw.matched, 0);
    const verdictTotal = Object.values(o.verdicts).reduce((a, b) => a + b, 0);

    const kpis = h(
      'section',
      { class: 'kpis', 'aria-label': 'Key figures for ' + period },
      kpi('Listings taken down', 'takedowns.total', fmtInt(tk.total), `${period}${o.platform ? ' · ' + platformName(me, o.platform) : ''}` + (tk.reversed ? ` · ${fmtInt(tk.reversed)} since reversed` : '')),
      kpi(
        'Account actions',
        'account_actions.total',
        fmtInt((aa['account_warned'] ?? 0) + (aa['account_suspended'] ?? 0) + (aa['account_banned'] ?? 0)),
        `${fmtInt(aa['account_warned'] ?? 0)} warned · ${fmtInt(aa['account_suspended'] ?? 0)} suspended · ${fmtInt(aa['account_banned'] ?? 0)} banned`,
      ),
      kpi(
        'Notice links within deadline',
        'notices.within_deadline',
        fmtInt(n.within_deadline),
        `of ${fmtInt(n.answered)} answered (${n.answered ? fmtPct(n.within_deadline / n.answered) : '—'}) · ${fmtInt(n.late)} late · ${fmtInt(n.open)} open`,
      ),
      kpi('Overdue notice links', 'notices.overdue', fmtInt(n.overdue), n.overdue ? 'past the deadline, not answered' : 'none past the deadline', n.overdue ? 'bad' : 'good'),
      kpi(
        'Appeal reversal rate',
        'appeals.reversal_rate',
        ap.decided ? fmtPct(ap.reversal_rate, 1) : '—',
        `${fmtInt(ap.reversed)} reversed of ${fmtInt(ap.decided)} decided · ${fmtInt(ap.pending)} pending`,
      ),
      kpi('Sweep residual', 'sweeps.residual', fmtInt(residual), `still found by the latest sweeps, of ${fmtInt(matched)} matched`, residual ? 'warn' : undefined),
    );

    const takedownChart = stackedColumns({
      id: 'chart-takedowns-source',
      title: `Takedowns per ${o.bucket} by detection source`,
      description: `${fmtInt(tk.total)} listings taken down from ${period}` + (busiest.n ? `; the most on ${label(busiest.b)} (${fmtInt(busiest.n)}).` : '.') + ' ' + bySource.map((sr) => `${sr.label}: ${fmtInt(tk.by_source[sr.key] ?? 0)}`).join(', ') + '.',
      categories: buckets,
      categoryLabel: label,
      series: bySource,
      unit: 'takedowns',
    });
    const platformChart =
      platforms.length > 1 || regulator
        ? stackedColumns({
            id: 'chart-takedowns-platform',
            title: `Takedowns per ${o.bucket} by platform`,
            description: platforms.length ? platforms.map((p) => `${platformName(me, p)}: ${fmtInt(tk.by_platform[p] ?? 0)}`).join(', ') + '.' : 'No takedowns in the period.',
            categories: buckets,
            categoryLabel: label,
            series: byPlatform,
            unit: 'takedowns',
          })
        : null;
    const verdicts = mixBar({
      id: 'chart-verdicts',
      title: 'Verdicts of the checks in the period',
      description: `${fmtInt(verdictTotal)} listings checked: ` + ['violation', 'review', 'allow'].map((k) => `${k} ${fmtInt(o.verdicts[k] ?? 0)}`).join(', ') + '.',
      unit: 'listings',
      items: ['violation', 'review', 'allow'].map((k) => ({ key: 'verdicts.' + k, label: k === 'review' ? 'sent to review' : k === 'allow' ? 'allowed' : 'violation', value: o.verdicts[k] ?? 0, color: VERDICT_COLORS[k] })),
    });
    const elementItems = Object.entries(o.elements).sort((a, b) => b[1] - a[1]).map(([k, v]) => ({ key: k, label: k, value: v, note: tk.total ? `(${fmtPct(v / tk.total)})` : '' }));
    const elements = horizontalBars({
      id: 'chart-elements',
      title: 'Elements of the prohibition behind the takedowns',
      description: elementItems.length ? elementItems.map((e) => `${e.label} in ${fmtInt(e.value)}`).join(', ') + ` of ${fmtInt(tk.total)} takedowns.` : 'No takedowns in the period.',
      items: elementItems,
      unit: 'takedowns',
      emptyText: 'No takedowns in the period',
    });
    const notices = horizontalBars({
      id: 'chart-notices',
      title: 'Notice links received in the period',
      description: `${fmtInt(n.links)} links: ${fmtInt(n.within_deadline)} answered within the deadline, ${fmtInt(n.late)} late, ${fmtInt(n.open)} open of which ${fmtInt(n.overdue)} overdue.`,
      unit: 'links',
      items: [
        { key: 'within', label: 'within deadline', value: n.within_deadline, color: '#15803d' },
        { key: 'late', label: 'answered late', value: n.late, color: '#a16207' },
        { key: 'open', label: 'open', value: n.open, color: '#1f5fa8' },
        { key: 'overdue', label: 'overdue', value: n.overdue, color: '#b91c1c' },
      ],
    });
    const appeals = horizontalBars({
      id: 'chart-appeals',
      title: 'Appeals',
      description: `${fmtInt(ap.filed)} filed, ${fmtInt(ap.decided)} decided: ${fmtInt(ap.upheld)} upheld, ${fmtInt(ap.reversed)} reversed; ${fmtInt(ap.pending)} pending. Reversal rate ${ap.decided ? fmtPct(ap.reversal_rate, 1) : 'not applicable'}.`,
      unit: 'appeals',
      items: [
        { key: 'filed', label: 'filed', value: ap.filed, color: '#1f5fa8' },
        { key: 'upheld', label: 'upheld', value: ap.upheld, color: '#15803d' },
        { key: 'reversed', label: 'reversed', value: ap.reversed, color: '#b91c1c' },
        { key: 'pending', label: 'pending', value: ap.pending, color: '#a16207' },
      ],
    });
    const sweeps = o.sweeps.length
      ? scroller(
          table(
            'The latest run of each sweep',
            ['Platform', 'Query', 'Run', 'Matched', 'Violation', 'Review', 'Allowed', 'Residual'],
            o.sweeps.map((sw) => [
              platformName(me, sw.platform),
              link('#/sweep?query=' + encodeURIComponent(sw.query) + (regulator ? '&platform=' + encodeURIComponent(sw.platform) : ''), sw.query),
              timeEl(sw.at),
              fmtInt(sw.matched),
              fmtInt(sw.violation),
              fmtInt(sw.review),
              fmtInt(sw.allowed),
              h('strong', null, fmtInt(sw.violation + sw.review), sw.matched ? h('span', { class: 'muted' }, ' (' + fmtPct((sw.violation + sw.review) / sw.matched) + ')') : null),
            ]),
            { numeric: [3, 4, 5, 6, 7], captionHidden: true },
          ),
          'Sweep residuals',
        )
      : h('p', { class: 'muted' }, 'No sweeps recorded yet. ', link('#/sweep', 'Run a sweep'), '.');

    replace(
      body,
      kpis,
      h(
        'div',
        { class: 'grid-2' },
        section('Takedowns over time', takedownChart, platformChart),
        h('div', { class: 'stack' }, section('Verdict mix', verdicts), section('Elements of the prohibition', elements)),
      ),
      h('div', { class: 'grid-2' }, section('Notices and deadlines', notices), section('Appeals and reversals', appeals)),
      section('Sweep residuals', h('p', { class: 'muted small' }, 'What the regulator\'s keyword searches still find among active listings, by their latest run.'), sweeps),
    );
  }

  await load(from, to, bucket, platform);
}

export const overviewPage: PageDef = {
  path: 'overview',
  title: 'Overview',
  roles: ['platform', 'reviewer', 'regulator'],
  nav: true,
  render,
};
