/**
 * The three intake decisions as forms: receive (Form 01), request supplement
 * listing every missing item at once (Form 02), refuse with a reason (Form 03).
 * Each carries the dossier version seen, so a decision on a changed dossier is
 * refused instead of applied twice.
 */
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { DossierRow } from '../../../modules/dossiers/index.ts';
import { button, choices, postForm, textArea, textInput } from '../../components/forms.ts';
import { html, type Html } from '../../html.ts';
import type { PapersProblem } from './digitisation-confirm.ts';

export function decisionForms(locale: Locale, draftId: string, csrf: string, dossier: DossierRow, components: { code: string; name: string; provided: boolean; required: boolean }[], problem: PapersProblem): Html {
  const action = `/can-bo/tiep-nhan/${draftId}/quyet-dinh`;
  const version = html`<input type="hidden" name="expectedVersion" value="${dossier.actionCount}">`;
  const value = (name: string) => (typeof problem.values?.[name] === 'string' ? (problem.values[name] as string) : undefined);
  const missing = components.filter((c) => !c.provided);
  const chosen = problem.values?.missing ?? missing.map((c) => c.code);
  return html`<h2>${t(locale, 'officeIntake.decideTitle')}</h2>
<div class="grid halves">
<section class="card"><h3>${t(locale, 'officeIntake.receiveTitle')}</h3><p>${t(locale, 'officeIntake.receiveText')}</p>
${missing.some((c) => c.required) ? html`<p><span class="tag warn">${t(locale, 'officeIntake.missingRequired', { n: missing.filter((c) => c.required).length })}</span></p>` : ''}
${postForm(action, csrf, html`<input type="hidden" name="decision" value="receive">${version}${button(t(locale, 'officeIntake.receive'))}`)}</section>
<section class="card"><h3>${t(locale, 'officeIntake.supplementTitle')}</h3>
${postForm(action, csrf, html`<input type="hidden" name="decision" value="supplement">${version}
${choices({ name: 'missing', label: html`${t(locale, 'officeIntake.missingItems')} — ${t(locale, 'officeIntake.missingItemsHint')}`, multiple: true, options: components.map((c) => ({ value: c.code, label: c.name })), value: chosen, error: problem.errors.missing })}
${textInput({ name: 'otherItem', label: t(locale, 'officeIntake.otherItem'), value: value('otherItem'), error: problem.errors.otherItem })}
${textArea({ name: 'supplementReason', label: t(locale, 'officeIntake.supplementReason'), value: value('supplementReason'), error: problem.errors.supplementReason, rows: 3 })}
${button(t(locale, 'officeIntake.requestSupplement'), { kind: 'secondary' })}`)}</section>
<section class="card"><h3>${t(locale, 'officeIntake.refuseTitle')}</h3>
${postForm(action, csrf, html`<input type="hidden" name="decision" value="refuse">${version}
${textArea({ name: 'refuseReason', label: t(locale, 'officeIntake.refuseReason'), value: value('refuseReason'), error: problem.errors.refuseReason, rows: 3 })}
${button(t(locale, 'officeIntake.refuse'), { kind: 'warning' })}`)}</section></div>`;
}
