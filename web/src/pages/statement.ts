// The statement of reasons as the seller sees it, in Bahasa Indonesia
// (default) or English: what was decided, on which content, on which legal
// ground, how it was found and decided, the words found, and how to appeal.
import { api, type Statement } from '../api';
import { can, errorBox, loading, type PageContext, type PageDef } from '../app';
import { badge, h, link, replace, type Child } from '../dom';
import { actionText, automationText, categoryText, dateText, sourceText, statusText, t, type Lang } from '../i18n';

async function render(ctx: PageContext): Promise<void> {
  const { main } = ctx;
  const id = ctx.params[0] ?? '';
  let lang: Lang = ctx.query.get('lang') === 'en' ? 'en' : 'id';
  replace(main, h('h1', { tabindex: -1 }, 'Statement of reasons / Pernyataan alasan'), loading());
  let st: Statement;
  try {
    st = await api<Statement>('/v1/actions/' + encodeURIComponent(id) + '/statement', { signal: ctx.signal });
  } catch (e) {
    replace(main, h('h1', { tabindex: -1 }, 'Statement of reasons / Pernyataan alasan'), errorBox(e, 'The statement could not be loaded'));
    return;
  }
  const doc = h('article', { class: 'statement', id: 'statement' });

  const langButton = (l: Lang, label: string) =>
    h('button', {
      type: 'button',
      class: 'lang-button',
      lang: l,
      'aria-pressed': String(l === lang),
      'data-lang': l,
      onclick: () => {
        lang = l;
        ctx.setQuery({ lang: l });
        draw();
        doc.querySelector<HTMLElement>('h1')?.focus();
      },
    }, label);

  const row = (label: string, ...value: Child[]) => [h('dt', null, label), h('dd', null, ...value)];

  function draw(): void {
    const s = st;
    const sar = s.saring;
    const reversed = sar.status === 'reversed';
    const terms = [...new Set(sar.evidence.filter((e) => !e.negated).map((e) => e.match))];
    const switcher = h(
      'div',
      { class: 'lang-switch', role: 'group', 'aria-label': 'Bahasa / Language' },
      langButton('id', 'Bahasa Indonesia'),
      langButton('en', 'English'),
    );
    replace(
      doc,
      h(
        'header',
        { class: 'page-head' },
        h('div', null, h('h1', { tabindex: -1 }, t(lang, 'title')), h('p', { class: 'sub' }, t(lang, 'reference'), ': ', h('span', { class: 'mono' }, s.puid))),
        h('div', { class: 'page-actions no-print' }, switcher, h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, t(lang, 'print'))),
      ),
      reversed
        ? h('div', { class: 'msg msg-ok', role: 'status' }, h('strong', null, t(lang, 'reversed')), sar.reversed_at ? ' (' + dateText(sar.reversed_at, lang) + ')' : '', sar.reversal_reason ? [h('br'), t(lang, 'reversal_reason') + ': ', sar.reversal_reason] : null)
        : null,
      h('p', { class: 'lead' }, t(lang, 'intro')),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'st-decision' },
        h('h2', { id: 'st-decision' }, t(lang, 'decision')),
        h('p', { class: 'decision-line', 'data-action': sar.action }, h('strong', null, actionText(sar.action, lang)), s.end_date_account_restriction ? ` — ${t(lang, 'restriction_end')}: ${dateText(s.end_date_account_restriction, lang)}` : ''),
        h('dl', { class: 'facts' }, row(t(lang, 'status'), badge(statusText(sar.status, lang), sar.status)), row(t(lang, 'listing'), h('span', { class: 'mono' }, sar.listing_id || '—')), row(t(lang, 'seller'), h('span', { class: 'mono' }, sar.seller_id)), s.url ? row(t(lang, 'link'), h('span', { class: 'mono break' }, s.url)) : null),
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'st-why' },
        h('h2', { id: 'st-why' }, t(lang, 'why')),
        h('p', null, t(lang, 'explanation')),
        h('dl', { class: 'facts' }, row(t(lang, 'category'), categoryText(s.category, lang)), row(t(lang, 'legal_ground'), h('ul', { class: 'legal', lang: 'id' }, sar.legal_basis.map((b) => h('li', null, b.citation))))),
        h('h3', null, t(lang, 'evidence')),
        terms.length ? h('ul', { class: 'terms', lang: 'id' }, terms.map((m) => h('li', null, h('mark', { class: 'ev el-other' }, m)))) : h('p', { class: 'muted' }, t(lang, 'no_evidence')),
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'st-how' },
        h('h2', { id: 'st-how' }, t(lang, 'how')),
        h(
          'dl',
          { class: 'facts' },
          row(t(lang, 'source'), sourceText(s.source_type, lang), s.source_identity ? ` (${s.source_identity})` : ''),
          row(t(lang, 'automated_detection'), s.automated_detection === 'Yes' ? t(lang, 'yes') : t(lang, 'no')),
          row(t(lang, 'automated_decision'), automationText(s.automated_decision, lang)),
          row(t(lang, 'content_date'), dateText(s.content_date, lang)),
          row(t(lang, 'application_date'), dateText(s.application_date, lang)),
          row(t(lang, 'scope'), s.territorial_scope.join(', ')),
          row(t(lang, 'policy'), h('span', { class: 'mono' }, sar.policy)),
        ),
        h('details', null, h('summary', null, t(lang, 'facts')), h('p', { class: 'small muted' }, t(lang, 'facts_note')), h('p', { class: 'small', lang: 'en' }, s.decision_facts)),
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'st-redress' },
        h('h2', { id: 'st-redress' }, t(lang, 'redress')),
        h('p', null, t(lang, 'redress_text')),
        can(ctx.me, 'platform') && !reversed ? h('p', { class: 'no-print' }, link('#/appeals?action=' + encodeURIComponent(s.puid), lang === 'id' ? 'Ajukan banding atas nama penjual' : "File an appeal on the seller's behalf")) : null,
      ),
    );
    doc.setAttribute('lang', lang);
  }
  draw();
  replace(main, doc);
}

export const statementPage: PageDef = {
  path: 'statement',
  title: 'Statement of reasons',
  roles: ['platform', 'reviewer'],
  nav: false,
  render,
};
