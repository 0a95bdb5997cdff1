/** The action log told in plain words: what happened, where and when — never who inside the agency did what. */
import { t, type Locale, type MessageKey } from '../../../platform/i18n/index.ts';
import { html, type Html } from '../../html.ts';
import { when } from './plain-words.ts';

interface LoggedAction {
  type: string;
  at: string | null;
  from: { agency: { name: string } | null };
  to: { agency: { name: string } | null };
  reason: string | null;
}

/** Reasons the applicant is told (a refusal, a stop, an extension…); internal notes stay internal. */
const TOLD_REASONS = new Set(['refuse', 'reject_intake', 'stop', 'extend', 'withdraw', 'request_supplement', 'request_intake_supplement']);

function line(locale: Locale, a: LoggedAction, fallbackAgency: string): string {
  const key = `myd.tl.${a.type}`;
  const agency = a.to.agency?.name ?? a.from.agency?.name ?? fallbackAgency;
  return t(locale, (key in tlKeys ? key : 'myd.tl.other') as MessageKey, { agency });
}

const tlKeys = Object.fromEntries(
  ['receive', 'request_intake_supplement', 'complete_intake_supplement', 'reject_intake', 'transfer', 'assign', 'forward', 'request_supplement', 'complete_supplement', 'consult', 'reply_consultation', 'start_interagency', 'complete_task', 'approve', 'refuse', 'sign', 'issue_result', 'request_payment', 'record_payment', 'return_result', 'extend', 'stop', 'withdraw'].map((k) => [`myd.tl.${k}`, true]),
);

export function timeline(locale: Locale, submittedAt: string | null, actions: LoggedAction[], fallbackAgency: string): Html {
  const entry = (text: string, at: string | null, reason?: string | null) =>
    html`<li><strong>${text}</strong> <span class="muted">${t(locale, 'myd.tl.at', { date: when(at ? new Date(at) : null) })}</span>${reason ? html`<br>${t(locale, 'myd.tl.reason', { reason })}` : ''}</li>`;
  return html`<ol class="timeline">
${entry(t(locale, 'myd.tl.submitted'), submittedAt)}
${actions.map((a) => entry(line(locale, a, fallbackAgency), a.at, TOLD_REASONS.has(a.type) ? a.reason : null))}</ol>`;
}
