// Appeals: sellers' appeals against actions, pending first. A reviewer
// upholds the action or reverses it (a reversal restores the listing,
// removes the strike and undoes the account action it brought); the
// platform files an appeal on a seller's behalf.
import { api, type Action, type Appeal } from '../api';
import { can, errorBox, errorText, loading, pageHeader, section, type PageContext, type PageDef } from '../app';
import { announce, badge, field, h, link, notice, replace } from '../dom';
import { timeEl } from '../time';

const TABS: Array<[string, string]> = [
  ['pending', 'Pending'],
  ['upheld', 'Upheld'],
  ['reversed', 'Reversed'],
  ['', 'All'],
];

async function render(ctx: PageContext): Promise<void> {
  const { me, main } = ctx;
  const reviewer = can(me, 'reviewer');
  const asked = ctx.query.get('status') ?? 'pending';
  const status = ['pending', 'upheld', 'reversed', 'all'].includes(asked) ? asked : 'pending';
  const listBox = h('div', { id: 'appeals-list' });
  replace(
    main,
    pageHeader('Appeals', reviewer ? 'Decide appeals: uphold the action or reverse it. A reason is required and is shown to the seller.' : 'Appeals against your actions, and appeals filed on a seller\'s behalf'),
    can(me, 'platform') ? fileForm(ctx) : null,
    h('nav', { class: 'tabs', 'aria-label': 'Appeals by status' }, h('ul', null, TABS.map(([s, label]) => h('li', null, h('a', { href: '#/appeals' + (s ? '?status=' + s : '?status=all'), 'aria-current': s === status || (status === 'all' && !s) ? 'page' : null }, label))))),
    listBox,
  );
  replace(listBox, loading('Loading appeals…'));
  let appeals: Appeal[];
  try {
    appeals = (await api<{ appeals: Appeal[] }>('/v1/appeals', { query: { status: status === 'all' ? '' : status }, signal: ctx.signal })).appeals;
  } catch (e) {
    replace(listBox, errorBox(e, 'Appeals could not be loaded'));
    return;
  }
  appeals.sort((a, b) => (a.status === 'pending' ? 0 : 1) - (b.status === 'pending' ? 0 : 1) || a.created_at - b.created_at);
  if (!appeals.length) {
    replace(listBox, h('p', { class: 'muted' }, status === 'pending' ? 'No pending appeals.' : 'No appeals.'));
    return;
  }
  const shown = appeals.slice(0, 100);
  const actions = await Promise.allSettled(shown.map((a) => api<Action>('/v1/actions/' + encodeURIComponent(a.action_id), { signal: ctx.signal })));
  replace(
    listBox,
    h('p', { class: 'muted small' }, `${appeals.length} appeal${appeals.length === 1 ? '' : 's'}` + (appeals.length > shown.length ? `; the first ${shown.length} shown` : '') + '.'),
    h('ol', { class: 'appeal-list' }, shown.map((a, i) => h('li', null, appealCard(a, actions[i]?.status === 'fulfilled' ? (actions[i] as PromiseFulfilledResult<Action>).value : null)))),
  );

  function appealCard(a: Appeal, act: Action | null): HTMLElement {
    const box = h('article', { class: 'appeal card', 'data-appeal': a.id, 'aria-labelledby': 'h-' + a.id });
    const draw = (ap: Appeal) => {
      const reasonIn = h('textarea', { rows: 2, required: true, maxlength: 4096, id: 'reason-' + ap.id });
      const msg = h('div', { 'aria-live': 'polite' });
      const decideBtn = (decision: 'uphold' | 'reverse', label: string, cls: string) =>
        h('button', {
          type: 'button',
          class: cls,
          onclick: async (ev: Event) => {
            const reason = reasonIn.value.trim();
            if (!reason) {
              replace(msg, notice('error', 'Give the reason for the decision; the seller sees it.'));
              reasonIn.focus();
              return;
            }
            (ev.currentTarget as HTMLButtonElement).disabled = true;
            try {
              const done = await api<Appeal>('/v1/appeals/' + encodeURIComponent(ap.id) + '/decision', { json: { decision, reason } });
              announce(`Appeal ${ap.id} ${done.status}`);
              draw(done);
              box.querySelector<HTMLElement>('h3')?.focus();
            } catch (e) {
              replace(msg, notice('error', errorText(e)));
              (ev.currentTarget as HTMLButtonElement | null)?.removeAttribute('disabled');
            }
          },
        }, label);
      replace(
        box,
        h('h3', { id: 'h-' + ap.id, tabindex: -1 }, 'Appeal ', h('span', { class: 'mono' }, ap.id), ' ', badge(ap.status, ap.status)),
        h(
          'dl',
          { class: 'facts' },
          h('dt', null, 'Against'),
          h(
            'dd',
            null,
            act ? `${act.kind.replace(/_/g, ' ')}${act.listing_id ? ' of listing ' + act.listing_id : ''} ` : ap.action_id + ' ',
            '(',
            link('#/statement/' + encodeURIComponent(ap.action_id), 'statement of reasons'),
            ')',
          ),
          act?.seller_id ? [h('dt', null, 'Seller'), h('dd', null, link('#/sellers/' + encodeURIComponent(act.seller_id), act.seller_id))] : null,
          act ? [h('dt', null, 'Action taken'), h('dd', null, timeEl(act.created_at), ' · ', act.automated_decision === 'fully' ? 'automatically' : 'by a person', ' · ', act.source.replace(/_/g, ' '))] : null,
          h('dt', null, 'Filed'),
          h('dd', null, timeEl(ap.created_at)),
          ap.status !== 'pending' ? [h('dt', null, 'Decided'), h('dd', null, timeEl(ap.decided_at), ' by ', h('span', { class: 'mono' }, ap.decided_by), ': ', ap.reason)] : null,
        ),
        h('p', { class: 'lt-label' }, "The seller's statement"),
        h('blockquote', { class: 'seller-statement' }, ap.statement),
        act?.facts ? h('details', null, h('summary', null, 'Facts of the action'), h('p', { class: 'small' }, act.facts)) : null,
        ap.status === 'pending' && reviewer
          ? h(
              'div',
              { class: 'appeal-decide' },
              field('Reason (shown to the seller)', reasonIn),
              h('div', { class: 'form-actions' }, decideBtn('uphold', 'Uphold the action', 'secondary'), decideBtn('reverse', 'Reverse — restore the listing', 'danger')),
              msg,
            )
          : null,
      );
    };
    draw(a);
    return box;
  }
}

function fileForm(ctx: PageContext): HTMLElement {
  const action = h('input', { type: 'text', name: 'action_id', required: true, autocomplete: 'off', value: ctx.query.get('action') ?? '', spellcheck: 'false' });
  const statement = h('textarea', { name: 'statement', rows: 3, required: true, maxlength: 8000 });
  const msg = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'upload-form' },
    field('Action ID', action, 'From the statement of reasons (act_…)'),
    field("The seller's statement", statement),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, 'File the appeal')),
    msg,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const a = await api<Appeal>('/v1/appeals', { json: { action_id: action.value.trim(), statement: statement.value } });
      replace(msg, notice('ok', `Appeal ${a.id} filed; a reviewer decides it.`));
      statement.value = '';
    } catch (e) {
      replace(msg, notice('error', errorText(e)));
    }
  });
  const open = Boolean(ctx.query.get('action'));
  return section('File an appeal for a seller', h('details', { open }, h('summary', null, 'File an appeal on a seller\'s behalf'), form));
}

export const appealsPage: PageDef = {
  path: 'appeals',
  title: 'Appeals',
  roles: ['reviewer', 'platform'],
  nav: true,
  render,
};
