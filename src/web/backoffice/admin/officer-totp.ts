/**
 * The two-step verification part of an officer's administration page: whether
 * it is on and since when, and the reset form (reason required, the
 * consequences spelt out above the button; no script needed). An
 * administrator's own factor is not reset here but on their own page.
 */
import { z } from 'zod';
import { TOTP_RESET_REASON_MAX } from '../../../modules/identity/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { button, postForm, textArea, type FieldErrors } from '../../components/forms.ts';
import type { FormValues } from '../../form-input.ts';
import { html, type Html } from '../../html.ts';
import { TWO_FACTOR_URL } from '../sign-in/two-factor-page.ts';
import { formatVnDateTime } from './format.ts';

export const TotpResetForm = z.strictObject({
  // Only a missing reason gets the specific message; a too long one keeps the generic length message.
  reason: z.string({ error: (issue) => (issue.input === undefined ? 'officeAdmin.totpReset.reasonRequired' : undefined) }).max(TOTP_RESET_REASON_MAX),
});

/** The query the page is reopened with after a reset (`?xong=…`). */
export const totpResetDone = { reset: 'dat-lai-2fa', nothing: 'khong-co-2fa' } as const;

export function totpSection(
  locale: Locale,
  view: { action: string; csrf: string; enabledSince: Date | null; own: boolean },
  form: { values: FormValues; errors: FieldErrors },
): Html {
  const state = view.enabledSince
    ? html`<span class="tag ok">${t(locale, 'officeAdmin.totpReset.on', { since: formatVnDateTime(view.enabledSince) })}</span>`
    : html`<span class="tag grey">${t(locale, 'officeAdmin.totpReset.off')}</span>`;
  const summary = html`<h2>${t(locale, 'officeAdmin.totpReset.title')}</h2>
<dl class="summary"><div><dt>${t(locale, 'officeAdmin.totpReset.state')}</dt><dd>${state}</dd></div></dl>`;
  if (view.own) return html`${summary}<p>${t(locale, 'officeAdmin.totpReset.own')} <a href="${TWO_FACTOR_URL}">${t(locale, 'officeAdmin.totpReset.ownLink')}</a></p>`;
  if (!view.enabledSince) return summary;
  const reason = typeof form.values.reason === 'string' ? form.values.reason : undefined;
  return html`${summary}
${postForm(
  view.action,
  view.csrf,
  html`<p class="notice warning">${t(locale, 'officeAdmin.totpReset.warning')}</p>
${textArea({ name: 'reason', label: t(locale, 'officeAdmin.totpReset.reason'), hint: t(locale, 'officeAdmin.totpReset.reasonHint'), error: form.errors.reason, value: reason, required: true, rows: 3 })}
${button(t(locale, 'officeAdmin.totpReset.submit'), { kind: 'warning' })}`,
)}`;
}
