/** Small display pieces shared by the submission pages: money, times in Vietnam, file sizes, the fee table. */
import { money } from '../../components/money.ts';
import type { Fee } from '../../../modules/catalog/index.ts';
import { toVnIso } from '../../../platform/clock.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { html, type Html } from '../../html.ts';


/** "14:05 02/03/2026" in Vietnam time, whatever the server's zone. */
export function formatVnTime(at: Date): string {
  const iso = toVnIso(at);
  return `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function feesTable(locale: Locale, fees: Fee[]): Html {
  if (fees.length === 0) return html`<p>${t(locale, 'portalSubmission.start.noFees')}</p>`;
  const total = fees.reduce((s, f) => s + f.amount, 0);
  return html`<table><caption class="visually-hidden">${t(locale, 'portalSubmission.start.fees')}</caption><tbody>
${fees.map((f) => html`<tr><th scope="row">${f.name}${f.description ? html`<span class="hint">${f.description}</span>` : ''}</th><td>${money(locale, f.amount)}</td></tr>`)}
${fees.length > 1 ? html`<tr><th scope="row">${t(locale, 'portalSubmission.check.feeTotal')}</th><td>${money(locale, total)}</td></tr>` : ''}
</tbody></table>`;
}
