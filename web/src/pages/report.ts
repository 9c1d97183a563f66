// Report a listing (reporter keys): a user's report raises the listing's
// review priority; repeats from the same key are merged.
import { api } from '../api';
import { errorText, pageHeader, section, type PageContext, type PageDef } from '../app';
import { announce, field, h, notice, replace } from '../dom';

interface ReportReply {
  report_id: string;
  duplicate: boolean;
  reports: number;
  review_item: string;
}

function render(ctx: PageContext): void {
  const listing = h('input', { type: 'text', name: 'listing_id', required: true, autocomplete: 'off', spellcheck: 'false' });
  const reason = h('textarea', { name: 'reason', rows: 4, required: true, maxlength: 2000 });
  const msg = h('div', { 'aria-live': 'polite', id: 'report-status' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Send the report');
  const form = h(
    'form',
    { class: 'upload-form' },
    field('Listing ID', listing, "The platform's ID of the listing"),
    field('What is wrong with it', reason, 'e.g. sells bales of imported used clothing'),
    h('div', { class: 'form-actions' }, submit),
    msg,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    submit.disabled = true;
    try {
      const r = await api<ReportReply>('/v1/reports', { json: { listing_id: listing.value.trim(), reason: reason.value.trim() } });
      const text = r.duplicate
        ? `You reported ${listing.value.trim()} before; the report stands (${r.reports} reports on it).`
        : `Thank you: report ${r.report_id} received. The listing is in the review queue (${r.reports} report${r.reports === 1 ? '' : 's'}).`;
      replace(msg, notice('ok', text));
      announce(text);
      reason.value = '';
    } catch (e) {
      replace(msg, notice('error', errorText(e)));
    } finally {
      submit.disabled = false;
    }
  });
  replace(ctx.main, pageHeader('Report a listing', 'Reports go to the platform\'s reviewers; the most reported listings are reviewed first.'), section('Your report', form));
}

export const reportPage: PageDef = {
  path: 'report',
  title: 'Report a listing',
  roles: ['reporter'],
  nav: true,
  render,
};
