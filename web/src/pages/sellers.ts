// Sellers and networks: a seller's strikes, actions and statements of
// reasons, its linked accounts drawn as a graph, ban-evasion and blacklist
// hits, and the top suspected distributors with the figures behind their
// rank. A network's evidence package downloads for referral.
import { api, ApiError, type Action, type AuditEntry, type AuditPage, type Ladder, type Me, type Network, type Seller } from '../api';
import { can, errorBox, errorText, loading, pageHeader, platformName, section, type PageContext, type PageDef } from '../app';
import { badge, download, field, fmtInt, h, link, notice, replace, scroller, select, table } from '../dom';
import { radialGraph, viaText, type GraphNode } from '../graph';
import { directLinks, loadNetworks, networkOfSeller, sellerKey, splitKey } from '../networks';
import { timeEl } from '../time';

function sellerHref(me: Me, key: string): string | undefined {
  const { platform, seller } = splitKey(key);
  if (!can(me, 'platform', 'reviewer') || platform !== me.platform.id) return undefined;
  return '#/sellers/' + encodeURIComponent(seller);
}

function graphNodes(me: Me, net: Network): GraphNode[] {
  // Sellers are named with their platform only when the network spans several.
  const platforms = new Set([...net.members.map((m) => m.platform), ...net.links.flatMap((l) => [splitKey(l.a).platform, splitKey(l.b).platform])]);
  const label = (key: string) => (platforms.size > 1 ? key : splitKey(key).seller);
  const nodes: GraphNode[] = net.members.map((m) => {
    const key = sellerKey(m.platform, m.seller);
    return { id: key, label: label(key), status: m.status, evading: m.evading_ban, strikes: m.strikes, href: sellerHref(me, key) };
  });
  // Links may name accounts beyond the member list's cap.
  for (const l of net.links) {
    for (const key of [l.a, l.b]) {
      if (!nodes.some((n) => n.id === key)) nodes.push({ id: key, label: label(key), status: 'unknown', evading: false, strikes: 0, href: sellerHref(me, key) });
    }
  }
  return nodes;
}

function evidenceText(via: string, evidence: string): string {
  if (via === 'near_duplicate') {
    const [a, b, sim] = evidence.split(' ');
    return `listings ${a ?? ''} and ${b ?? ''}${sim ? ` (similarity ${sim})` : ''}`;
  }
  return 'hash ' + evidence.slice(0, 12) + '…';
}

function signalsText(n: Network): string {
  return [...n.rank]
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((r) => `${r.signal.replace(/_/g, ' ')} ${fmtInt(r.value)}`)
    .join(' · ');
}

function networksTable(nets: Network[]): HTMLElement {
  return scroller(
    table(
      'Top suspected distributors',
      ['Rank', 'Network', 'Score', 'Sellers', 'Listings', 'Violations', 'Strikes', 'Banned', 'Platforms', 'Per week', 'Strongest signals'],
      nets.map((n, i) => [
        String(i + 1),
        h('span', { class: 'nowrap' }, link('#/networks/' + encodeURIComponent(n.id), n.id)),
        n.score.toFixed(1),
        h('span', null, fmtInt(n.sellers), h('br'), h('span', { class: 'muted small' }, n.members.slice(0, 3).map((m) => m.seller).join(', ') + (n.sellers > 3 ? '…' : ''))),
        `${fmtInt(n.listings)} (${fmtInt(n.active)} active)`,
        fmtInt(n.violation),
        fmtInt(n.strikes),
        fmtInt(n.banned),
        fmtInt(n.platforms),
        n.listings_per_week.toFixed(1),
        signalsText(n),
      ]),
      { numeric: [0, 2, 3, 5, 6, 7, 8, 9], captionHidden: true },
    ),
    'Top suspected distributors',
  );
}

// ---- #/sellers ----

async function renderIndex(ctx: PageContext): Promise<void> {
  const { me, main } = ctx;
  const regulator = can(me, 'regulator');
  const platform = regulator ? ctx.query.get('platform') ?? '' : '';
  const netBox = h('div', { id: 'networks' }, loading('Linking sellers…'));
  const evasionBox = h('div', { id: 'evasion' }, loading());
  let search: HTMLElement | null = null;
  if (!regulator) {
    const input = h('input', { type: 'search', name: 'seller', id: 'seller-search', required: true, autocomplete: 'off', spellcheck: 'false' });
    const form = h('form', { class: 'filters inline', role: 'search', 'aria-label': 'Find a seller' }, field('Seller ID', input), h('div', { class: 'field field-button' }, h('button', { type: 'submit', class: 'primary' }, 'Open')));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const v = input.value.trim();
      if (v) location.hash = '#/sellers/' + encodeURIComponent(v);
    });
    search = section('Find a seller', form);
  }
  let platSel: HTMLSelectElement | null = null;
  if (regulator) {
    platSel = select([['', 'Across every platform'], ...me.platforms.filter((p) => p.id !== me.platform.id).map((p): [string, string] => [p.id, p.name || p.id])], platform, { id: 'net-platform' });
    platSel.addEventListener('change', () => {
      ctx.setQuery(platSel?.value ? { platform: platSel.value } : {});
      void loadNets(platSel?.value ?? '');
    });
  }
  replace(
    main,
    pageHeader(regulator ? 'Networks' : 'Sellers and networks', regulator ? 'Sellers linked across platforms by shared identifiers, contacts in their listings and near-identical listings' : 'Strikes, actions and linked accounts of your sellers'),
    search,
    section('Top suspected distributors', platSel ? h('div', { class: 'filters inline' }, field('Scope', platSel)) : null, netBox),
    section('Ban evasion and blacklist hits', h('p', { class: 'muted small' }, 'Sellers whose identifiers lead to a banned seller (the blacklist keeps a banned seller\'s identifier hashes).'), evasionBox),
  );

  async function loadNets(p: string): Promise<void> {
    replace(netBox, loading('Linking sellers…'));
    try {
      const nets = await loadNetworks(me, p);
      replace(
        netBox,
        h('p', { class: 'muted small' }, `${fmtInt(nets.sellers)} sellers and ${fmtInt(nets.listings)} listings analysed, ${fmtInt(nets.links)} links, ${fmtInt(nets.suspect_networks)} suspected networks (`, timeEl(nets.analysed_at), ').'),
        nets.networks.length ? networksTable(nets.networks.slice(0, 20)) : h('p', null, 'No linked sellers found.'),
      );
      drawEvasion(nets.networks);
    } catch (e) {
      replace(netBox, errorBox(e, 'Networks could not be loaded'));
      drawEvasion([]);
    }
  }

  async function drawEvasion(nets: Network[]): Promise<void> {
    let entries: AuditEntry[] = [];
    let auditError: unknown = null;
    try {
      entries = (await api<AuditPage>('/v1/audit', { query: { action: 'seller.ban_evasion_flagged', order: 'newest', limit: 50 }, signal: ctx.signal })).entries;
      // An older server ignores the filter: keep what matches.
      entries = entries.filter((e) => e.action === 'seller.ban_evasion_flagged');
    } catch (e) {
      auditError = e;
    }
    const evading = nets.flatMap((n) => n.members.filter((m) => m.evading_ban).map((m) => ({ m, n })));
    const rows = entries.map((e) => {
      const seller = e.subject.replace(/^seller:/, '');
      const d = (e.detail ?? {}) as { banned_seller?: string; path?: string[] };
      const key = sellerKey(e.platform, seller);
      const href = sellerHref(me, key);
      const bannedHref = d.banned_seller ? sellerHref(me, sellerKey(e.platform, d.banned_seller)) : undefined;
      return [
        timeEl(e.at_ms),
        href ? link(href, seller) : key,
        d.banned_seller ? (bannedHref ? link(bannedHref, d.banned_seller) : d.banned_seller) : '—',
        (d.path ?? []).join(' → '),
        regulator ? platformName(me, e.platform) : null,
      ].filter((x) => x !== null);
    });
    replace(
      evasionBox,
      auditError ? errorBox(auditError, 'Ban-evasion hits could not be loaded') : null,
      rows.length
        ? scroller(table('Ban-evasion hits, newest first', ['Flagged', 'Seller', 'Banned seller', 'Linked through', ...(regulator ? ['Platform'] : [])], rows, { captionHidden: true }), 'Ban-evasion hits')
        : h('p', { class: 'muted' }, 'No ban-evasion hits recorded.'),
      evading.length
        ? h('p', { class: 'small' }, 'Evading a ban in suspected networks: ', evading.slice(0, 20).map(({ m, n }, i) => [i ? ', ' : '', sellerHref(me, sellerKey(m.platform, m.seller)) ? link(sellerHref(me, sellerKey(m.platform, m.seller)) ?? '', m.seller) : sellerKey(m.platform, m.seller), ' (', link('#/networks/' + n.id, n.id), ')']))
        : null,
    );
  }
  await loadNets(platform);
}

// ---- #/sellers/<id> ----

async function renderSeller(ctx: PageContext, id: string): Promise<void> {
  const { me, main } = ctx;
  replace(main, pageHeader('Seller ' + id), loading());
  const [seller, actions, ladder, nets] = await Promise.allSettled([
    api<Seller>('/v1/sellers/' + encodeURIComponent(id), { signal: ctx.signal }),
    api<{ actions: Action[] }>('/v1/actions', { query: { seller_id: id, limit: 1000 }, signal: ctx.signal }),
    api<Ladder>('/v1/ladder', { signal: ctx.signal }),
    networkOfSeller(me, id, me.platform.id, ctx.signal),
  ]);
  if (ctx.signal.aborted) return;
  const s = seller.status === 'fulfilled' ? seller.value : null;
  const acts = actions.status === 'fulfilled' ? actions.value.actions : [];
  const notFound = seller.status === 'rejected' && seller.reason instanceof ApiError && seller.reason.status === 404;
  if (!s && !acts.length && notFound) {
    replace(main, pageHeader('Seller ' + id), notice('warn', `No seller ${id} on ${platformName(me, me.platform.id)}.`), h('p', null, link('#/sellers', 'Back to sellers')));
    return;
  }
  const ttlDays = ladder.status === 'fulfilled' ? ladder.value.strike_ttl_days : 180;
  const key = sellerKey(me.platform.id, id);
  const net = nets.status === 'fulfilled' ? nets.value : undefined;
  const member = net?.members.find((m) => sellerKey(m.platform, m.seller) === key);

  const summary = h(
    'dl',
    { class: 'facts', id: 'seller-facts' },
    h('dt', null, 'Status'),
    h('dd', null, s ? badge(s.status, s.status) : h('span', { class: 'muted' }, 'not registered'), s?.suspended_until ? h('span', null, ' until ', timeEl(s.suspended_until)) : null),
    h('dt', null, 'Strikes in force'),
    h('dd', { 'data-metric': 'strikes' }, String(s?.active_strikes ?? member?.strikes ?? 0), h('span', { class: 'muted' }, ` (strikes last ${ttlDays} days` + (ladder.status === 'fulfilled' ? `; ladder: ${ladder.value.steps.join(' → ')}` : '') + ')')),
    h('dt', null, 'Ban evasion'),
    h(
      'dd',
      null,
      s?.linked_to_banned_seller
        ? h('span', { class: 'warn-text' }, 'linked to banned seller ', link('#/sellers/' + encodeURIComponent(s.linked_to_banned_seller), s.linked_to_banned_seller))
        : member?.evading_ban
          ? h('span', { class: 'warn-text' }, 'evading a ban (network analysis)')
          : 'no hit',
    ),
    h('dt', null, 'Identifiers'),
    h(
      'dd',
      null,
      s?.identifiers.length
        ? h('ul', { class: 'links-list' }, s.identifiers.map((i) => h('li', null, `${i.kind} `, h('span', { class: 'mono muted' }, i.hash.slice(0, 16) + '…'), ` (${i.source.replace(/_/g, ' ')})`)))
        : 'none registered',
    ),
    h('dt', null, 'Blacklisted'),
    h(
      'dd',
      { 'data-metric': 'blacklisted' },
      s?.blacklisted_identifiers?.length
        ? h('ul', { class: 'links-list' }, s.blacklisted_identifiers.map((i) => h('li', null, `${i.kind} `, h('span', { class: 'mono muted' }, i.hash.slice(0, 16) + '…'))))
        : 'nothing (only a banned seller\'s identifiers are)',
    ),
  );

  const actionsBox = acts.length
    ? scroller(
        table(
          'Actions and statements of reasons',
          ['When', 'Action', 'Listing', 'Source', 'Decided', 'Status', 'Statement'],
          acts.map((a) => [
            timeEl(a.created_at),
            a.kind.replace(/_/g, ' ') + (a.end_at ? ' (until ' + new Date(a.end_at).toLocaleDateString() + ')' : ''),
            a.listing_id ? h('span', { class: 'mono' }, a.listing_id) : '—',
            a.source.replace(/_/g, ' ') + (a.source_ref ? ' ' + a.source_ref : ''),
            a.automated_decision === 'fully' ? 'automatically' : a.automated_decision === 'partially' ? 'by a person, flagged automatically' : 'by a person',
            badge(a.status, a.status),
            link('#/statement/' + encodeURIComponent(a.id), 'Statement', h('span', { class: 'visually-hidden' }, ' of ' + a.id)),
          ]),
          { captionHidden: true },
        ),
        'Actions',
      )
    : h('p', { class: 'muted' }, 'No actions on this seller.');

  let graphBox: HTMLElement;
  if (nets.status === 'rejected') graphBox = errorBox(nets.reason, 'Linked accounts could not be loaded');
  else if (!net) graphBox = h('p', { class: 'muted', id: 'no-network' }, 'No linked accounts: this seller shares no identifier, contact or near-identical listing with another.');
  else {
    const links = directLinks(net, key);
    graphBox = h(
      'div',
      { id: 'linked-accounts' },
      h('p', null, 'Member of suspected network ', link('#/networks/' + encodeURIComponent(net.id), net.id), ` — ${fmtInt(net.sellers)} seller${net.sellers === 1 ? '' : 's'}, score ${net.score.toFixed(1)}.`),
      radialGraph({ title: `Accounts linked to ${id}`, center: key, nodes: graphNodes(me, net), edges: net.links, depth: 2, maxNodes: 36 }),
      scroller(h(
        'table',
        { class: 'data compact', id: 'linked-table' },
        h('caption', null, `Accounts linked directly to ${id}`),
        h('thead', null, h('tr', null, ['Account', 'Status', 'Linked by', 'Evidence'].map((t) => h('th', { scope: 'col' }, t)))),
        h(
          'tbody',
          null,
          links.map(({ other, link: l }) => {
            const m = net.members.find((x) => sellerKey(x.platform, x.seller) === other);
            const href = sellerHref(me, other);
            const label = splitKey(other).platform === me.platform.id ? splitKey(other).seller : other;
            return h(
              'tr',
              null,
              h('td', { class: 'nowrap' }, href ? link(href, label) : label),
              h('td', null, m ? badge(m.status, m.status) : '—', m?.evading_ban ? [' ', badge('evading ban', 'banned')] : null),
              h('td', null, viaText(l.via)),
              h('td', { class: 'mono small' }, evidenceText(l.via, l.evidence)),
            );
          }),
        ),
      ), 'Accounts linked directly'),
    );
  }

  replace(
    main,
    pageHeader('Seller ' + id, h('span', null, link('#/sellers', 'Sellers and networks'), ' · ', platformName(me, me.platform.id))),
    seller.status === 'rejected' && !notFound ? errorBox(seller.reason, 'The seller could not be loaded') : null,
    h('div', { class: 'grid-2' }, section('Standing', summary), section('Linked accounts', graphBox)),
    section('Actions and statements of reasons', actions.status === 'rejected' ? errorBox(actions.reason) : actionsBox),
  );
}

// ---- #/networks/<id> ----

async function renderNetwork(ctx: PageContext): Promise<void> {
  const { me, main } = ctx;
  const id = ctx.params[0] ?? '';
  const platform = can(me, 'regulator') ? ctx.query.get('platform') ?? '' : '';
  replace(main, pageHeader('Network ' + id), loading());
  let net: Network | undefined;
  try {
    const nets = await loadNetworks(me, platform);
    net = nets.networks.find((n) => n.id === id);
  } catch (e) {
    replace(main, pageHeader('Network ' + id), errorBox(e, 'Networks could not be loaded'));
    return;
  }
  if (!net) {
    replace(main, pageHeader('Network ' + id), notice('warn', 'This network is not among the current suspected networks (the analysis is redone every minute; membership may have changed).'), h('p', null, link('#/sellers', 'All networks')));
    return;
  }
  const n = net;
  // The centre: the account with the most links.
  const degree = new Map<string, number>();
  for (const l of n.links) for (const k of [l.a, l.b]) degree.set(k, (degree.get(k) ?? 0) + 1);
  const center = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? sellerKey(n.members[0]?.platform ?? '', n.members[0]?.seller ?? '');
  const status = h('div', { 'aria-live': 'polite' });
  const exportBtn = h('button', { type: 'button', class: 'secondary', id: 'export-network' }, 'Download evidence package');
  exportBtn.addEventListener('click', async () => {
    exportBtn.disabled = true;
    try {
      const pkg = await api<unknown>('/v1/networks/' + encodeURIComponent(n.id), { query: { platform } });
      download(n.id + '.json', JSON.stringify(pkg, null, 2), 'application/json');
      replace(status, notice('ok', 'Evidence package downloaded; the export is recorded in the audit log.'));
    } catch (e) {
      replace(status, notice('error', 'Export failed: ' + errorText(e)));
    } finally {
      exportBtn.disabled = false;
    }
  });
  replace(
    main,
    pageHeader('Network ' + n.id, h('span', null, link('#/sellers', can(me, 'regulator') ? 'Networks' : 'Sellers and networks'), ` · ${fmtInt(n.sellers)} sellers on ${fmtInt(n.platforms)} platform${n.platforms === 1 ? '' : 's'}`), exportBtn),
    status,
    h(
      'div',
      { class: 'grid-2' },
      section(
        'Why it ranks',
        h(
          'dl',
          { class: 'facts' },
          h('dt', null, 'Score'),
          h('dd', null, n.score.toFixed(1)),
          h('dt', null, 'Listings'),
          h('dd', null, `${fmtInt(n.listings)} (${fmtInt(n.active)} active, ${fmtInt(n.violation)} violations, ${fmtInt(n.review)} in review, ${fmtInt(n.wholesale_listings)} wholesale)`),
          h('dt', null, 'Strikes / banned'),
          h('dd', null, `${fmtInt(n.strikes)} / ${fmtInt(n.banned)}`),
          h('dt', null, 'Volume'),
          h('dd', null, `${n.listings_per_week.toFixed(1)} listings a week`),
          h('dt', null, 'Active'),
          h('dd', null, timeEl(n.first_at), ' – ', timeEl(n.last_at)),
        ),
        table('Signals behind the rank', ['Signal', 'Value', 'Points'], n.rank.map((r) => [r.signal.replace(/_/g, ' '), fmtInt(r.value), r.points.toFixed(1)]), { numeric: [1, 2], className: 'data compact' }),
      ),
      section('Linked accounts', radialGraph({ title: `Accounts of network ${n.id}`, center, nodes: graphNodes(me, n), edges: n.links, depth: 12, maxNodes: 60, includeAll: true, layout: 'force' })),
    ),
    section(
      'Members',
      scroller(
        table(
          'Members',
          ['Seller', 'Platform', 'Status', 'Strikes', 'Evading a ban'],
          n.members.map((m) => {
            const href = sellerHref(me, sellerKey(m.platform, m.seller));
            return [href ? link(href, m.seller) : m.seller, platformName(me, m.platform), badge(m.status, m.status), fmtInt(m.strikes), m.evading_ban ? badge('yes', 'banned') : 'no'];
          }),
          { numeric: [3], captionHidden: true },
        ),
        'Members',
      ),
      n.members.length < n.sellers ? h('p', { class: 'muted small' }, `The first ${n.members.length} of ${n.sellers} members; the evidence package lists all.`) : null,
    ),
    section(
      'Links',
      scroller(
        table('Links', ['Account', 'Account', 'Linked by', 'Evidence'], n.links.map((l) => [l.a, l.b, viaText(l.via), h('span', { class: 'mono small' }, evidenceText(l.via, l.evidence))]), { captionHidden: true }),
        'Links',
      ),
    ),
  );
}

export const sellersPage: PageDef = {
  path: 'sellers',
  title: 'Sellers & networks',
  navTitle: (role) => (role === 'regulator' ? 'Networks' : 'Sellers & networks'),
  roles: ['platform', 'reviewer', 'regulator'],
  nav: true,
  render: (ctx) => (ctx.params[0] && !can(ctx.me, 'regulator') ? renderSeller(ctx, ctx.params[0]) : renderIndex(ctx)),
};

export const networkPage: PageDef = {
  path: 'networks',
  title: 'Network',
  roles: ['platform', 'reviewer', 'regulator'],
  nav: false,
  render: renderNetwork,
};
