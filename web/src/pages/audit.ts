// Audit: the hash-chained log, newest first, filtered by listing, seller,
// actor and action; older entries page in on demand.
import { api, type AuditEntry, type AuditPage } from '../api';
import { can, errorBox, pageHeader, platformName, type PageContext, type PageDef } from '../app';
import { field, h, replace, select } from '../dom';
import { timeEl } from '../time';

const KNOWN_ACTIONS = [
  'listing.checked',
  'listing.removed',
  'listing.restored',
  'review.queued',
  'review.upheld',
  'review.dismissed',
  'report.received',
  'notice.received',
  'notice.answered',
  'appeal.filed',
  'appeal.upheld',
  'appeal.reversed',
  'action.reversed',
  'seller.registered',
  'seller.ban_evasion_flagged',
  'seller.ladder_corrected',
  'ladder.changed',
  'sweep.run',
  'network.exported',
  'flood_guard.tripped',
  'flood_guard.cleared',
  'personal_data.erased',
  'personal_data.expired',
  'api_key.created',
  'platform.created',
];

const FILTERS: Array<[string, string, string]> = [
  ['listing', 'Listing ID', ''],
  ['seller', 'Seller ID', ''],
  ['actor', 'Actor', 'a key ID, admin or system'],
  ['action', 'Action', 'exact, e.g. listing.removed'],
];

function detailText(d: unknown): string {
  if (d === null || d === undefined) return '';
  if (typeof d === 'string') return d;
  try {
    return JSON.stringify(d);
  } catch {
    return String(d);
  }
}

async function render(ctx: PageContext): Promise<void> {
  const { me, main } = ctx;
  const regulator = can(me, 'regulator');
  const inputs = new Map<string, HTMLInputElement>();
  const fields = FILTERS.map(([name, label, hint]) => {
    const input = h('input', { type: 'text', name, value: ctx.query.get(name) ?? '', autocomplete: 'off', spellcheck: 'false', list: name === 'action' ? 'audit-actions' : null });
    inputs.set(name, input);
    return field(label, input, hint || undefined);
  });
  const plat = regulator ? select([['', 'Every platform'], ...me.platforms.map((p): [string, string] => [p.id, p.name || p.id])], ctx.query.get('platform') ?? '', { name: 'platform' }) : null;
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter the audit log' },
    fields,
    plat ? field('Platform', plat) : null,
    h('datalist', { id: 'audit-actions' }, KNOWN_ACTIONS.map((a) => h('option', { value: a }))),
    h('div', { class: 'field field-button' }, h('button', { type: 'submit', class: 'primary' }, 'Filter'), h('button', { type: 'reset', class: 'ghost' }, 'Clear')),
  );
  const tbody = h('tbody');
  const more = h('button', { type: 'button', class: 'secondary', id: 'audit-more' }, 'Load older entries');
  const status = h('p', { class: 'muted small', 'aria-live': 'polite', id: 'audit-status' });
  const tableEl = h(
    'table',
    { class: 'data', id: 'audit-table' },
    h('caption', { class: 'visually-hidden' }, 'Audit log entries, newest first'),
    h('thead', null, h('tr', null, ['When', regulator ? 'Platform' : null, 'Actor', 'Action', 'Subject', 'Detail', regulator ? 'Seq' : '#'].filter((x): x is string => x !== null).map((t) => h('th', { scope: 'col' }, t)))),
    tbody,
  );
  const errorSlot = h('div');
  replace(
    main,
    pageHeader('Audit log', regulator ? 'Every platform\'s entries, newest first; each is chained by hash and signed in tree heads' : 'Your platform\'s entries, newest first'),
    form,
    errorSlot,
    status,
    h('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Audit log', tabindex: 0 }, tableEl),
    h('p', null, more),
  );

  let before: number | null = null;
  let shown = 0;
  function filters(): Record<string, string> {
    const q: Record<string, string> = {};
    for (const [k, input] of inputs) if (input.value.trim()) q[k] = input.value.trim();
    if (plat?.value) q['platform'] = plat.value;
    return q;
  }

  async function load(reset: boolean): Promise<void> {
    if (reset) {
      replace(tbody);
      before = null;
      shown = 0;
    }
    replace(errorSlot);
    more.disabled = true;
    status.textContent = 'Loading…';
    try {
      const page = await api<AuditPage>('/v1/audit', { query: { ...filters(), order: 'newest', limit: 50, before: before ?? undefined }, signal: ctx.signal });
      for (const e of page.entries) tbody.appendChild(row(e));
      shown += page.entries.length;
      before = page.next_before ?? null;
      const done = !page.entries.length || before === null || before === undefined || before <= 0;
      more.hidden = done;
      more.disabled = done;
      status.textContent = shown ? `${shown} entr${shown === 1 ? 'y' : 'ies'} shown, newest first${done ? '; no older ones' : ''}.` : 'No entries match.';
    } catch (e) {
      replace(errorSlot, errorBox(e, 'The audit log could not be loaded'));
      status.textContent = '';
    }
  }

  function row(e: AuditEntry): HTMLElement {
    const detail = detailText(e.detail);
    return h(
      'tr',
      { 'data-action': e.action },
      h('td', { class: 'nowrap' }, timeEl(e.at_ms)),
      regulator ? h('td', null, platformName(me, e.platform)) : null,
      h('td', { class: 'mono' }, e.actor),
      h('td', { class: 'mono' }, e.action),
      h('td', { class: 'mono break' }, e.subject),
      h('td', { class: 'detail' }, detail.length > 120 ? h('details', null, h('summary', null, detail.slice(0, 80) + '…'), h('pre', { class: 'json' }, JSON.stringify(e.detail, null, 2))) : h('span', { class: 'mono small break' }, detail)),
      h('td', { class: 'num' }, String(regulator ? e.seq ?? e.index : e.index)),
    );
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    ctx.setQuery(filters());
    void load(true);
  });
  form.addEventListener('reset', () => {
    window.setTimeout(() => {
      ctx.setQuery({});
      void load(true);
    }, 0);
  });
  more.addEventListener('click', () => void load(false));
  await load(true);
}

export const auditPage: PageDef = {
  path: 'audit',
  title: 'Audit',
  roles: ['platform', 'reviewer', 'regulator'],
  nav: true,
  render,
};
