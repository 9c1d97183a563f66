// Notices: the regulator uploads a CSV of links (url[,listing_id]) as a
// takedown notice with a clock (urgent 4 hours, normal 24); every page shows
// the per-link status and deadline, overdue and open links first, times in
// local time; the answer exports as CSV (ISO 8601 times) or JSON.
import { api, type Notice, type NoticeItem } from '../api';
import { can, errorBox, errorText, loading, pageHeader, platformName, section, type PageContext, type PageDef } from '../app';
import { announce, badge, download, externalLink, field, fmtInt, h, link, notice, replace, scroller, select } from '../dom';
import { duration, iso, timeEl } from '../time';

const STATUS_LABELS: Record<string, string> = {
  pending: 'open',
  actioned: 'actioned',
  already_removed: 'already removed',
  not_found: 'not found',
  rejected: 'rejected',
};

const DEFAULT_LEGAL_BASIS =
  'Permendag No. 18 Tahun 2021 jo. Permendag No. 40 Tahun 2022 (pakaian bekas, HS 6309.00.00, dilarang impor); UU No. 7 Tahun 2014 Pasal 47 ayat (1)';

/** A live clock: "3 h 20 min left" or "overdue by 2 h". */
function clock(deadline: number, open: boolean): HTMLElement {
  const el = h('span', { class: 'clock', 'data-deadline': String(deadline), 'data-open': open ? '1' : '0' });
  paintClock(el);
  return el;
}

function paintClock(el: HTMLElement): void {
  const deadline = Number(el.dataset['deadline']);
  const open = el.dataset['open'] === '1';
  const left = deadline - Date.now();
  el.classList.toggle('overdue', open && left < 0);
  el.textContent = !open ? '' : left < 0 ? `overdue by ${duration(-left)}` : `${duration(left)} left`;
}

function startClocks(ctx: PageContext): void {
  const timer = window.setInterval(() => ctx.main.querySelectorAll<HTMLElement>('.clock').forEach(paintClock), 30_000);
  ctx.onLeave(() => window.clearInterval(timer));
}

/** Open links first: overdue, then by deadline; then the answered, newest first. */
function noticeOrder(a: Notice, b: Notice): number {
  const openA = (a.by_status['pending'] ?? 0) > 0;
  const openB = (b.by_status['pending'] ?? 0) > 0;
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (openA !== openB) return openA ? -1 : 1;
  if (openA) return a.deadline_at - b.deadline_at;
  return b.received_at - a.received_at;
}

function itemRank(i: NoticeItem): number {
  if (i.status === 'pending') return i.late ? 0 : 1;
  return i.late ? 2 : 3;
}

function statusCounts(n: Notice): HTMLElement {
  const parts = Object.entries(n.by_status).sort((a, b) => (a[0] === 'pending' ? -1 : b[0] === 'pending' ? 1 : a[0].localeCompare(b[0])));
  return h('span', { class: 'status-counts' }, parts.map(([s, c], i) => [i ? ' · ' : '', `${fmtInt(c)} ${STATUS_LABELS[s] ?? s}`]));
}

function csvCell(v: string): string {
  // A leading = + - @ would be a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(v) ? "'" + v : v;
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

/** The answer per link as CSV, every time in ISO 8601 (UTC). */
export function noticeCsv(n: Notice): string {
  const head = ['notice', 'reference', 'platform', 'priority', 'received_at', 'deadline_at', 'item', 'url', 'listing_id', 'status', 'reason', 'action_id', 'answered_at', 'late'];
  const rows = (n.items ?? []).map((i) => [n.id, n.reference, n.platform, n.priority, iso(n.received_at), iso(n.deadline_at), String(i.item), i.url, i.listing_id, i.status, i.reason, i.action_id, i.answered_at ? iso(i.answered_at) : '', i.late ? 'true' : 'false']);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// ---- The list, and the regulator's upload ----

async function renderList(ctx: PageContext): Promise<void> {
  const { me, main } = ctx;
  const regulator = can(me, 'regulator');
  const overdueOnly = ctx.query.get('overdue') === 'true';
  const platform = regulator ? ctx.query.get('platform') ?? '' : '';
  const listBox = h('div', { id: 'notice-list' });
  replace(
    main,
    pageHeader('Notices', regulator ? 'Takedown notices sent to platforms, and how each link was answered' : 'Takedown notices from the regulator: answer each link before its deadline'),
    regulator ? uploadForm(ctx) : null,
    section('Notices', filters(), listBox),
  );
  startClocks(ctx);

  function filters(): HTMLElement {
    const cb = h('input', { type: 'checkbox', id: 'overdue-only', checked: overdueOnly });
    const plat = regulator
      ? select([['', 'Every platform'], ...me.platforms.filter((p) => p.id !== me.platform.id).map((p): [string, string] => [p.id, p.name || p.id])], platform, { id: 'notice-platform' })
      : null;
    const apply = () => {
      const q: Record<string, string> = {};
      if (cb.checked) q['overdue'] = 'true';
      if (plat?.value) q['platform'] = plat.value;
      ctx.setQuery(q);
      void load(cb.checked, plat?.value ?? '');
    };
    cb.addEventListener('change', apply);
    plat?.addEventListener('change', apply);
    return h('div', { class: 'filters inline' }, h('div', { class: 'field check' }, cb, h('label', { for: 'overdue-only' }, 'Overdue only')), plat ? field('Platform', plat) : null);
  }

  async function load(overdue: boolean, p: string): Promise<void> {
    replace(listBox, loading('Loading notices…'));
    try {
      const res = await api<{ notices: Notice[] }>('/v1/notices', { query: { overdue: overdue ? 'true' : '', platform: p }, signal: ctx.signal });
      const notices = [...res.notices].sort(noticeOrder);
      if (!notices.length) {
        replace(listBox, h('p', { class: 'muted' }, overdue ? 'No overdue notices.' : 'No notices yet.'));
        return;
      }
      replace(
        listBox,
        scroller(
          h(
            'table',
            { class: 'data', id: 'notices-table' },
            h('caption', { class: 'visually-hidden' }, 'Notices, overdue and open first'),
            h('thead', null, h('tr', null, ['Notice', regulator ? 'Platform' : null, 'Reference', 'Priority', 'Received', 'Deadline', 'Links', 'Status'].filter((x): x is string => x !== null).map((t) => h('th', { scope: 'col' }, t)))),
            h(
              'tbody',
              null,
              notices.map((n) => {
                const open = (n.by_status['pending'] ?? 0) > 0;
                return h(
                  'tr',
                  { class: n.overdue ? 'row-overdue' : open ? 'row-open' : null, 'data-notice': n.id },
                  h('td', null, link('#/notices/' + encodeURIComponent(n.id), n.id), n.overdue ? [' ', badge(`${n.overdue_items} overdue`, 'overdue')] : null),
                  regulator ? h('td', null, platformName(me, n.platform)) : null,
                  h('td', null, n.reference || h('span', { class: 'muted' }, '—')),
                  h('td', null, badge(n.priority, n.priority)),
                  h('td', null, timeEl(n.received_at)),
                  h('td', null, timeEl(n.deadline_at), h('br'), clock(n.deadline_at, open)),
                  h('td', { class: 'num' }, fmtInt(n.items_total)),
                  h('td', null, statusCounts(n)),
                );
              }),
            ),
          ),
          'Notices',
        ),
      );
    } catch (e) {
      replace(listBox, errorBox(e, 'Notices could not be loaded'));
    }
  }
  await load(overdueOnly, platform);
}

function uploadForm(ctx: PageContext): HTMLElement {
  const { me } = ctx;
  const targets = me.platforms.filter((p) => p.id !== me.platform.id);
  const plat = select([['', 'Choose a platform…'], ...targets.map((p): [string, string] => [p.id, p.name || p.id])], targets.length === 1 ? targets[0]?.id ?? '' : '', { name: 'platform', required: true });
  const ref = h('input', { type: 'text', name: 'reference', maxlength: 256, autocomplete: 'off' });
  const legal = h('textarea', { name: 'legal_basis', rows: 2, required: true, maxlength: 2000 }, DEFAULT_LEGAL_BASIS);
  const prio = select([['normal', 'Normal — 24 hours'], ['urgent', 'Urgent — 4 hours']], 'normal', { name: 'priority' });
  const file = h('input', { type: 'file', name: 'csv', id: 'notice-csv', accept: '.csv,text/csv', required: true });
  const preview = h('div', { class: 'csv-preview', 'aria-live': 'polite' });
  const status = h('div', { id: 'upload-status' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Send the notice');
  let csvText = '';
  file.addEventListener('change', async () => {
    csvText = '';
    replace(preview);
    const f = file.files?.[0];
    if (!f) return;
    if (f.size > 8 * 1024 * 1024) {
      replace(preview, notice('error', 'The file is larger than 8 MiB.'));
      return;
    }
    csvText = await f.text();
    const lines = csvText.split(/\r?\n/).filter((l) => l.trim());
    const header = (lines[0] ?? '').split(',')[0]?.trim().replace(/^\uFEFF/, '');
    if (header !== 'url') {
      replace(preview, notice('error', 'The first line must be the header: url[,listing_id] (found "' + (lines[0] ?? '').slice(0, 60) + '").'));
      return;
    }
    replace(
      preview,
      h('p', null, h('strong', null, `${fmtInt(lines.length - 1)} links`), ` in ${f.name}. First ones:`),
      h('ul', { class: 'links-list mono small' }, lines.slice(1, 6).map((l) => h('li', { class: 'break' }, l))),
    );
  });
  const form = h(
    'form',
    { class: 'upload-form', 'aria-label': 'Send a notice' },
    h('div', { class: 'form-grid' }, field('Platform', plat), field('Your reference', ref, 'e.g. the letter number'), field('Deadline', prio, 'The clock starts when the notice is received.')),
    field('Legal basis', legal),
    field('CSV of links', file, 'A header row url[,listing_id], then one link a line. The platform matches links to its listings.'),
    preview,
    h('div', { class: 'form-actions' }, submit),
    status,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!plat.value) {
      replace(status, notice('error', 'Choose the platform the notice goes to.'));
      plat.focus();
      return;
    }
    if (!csvText) {
      replace(status, notice('error', 'Choose a CSV file of links.'));
      file.focus();
      return;
    }
    submit.disabled = true;
    replace(status, h('p', { role: 'status' }, 'Sending…'));
    try {
      const n = await api<Notice>('/v1/notices', {
        method: 'POST',
        query: { platform: plat.value, reference: ref.value.trim(), legal_basis: legal.value.trim(), priority: prio.value },
        body: csvText.replace(/^\uFEFF/, ''),
        contentType: 'text/csv',
      });
      announce(`Notice ${n.id} sent with ${n.items_total} links`);
      location.hash = '#/notices/' + encodeURIComponent(n.id) + '?sent=1';
    } catch (e) {
      replace(status, notice('error', 'The notice was not sent: ' + errorText(e)));
      submit.disabled = false;
    }
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'upload-title' }, h('h2', { id: 'upload-title' }, 'Send a notice'), form);
}

// ---- One notice ----

async function renderOne(ctx: PageContext, id: string): Promise<void> {
  const { me, main } = ctx;
  const answerer = can(me, 'platform', 'reviewer');
  replace(main, pageHeader('Notice ' + id), loading());
  let n: Notice;
  try {
    n = await api<Notice>('/v1/notices/' + encodeURIComponent(id), { signal: ctx.signal });
  } catch (e) {
    replace(main, pageHeader('Notice ' + id), errorBox(e, 'The notice could not be loaded'), h('p', null, link('#/notices', 'All notices')));
    return;
  }
  startClocks(ctx);
  const status = h('div', { id: 'notice-status', 'aria-live': 'polite' });
  if (ctx.query.get('sent')) status.appendChild(notice('ok', `Sent: ${n.items_total} links to ${platformName(me, n.platform)}, due ${new Date(n.deadline_at).toLocaleString()}.`));
  const itemsBox = h('div');

  const exportCsv = h('button', { type: 'button', class: 'secondary', id: 'export-csv' }, 'Export CSV');
  const exportJson = h('button', { type: 'button', class: 'secondary', id: 'export-json' }, 'Export JSON');
  exportCsv.addEventListener('click', async () => {
    try {
      const fresh = await api<Notice>('/v1/notices/' + encodeURIComponent(id));
      download(`${id}.csv`, noticeCsv(fresh), 'text/csv');
      announce('The answer was exported as CSV');
    } catch (e) {
      replace(status, notice('error', 'Export failed: ' + errorText(e)));
    }
  });
  exportJson.addEventListener('click', async () => {
    try {
      const fresh = await api<Notice>('/v1/notices/' + encodeURIComponent(id));
      const out = { ...fresh, received_at: iso(fresh.received_at), deadline_at: iso(fresh.deadline_at), items: (fresh.items ?? []).map((i) => ({ ...i, answered_at: i.answered_at ? iso(i.answered_at) : null })) };
      download(`${id}.json`, JSON.stringify(out, null, 2), 'application/json');
      announce('The answer was exported as JSON');
    } catch (e) {
      replace(status, notice('error', 'Export failed: ' + errorText(e)));
    }
  });
  const applyAll = can(me, 'platform') ? h('button', { type: 'button', class: 'primary', id: 'apply-all' }, 'Act on every open link') : null;
  applyAll?.addEventListener('click', async () => {
    if (!window.confirm('Remove every matched listing of the open links and mark the links that match nothing as not found?')) return;
    applyAll.disabled = true;
    try {
      n = await api<Notice>('/v1/notices/' + encodeURIComponent(id) + '/apply', { method: 'POST' });
      replace(status, notice('ok', 'Every open link was answered.'));
      draw();
    } catch (e) {
      replace(status, notice('error', 'Not applied: ' + errorText(e)));
    } finally {
      applyAll.disabled = false;
    }
  });

  const meta = h('dl', { class: 'facts' });
  function drawMeta(): void {
    const open = (n.by_status['pending'] ?? 0) > 0;
    replace(
      meta,
      h('dt', null, 'Platform'),
      h('dd', null, platformName(me, n.platform)),
      h('dt', null, 'Reference'),
      h('dd', null, n.reference || '—'),
      h('dt', null, 'Legal basis'),
      h('dd', null, n.legal_basis),
      h('dt', null, 'Priority'),
      h('dd', null, badge(n.priority, n.priority), n.priority === 'urgent' ? ' 4 hours' : ' 24 hours'),
      h('dt', null, 'Received'),
      h('dd', null, timeEl(n.received_at)),
      h('dt', null, 'Deadline'),
      h('dd', null, timeEl(n.deadline_at), ' ', clock(n.deadline_at, open)),
      h('dt', null, 'Links'),
      h('dd', null, fmtInt(n.items_total), ' — ', statusCounts(n)),
    );
  }

  function draw(): void {
    drawMeta();
    const items = [...(n.items ?? [])].sort((a, b) => itemRank(a) - itemRank(b) || a.item - b.item);
    replace(
      itemsBox,
      scroller(
        h(
          'table',
          { class: 'data', id: 'notice-items' },
          h('caption', { class: 'visually-hidden' }, 'Links of the notice, overdue and open first'),
          h('thead', null, h('tr', null, ['#', 'Link', 'Listing', 'Status', 'Deadline / answered', answerer ? 'Answer' : 'Action'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', null, items.map((i) => itemRow(i))),
        ),
        'Links of the notice',
      ),
    );
  }

  function itemRow(i: NoticeItem): HTMLElement {
    const open = i.status === 'pending';
    const when = open
      ? h('span', null, timeEl(n.deadline_at), h('br'), clock(n.deadline_at, true))
      : h('span', null, timeEl(i.answered_at), i.late ? [' ', badge('late', 'late')] : [' ', badge('in time', 'ok')]);
    let answer: HTMLElement | string = i.action_id ? link('#/statement/' + encodeURIComponent(i.action_id), 'statement') : i.reason || '';
    if (open && answerer) {
      const sel = select(
        [
          ['actioned', i.listing_id ? 'Remove the listing' : 'Remove (no listing matched)'],
          ['already_removed', 'Already removed'],
          ['not_found', 'Not found'],
          ['rejected', 'Reject (give a reason)'],
        ],
        i.listing_id ? 'actioned' : 'not_found',
        { 'aria-label': `Answer to link ${i.item}` },
      );
      const reason = h('input', { type: 'text', 'aria-label': `Reason for link ${i.item}`, placeholder: 'reason', maxlength: 4096 });
      const save = h('button', { type: 'button', class: 'small-button' }, 'Answer');
      save.addEventListener('click', async () => {
        save.disabled = true;
        try {
          n = await api<Notice>(`/v1/notices/${encodeURIComponent(n.id)}/items/${i.item}`, { json: reason.value.trim() ? { status: sel.value, reason: reason.value.trim() } : { status: sel.value } });
          announce(`Link ${i.item} answered`);
          draw();
        } catch (e) {
          replace(status, notice('error', `Link ${i.item}: ${errorText(e)}`));
          save.disabled = false;
        }
      });
      answer = h('div', { class: 'answer-row' }, sel, reason, save);
    }
    return h(
      'tr',
      { class: open ? (i.late ? 'row-overdue' : 'row-open') : null, 'data-item': String(i.item), 'data-status': i.status },
      h('td', { class: 'num' }, String(i.item)),
      h('td', { class: 'break' }, i.url ? externalLink(i.url) : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'mono' }, i.listing_id || h('span', { class: 'muted' }, 'no match')),
      h('td', null, badge(open && i.late ? 'overdue' : STATUS_LABELS[i.status] ?? i.status, open && i.late ? 'overdue' : i.status)),
      h('td', null, when),
      h('td', null, answer),
    );
  }

  draw();
  replace(
    main,
    pageHeader('Notice ' + n.id, h('span', null, link('#/notices', 'All notices')), exportCsv, exportJson, applyAll),
    status,
    section('Notice', meta),
    section('Links', h('p', { class: 'muted small' }, 'Overdue links first, then open ones, then the answered. Times in your local time zone; exports use ISO 8601 (UTC).'), itemsBox),
  );
}

export const noticesPage: PageDef = {
  path: 'notices',
  title: 'Notices',
  roles: ['regulator', 'platform', 'reviewer'],
  nav: true,
  render: (ctx) => (ctx.params[0] ? renderOne(ctx, ctx.params[0]) : renderList(ctx)),
};
