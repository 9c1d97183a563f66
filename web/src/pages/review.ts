// Review queue: the listing text with each evidence span marked by the
// element of the prohibition it supports, the reasons and score, the
// seller's history and network. A reviewer upholds (U) or dismisses (D);
// the next item is shown at once while the decision is sent, and put back
// if the server refuses it. Reviewer decisions are the labels the learning
// loop measures the packs and models against.
import { api, type Action, type Enforcement, type Listing, type ReviewItem, type Seller } from '../api';
import { can, errorBox, errorText, loading, pageHeader, section, type PageContext, type PageDef } from '../app';
import { announce, badge, clear, field, fmtPct, h, isTyping, link, notice, replace } from '../dom';
import { viaText } from '../graph';
import { ELEMENT_LABELS, ELEMENT_ORDER, elementClass, elementsByEvidence, highlightField } from '../highlight';
import { directLinks, networkOfSeller, sellerKey } from '../networks';
import { timeEl } from '../time';

interface Detail {
  listing: Listing | null;
  listingError?: string;
  seller: Seller | null;
  actions: Action[];
  network: { id: string; sellers: number; score: number; links: Array<{ other: string; via: string }> } | null;
}

const STATUSES: Array<[string, string]> = [
  ['open', 'Open'],
  ['upheld', 'Upheld'],
  ['dismissed', 'Dismissed'],
];

function reasonText(reason: string): string {
  return reason
    .split(/[,+ ]+/)
    .filter(Boolean)
    .map((r) => (r === 'detection' ? 'flagged by the engine' : r === 'report' ? 'user report' : r.replace(/_/g, ' ')))
    .join(' + ');
}

async function render(ctx: PageContext): Promise<void> {
  const { me, main } = ctx;
  const reviewer = can(me, 'reviewer');
  const status = STATUSES.some(([s]) => s === ctx.query.get('status')) ? (ctx.query.get('status') as string) : 'open';
  const tabs = h(
    'nav',
    { class: 'tabs', 'aria-label': 'Review items by status' },
    h(
      'ul',
      null,
      STATUSES.map(([s, label]) => h('li', null, h('a', { href: '#/review?status=' + s, 'aria-current': s === status ? 'page' : null }, label))),
    ),
  );
  const body = h('div', { class: 'review-body' });
  replace(
    main,
    pageHeader(
      'Review queue',
      reviewer
        ? 'Highest priority first. U upholds (removes the listing, the ladder acts on the seller), D dismisses, J / K move between items.'
        : 'Read only: reviewer keys decide review items.',
    ),
    tabs,
    body,
  );
  replace(body, loading('Loading the queue…'));
  let items: ReviewItem[];
  try {
    items = (await api<{ items: ReviewItem[] }>('/v1/review', { query: { status }, signal: ctx.signal })).items;
  } catch (e) {
    replace(body, errorBox(e, 'The queue could not be loaded'));
    return;
  }
  if (status !== 'open') {
    renderDecided(body, items);
    return;
  }

  const details = new Map<string, Promise<Detail>>();
  const loadDetail = (it: ReviewItem): Promise<Detail> => {
    let p = details.get(it.id);
    if (!p) {
      p = fetchDetail(ctx, it);
      details.set(it.id, p);
    }
    return p;
  };

  let current = 0;
  const count = h('p', { class: 'queue-count', 'aria-live': 'polite' });
  const list = h('ol', { class: 'queue-list', 'aria-label': 'Open items' });
  const panel = h('div', { class: 'review-item', id: 'review-item' });
  const statusLine = h('div', { class: 'decision-status', 'aria-live': 'polite', id: 'decision-status' });
  replace(
    body,
    h(
      'div',
      { class: 'review-layout' },
      h('aside', { class: 'queue', 'aria-label': 'Queue' }, count, list),
      h('div', { class: 'review-main' }, statusLine, panel),
    ),
    reviewer
      ? h(
          'p',
          { class: 'muted small learning' },
          'Your decisions are recorded under your key in the audit log and feed the learning loop: they are the labels against which the active and shadow policy packs are compared (GET /v1/shadow) and new models are trained.',
        )
      : null,
  );

  function drawList(): void {
    count.textContent = items.length ? `${items.length} open item${items.length === 1 ? '' : 's'}` : 'The queue is empty.';
    replace(
      list,
      items.map((it, i) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              class: 'queue-entry',
              'aria-current': i === current ? 'true' : null,
              'data-item': it.id,
              onclick: () => show(i),
            },
            h('span', { class: 'qe-id' }, it.listing_id),
            h('span', { class: 'qe-meta' }, `priority ${it.priority.toFixed(2)} · ${reasonText(it.reason)}${it.reports ? ` (${it.reports})` : ''}`),
            h('span', { class: 'qe-text' }, (it.listing?.title || it.listing?.text || it.listing?.description || '').slice(0, 90)),
          ),
        ),
      ),
    );
  }

  let shownToken = 0;
  async function show(i: number): Promise<void> {
    current = Math.max(0, Math.min(i, items.length - 1));
    drawList();
    const it = items[current];
    if (!it) {
      replace(panel, h('div', { class: 'empty-state' }, h('h2', null, 'Nothing to review'), h('p', null, 'Every open item is decided. New flags and user reports appear here.')));
      return;
    }
    const token = ++shownToken;
    // Draw what the queue already carries at once; the detail follows.
    drawItem(it, null);
    const d = await loadDetail(it);
    if (token !== shownToken || ctx.signal.aborted) return;
    drawItem(it, d);
    // Prefetch the next two, so that the next item is there at once.
    for (const next of items.slice(current + 1, current + 3)) void loadDetail(next);
  }

  function drawItem(it: ReviewItem, d: Detail | null): void {
    const l = d?.listing;
    const decision = l?.decision ?? null;
    const evidence = decision?.evidence ?? it.evidence ?? [];
    const byEv = elementsByEvidence(decision);
    const texts: Array<[string, string, string]> = [
      ['title', 'Title', l?.title ?? it.listing?.title ?? ''],
      ['description', 'Description', l?.description ?? it.listing?.description ?? ''],
      ['text', 'Text', l?.text ?? it.listing?.text ?? ''],
    ];
    const present = new Set<string>();
    for (const els of byEv.values()) for (const e of els) present.add(e);
    const elementsShown = [...ELEMENT_ORDER.filter((e) => present.has(e)), ...[...present].filter((e) => !ELEMENT_ORDER.includes(e))];
    const textBox = h(
      'div',
      { class: 'listing-text', id: 'listing-text' },
      texts
        .filter(([, , t]) => t)
        .map(([fieldName, label, t]) =>
          h('div', { class: 'lt-field' }, h('p', { class: 'lt-label' }, label), h('p', { class: 'lt-body', lang: 'id', 'data-field': fieldName }, highlightField(t, fieldName, evidence, byEv))),
        ),
    );
    const filterButtons = elementsShown.map((el) => {
      const b = h('button', { type: 'button', class: 'el-toggle ' + elementClass(el), 'aria-pressed': 'false', 'data-element': el }, ELEMENT_LABELS[el] ?? el);
      b.addEventListener('click', () => {
        const on = b.getAttribute('aria-pressed') !== 'true';
        filterButtons.forEach((x) => x.setAttribute('aria-pressed', 'false'));
        b.setAttribute('aria-pressed', String(on));
        textBox.querySelectorAll<HTMLElement>('mark.ev').forEach((m) => {
          const els = (m.dataset['elements'] ?? '').split(' ');
          m.classList.toggle('dim', on && !els.includes(el));
        });
      });
      return b;
    });
    const legend = elementsShown.length
      ? h('div', { class: 'el-legend', role: 'group', 'aria-label': 'Show the evidence of one element' }, h('span', { class: 'muted small' }, 'Elements (select to show one): '), filterButtons, h('span', { class: 'el-key el-other' }, 'other signal'))
      : null;
    const li = it.listing;
    const head = h(
      'div',
      { class: 'item-head' },
      h('h2', { id: 'item-title' }, 'Listing ', h('span', { class: 'mono' }, it.listing_id)),
      h(
        'p',
        { class: 'item-badges' },
        badge(l?.verdict ?? li?.verdict ?? '?', l?.verdict ?? li?.verdict ?? ''),
        ' ',
        h('span', { class: 'score', 'data-score': String(l?.score ?? li?.score ?? 0) }, 'score ' + (l?.score ?? li?.score ?? 0).toFixed(3)),
        ' · ',
        reasonText(it.reason),
        it.reports ? ` (${it.reports} report${it.reports === 1 ? '' : 's'})` : '',
        ' · queued ',
        timeEl(it.created_at),
      ),
      li?.url || l?.url ? h('p', { class: 'small' }, 'Link: ', h('span', { class: 'mono break' }, l?.url ?? li?.url ?? '')) : null,
    );
    const note = h('input', { type: 'text', id: 'review-note', name: 'note', maxlength: 4096, autocomplete: 'off' });
    const actions = reviewer
      ? h(
          'div',
          { class: 'decide-bar', role: 'group', 'aria-label': 'Decision' },
          h('button', { type: 'button', class: 'danger', id: 'btn-uphold', 'aria-keyshortcuts': 'u', onclick: () => void decide('uphold') }, 'Uphold — remove', h('kbd', null, 'U')),
          h('button', { type: 'button', class: 'secondary', id: 'btn-dismiss', 'aria-keyshortcuts': 'd', onclick: () => void decide('dismiss') }, 'Dismiss', h('kbd', null, 'D')),
          h('button', { type: 'button', class: 'ghost', 'aria-keyshortcuts': 'j', onclick: () => void show(current + 1), disabled: current >= items.length - 1 }, 'Next', h('kbd', null, 'J')),
          h('button', { type: 'button', class: 'ghost', 'aria-keyshortcuts': 'k', onclick: () => void show(current - 1), disabled: current === 0 }, 'Previous', h('kbd', null, 'K')),
          field('Note (optional, kept with the decision)', note),
        )
      : notice('info', 'Read only: a reviewer key decides review items.');
    replace(
      panel,
      head,
      actions,
      section('Listing text', legend, textBox),
      h(
        'div',
        { class: 'grid-2' },
        section('Why it was flagged', d ? reasons(d) : loading()),
        section('Seller', d ? sellerPanel(d, li?.seller_id ?? l?.seller_id ?? '') : loading()),
      ),
    );
    panel.dataset['item'] = it.id;
    panel.dataset['listing'] = it.listing_id;
  }

  function reasons(d: Detail): HTMLElement {
    if (!d.listing) return errorBox(d.listingError ?? 'no listing', 'The listing could not be loaded');
    const dec = d.listing.decision;
    if (!dec) return h('p', { class: 'muted' }, 'The decision was erased with the listing\'s personal content.');
    return h(
      'div',
      null,
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, 'Verdict'),
        h('dd', null, badge(dec.verdict, dec.verdict), ` score ${dec.score.toFixed(3)}`, dec.model_score !== undefined ? ` · model ${dec.model_score.toFixed(3)}` : ''),
        h('dt', null, 'Policy'),
        h('dd', { class: 'mono' }, dec.policy),
        dec.model ? [h('dt', null, 'Model'), h('dd', { class: 'mono' }, dec.model)] : null,
      ),
      dec.elements?.length
        ? h(
            'table',
            { class: 'data compact' },
            h('caption', null, 'Elements of the prohibition'),
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Element'), h('th', { scope: 'col' }, 'State'), h('th', { scope: 'col', class: 'num' }, 'Score'), h('th', { scope: 'col' }, 'Words'))),
            h(
              'tbody',
              null,
              dec.elements.map((e) =>
                h(
                  'tr',
                  null,
                  h('th', { scope: 'row' }, h('span', { class: 'el-key ' + elementClass(e.element) }, ELEMENT_LABELS[e.element] ?? e.element)),
                  h('td', null, e.state, e.unconfirmed ? ' (unconfirmed)' : '', e.unsaid ? ' (not said in words)' : ''),
                  h('td', { class: 'num' }, e.score.toFixed(2)),
                  h(
                    'td',
                    null,
                    [...new Set(e.evidence.map((i) => dec.evidence[i]?.match ?? ''))].filter(Boolean).join(', '),
                    e.against.length ? h('span', { class: 'muted' }, ' against: ' + [...new Set(e.against.map((i) => dec.evidence[i]?.match ?? ''))].join(', ')) : null,
                  ),
                ),
              ),
            ),
          )
        : null,
      h('h3', null, 'Rules'),
      dec.reasons.length ? null : h('p', { class: 'muted' }, 'No rule fired: the engine allowed this listing; it is here because of user reports.'),
      h(
        'ul',
        { class: 'reasons' },
        dec.reasons.map((r) => h('li', null, h('span', { class: 'mono' }, r.rule), ' ', h('span', { class: 'muted' }, r.score.toFixed(2)), h('br'), r.description)),
      ),
    );
  }

  function sellerPanel(d: Detail, sellerId: string): HTMLElement {
    if (!sellerId) return h('p', { class: 'muted' }, 'No seller given.');
    const removals = d.actions.filter((a) => a.kind === 'listing_removed');
    const live = removals.filter((a) => a.status === 'active');
    return h(
      'div',
      null,
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, 'Seller'),
        h('dd', null, link('#/sellers/' + encodeURIComponent(sellerId), sellerId)),
        h('dt', null, 'Status'),
        h('dd', null, d.seller ? badge(d.seller.status, d.seller.status) : h('span', { class: 'muted' }, 'not registered'), d.seller?.suspended_until ? h('span', null, ' until ', timeEl(d.seller.suspended_until)) : null),
        d.seller?.linked_to_banned_seller
          ? [h('dt', null, 'Ban evasion'), h('dd', { class: 'warn-text' }, 'linked to banned seller ', link('#/sellers/' + encodeURIComponent(d.seller.linked_to_banned_seller), d.seller.linked_to_banned_seller))]
          : null,
        h('dt', null, 'Earlier removals'),
        h('dd', null, `${removals.length} (${live.length} in force)`),
        h('dt', null, 'Account actions'),
        h('dd', null, d.actions.filter((a) => a.kind !== 'listing_removed').map((a) => a.kind.replace('account_', '')).join(', ') || 'none'),
        h('dt', null, 'Identifiers'),
        h('dd', null, d.seller ? String(d.seller.identifiers.length) + ' (stored as hashes)' : '—'),
      ),
      d.network
        ? h(
            'div',
            { class: 'net-summary' },
            h('p', null, 'In suspected network ', link('#/networks/' + d.network.id, d.network.id), ` (${d.network.sellers} seller${d.network.sellers === 1 ? '' : 's'}, score ${d.network.score.toFixed(1)}).`),
            d.network.links.length
              ? h('ul', { class: 'links-list' }, d.network.links.slice(0, 8).map((x) => h('li', null, link('#/sellers/' + encodeURIComponent(x.other.split('/').slice(1).join('/')), x.other.split('/').slice(1).join('/')), ' — ', viaText(x.via))))
              : null,
          )
        : h('p', { class: 'muted small' }, 'Not in a suspected network.'),
      d.actions.length
        ? h(
            'details',
            null,
            h('summary', null, `Actions on this seller (${d.actions.length})`),
            h(
              'ul',
              { class: 'links-list' },
              d.actions.slice(0, 20).map((a) => h('li', null, timeEl(a.created_at), ' ', a.kind.replace(/_/g, ' '), a.listing_id ? ' · ' + a.listing_id : '', ' · ', a.status, ' · ', link('#/statement/' + encodeURIComponent(a.id), 'statement'))),
            ),
          )
        : null,
    );
  }

  async function decide(decision: 'uphold' | 'dismiss'): Promise<void> {
    if (!reviewer) return;
    const it = items[current];
    if (!it) return;
    const noteEl = document.getElementById('review-note') as HTMLInputElement | null;
    const noteText = noteEl?.value.trim() ?? '';
    const at = current;
    // Show the next item at once; the decision goes in the background.
    items.splice(at, 1);
    replace(statusLine, h('p', { class: 'pending' }, `${decision === 'uphold' ? 'Upholding' : 'Dismissing'} ${it.listing_id}…`));
    void show(Math.min(at, items.length - 1));
    try {
      const res = await api<{ item: ReviewItem; enforcement?: Enforcement }>('/v1/review/' + encodeURIComponent(it.id) + '/decision', {
        json: noteText ? { decision, note: noteText } : { decision },
      });
      const enf = res.enforcement;
      const what =
        decision === 'uphold'
          ? `Upheld ${it.listing_id}: listing removed` + (enf?.seller_status ? `; seller ${enf.seller_status}` : '') + (enf?.active_strikes !== undefined ? ` (${enf.active_strikes} strikes)` : '') + '.'
          : `Dismissed ${it.listing_id}.`;
      replace(statusLine, notice('ok', what, ' ', enf?.actions[0] ? link('#/statement/' + encodeURIComponent(enf.actions[0].id), 'Statement of reasons') : null));
      statusLine.dataset['last'] = it.id;
      statusLine.dataset['decision'] = decision;
      announce(what);
    } catch (e) {
      // Put it back where it was, so that nothing is lost.
      items.splice(Math.min(at, items.length), 0, it);
      replace(statusLine, notice('error', `The decision on ${it.listing_id} was not recorded: ${errorText(e)}`));
      void show(at);
    }
  }

  const onKey = (ev: KeyboardEvent) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || isTyping(ev)) return;
    const k = ev.key.toLowerCase();
    if (k === 'u' && reviewer) void decide('uphold');
    else if (k === 'd' && reviewer) void decide('dismiss');
    else if (k === 'j' || k === 'n') void show(current + 1);
    else if (k === 'k' || k === 'p') void show(current - 1);
    else return;
    ev.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  ctx.onLeave(() => document.removeEventListener('keydown', onKey));
  await show(0);
}

/** The listing as the queue item carries it (text and whole decision), or null. */
function listingOfItem(it: ReviewItem): Listing | null {
  const l = it.listing;
  if (!l || !it.decision) return null;
  return {
    id: it.listing_id, version: 0, status: l.status, seller_id: l.seller_id, kind: '', url: l.url,
    title: l.title, description: l.description, text: l.text, verdict: l.verdict, score: l.score,
    policy: it.decision.policy, created_at: 0, updated_at: 0, posted_at: 0, erased: false, decision: it.decision,
  };
}

async function fetchDetail(ctx: PageContext, it: ReviewItem): Promise<Detail> {
  const sellerId = it.listing?.seller_id ?? '';
  const carried = listingOfItem(it);
  const [listing, seller, actions, nets] = await Promise.allSettled([
    carried ? Promise.resolve(carried) : api<Listing>('/v1/listings/' + encodeURIComponent(it.listing_id)),
    sellerId ? api<Seller>('/v1/sellers/' + encodeURIComponent(sellerId)) : Promise.reject(new Error('no seller')),
    sellerId ? api<{ actions: Action[] }>('/v1/actions', { query: { seller_id: sellerId, limit: 100 } }) : Promise.resolve({ actions: [] as Action[] }),
    sellerId ? networkOfSeller(ctx.me, sellerId) : Promise.resolve(undefined),
  ]);
  const d: Detail = {
    listing: listing.status === 'fulfilled' ? listing.value : null,
    seller: seller.status === 'fulfilled' ? seller.value : null,
    actions: actions.status === 'fulfilled' ? actions.value.actions : [],
    network: null,
  };
  if (listing.status === 'rejected') d.listingError = errorText(listing.reason);
  if (nets.status === 'fulfilled' && sellerId) {
    const key = sellerKey(ctx.me.platform.id, sellerId);
    const net = nets.value;
    if (net) d.network = { id: net.id, sellers: net.sellers, score: net.score, links: directLinks(net, key).map((x) => ({ other: x.other, via: x.link.via })) };
  }
  return d;
}

function renderDecided(body: HTMLElement, items: ReviewItem[]): void {
  clear(body);
  if (!items.length) {
    body.appendChild(h('p', { class: 'muted' }, 'No items.'));
    return;
  }
  body.appendChild(
    h(
      'div',
      { class: 'table-scroll', role: 'region', 'aria-label': 'Decided items', tabindex: 0 },
      h(
        'table',
        { class: 'data' },
        h('caption', { class: 'visually-hidden' }, 'Decided review items'),
        h('thead', null, h('tr', null, ['Listing', 'Reason', 'Score', 'Decided', 'By', 'Note'].map((t) => h('th', { scope: 'col' }, t)))),
        h(
          'tbody',
          null,
          items.map((it) =>
            h(
              'tr',
              null,
              h('td', { class: 'mono' }, it.listing_id),
              h('td', null, reasonText(it.reason)),
              h('td', { class: 'num' }, it.listing ? fmtPct(it.listing.score) : '—'),
              h('td', null, timeEl(it.decided_at)),
              h('td', { class: 'mono' }, it.decided_by),
              h('td', null, it.note),
            ),
          ),
        ),
      ),
    ),
  );
}

export const reviewPage: PageDef = {
  path: 'review',
  title: 'Review queue',
  roles: ['reviewer', 'platform'],
  nav: true,
  render,
};
