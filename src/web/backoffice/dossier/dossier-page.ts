/**
 * The officer's dossier page: header with state and time left, the parties,
 * the declaration, the papers with their files, digitisation and reuse marks, fees, results and
 * their signatures, inter-agency work, the timeline with each step's budget,
 * the printable forms, and the forms of the actions this officer may take now.
 */
import { t, type Locale, type MessageKey } from '../../../platform/i18n/index.ts';
import { errorSummary } from '../../components/forms.ts';
import { html, type Html } from '../../html.ts';
import { actionForms, agencyList, type FormsContext } from './action-forms.ts';
import type { DossierPageData } from './dossier-data.ts';
import { hours, when, word } from './format.ts';
import { money } from '../../components/money.ts';
import { applicableForms, filePath, formPath, resultPath } from './paths.ts';
import { completionLines, declarationSection, newlyProvided, supplementedTag } from './declaration-section.ts';

type View = DossierPageData['view'];

export function dossierBody(ctx: FormsContext, notice?: Html): Html {
  const { locale, data } = ctx;
  const v = data.view;
  return html`${notice ?? ''}
${ctx.failed ? errorSummary(locale, ctx.failed.errors) : ''}
${header(locale, data)}
<div class="grid halves">
<section aria-labelledby="s-applicant"><h2 id="s-applicant">${t(locale, 'officeDossier.section.applicant')}</h2>${applicant(locale, v)}</section>
<section aria-labelledby="s-handling"><h2 id="s-handling">${t(locale, 'officeDossier.section.handling')}</h2>${handling(locale, v)}</section>
</div>
${declarationSection(locale, data)}
${components(locale, data)}
${fees(locale, v)}
${results(locale, data)}
${interagency(locale, data)}
${timeline(locale, data)}
${forms(locale, v)}
<section aria-labelledby="s-actions" id="thao-tac"><h2 id="s-actions">${t(locale, 'officeDossier.section.actions')}</h2>
${agencyList(ctx)}${actionForms(ctx)}</section>`;
}

function header(locale: Locale, data: DossierPageData): Html {
  const v = data.view;
  const risk = v.overdue
    ? html`<span class="tag bad">${t(locale, 'officeDossier.tag.overdue')}</span>`
    : v.risk === 'AT_RISK' || v.dueSoon
      ? html`<span class="tag warn">${t(locale, 'officeDossier.tag.atRisk')}</span>`
      : v.risk === 'WARN'
        ? html`<span class="tag warn">${t(locale, 'officeDossier.tag.warn')}</span>`
        : '';
  const left = data.hoursLeft === null ? '' : data.hoursLeft >= 0 ? t(locale, 'officeDossier.timeLeft', { time: hours(locale, data.hoursLeft, data.workingDayHours) }) : t(locale, 'officeDossier.timeOver', { time: hours(locale, data.hoursLeft, data.workingDayHours) });
  return html`<h1><span class="muted">${t(locale, 'officeDossier.dossier')}</span> ${v.code ?? t(locale, 'officeDossier.noCode')}</h1>
<p class="lead">${v.procedure.name} <span class="muted">(${v.procedure.code})</span></p>
<p><span class="tag">${v.stateLabel}</span> ${risk} ${v.extensionCount > 0 ? html`<span class="tag grey">${t(locale, 'officeDossier.tag.extended')}</span>` : ''}</p>
<dl class="summary">
<dt>${t(locale, 'officeDossier.step')}</dt><dd>${v.step.name}</dd>
<dt>${t(locale, 'officeDossier.dueAt')}</dt><dd>${when(v.dates.currentDueAt ?? v.dates.intakeDueAt)}${left ? html` — <strong>${left}</strong>` : ''}${v.dates.pausedSince ? html` — ${t(locale, 'officeDossier.paused', { since: when(v.dates.pausedSince) })}` : ''}</dd>
${v.dates.stepDueAt ? html`<dt>${t(locale, 'officeDossier.stepDueAt')}</dt><dd>${when(v.dates.stepDueAt)}</dd>` : ''}
</dl>`;
}

function applicant(locale: Locale, v: View): Html {
  const a = v.applicant as Record<string, unknown>;
  const rep = a.representative as Record<string, unknown> | undefined;
  const contact = [a.phone, a.email].filter((x) => typeof x === 'string' && x).join(' · ');
  return html`<dl class="summary">
<dt>${t(locale, 'officeDossier.applicantType')}</dt><dd>${word(locale, 'officeDossier.applicantTypes', v.applicantType)}</dd>
<dt>${t(locale, 'officeDossier.owner')}</dt><dd>${v.owner.name} <span class="muted">(${word(locale, 'ownerId', v.owner.idType)} ${v.owner.id})</span></dd>
${typeof a.address === 'string' ? html`<dt>${t(locale, 'officeDossier.address')}</dt><dd>${a.address}</dd>` : ''}
${contact ? html`<dt>${t(locale, 'officeDossier.contact')}</dt><dd>${contact}</dd>` : ''}
${rep ? html`<dt>${t(locale, 'officeDossier.representative')}</dt><dd>${String(rep.fullName ?? rep.name ?? '')}</dd>` : ''}
</dl>`;
}

function handling(locale: Locale, v: View): Html {
  return html`<dl class="summary">
<dt>${t(locale, 'officeDossier.channel')}</dt><dd>${word(locale, 'officeDossier.channels', v.channel)}</dd>
<dt>${t(locale, 'officeDossier.receivingDesk')}</dt><dd>${v.receivingDesk?.name ?? v.receivingAgency?.name ?? '—'}</dd>
<dt>${t(locale, 'officeDossier.competentAgency')}</dt><dd>${v.competentAgency?.name ?? '—'}</dd>
<dt>${t(locale, 'officeDossier.receivedAt')}</dt><dd>${when(v.dates.receivedAt ?? v.dates.submittedAt)}</dd>
</dl>`;
}

function components(locale: Locale, data: DossierPageData): Html {
  const { view: v, documents: d } = data;
  const byCode = new Map(d.components.map((c) => [c.code, c]));
  return html`<section aria-labelledby="s-papers"><h2 id="s-papers">${t(locale, 'officeDossier.section.papers')}</h2>
<div class="table-scroll"><table><thead><tr><th scope="col">${t(locale, 'officeDossier.paper')}</th><th scope="col">${t(locale, 'officeDossier.files')}</th><th scope="col">${t(locale, 'officeDossier.digitisation')}</th></tr></thead><tbody>
${v.components.map((c) => {
  const doc = byCode.get(c.code);
  const files = d.files.filter((f) => f.componentCode === c.code && f.current);
  const digs = d.digitisations.filter((g) => g.componentCode === c.code);
  return html`<tr><td>${c.name}${c.required ? html` <span class="muted">(${t(locale, 'officeDossier.required')})</span>` : ''}<br>${c.provided ? html`<span class="tag ok">${t(locale, 'officeDossier.provided')}</span>` : html`<span class="tag grey">${t(locale, 'officeDossier.notProvided')}</span>`}${newlyProvided(data, c.code) ? html` ${supplementedTag(locale)}` : ''}</td>
<td>${files.length ? html`<ul>${files.map((f) => html`<li><a href="${filePath(v.id, f.id)}">${f.fileName}</a></li>`)}</ul>` : '—'}</td>
<td>${digs.map((g) => html`<span>${g.code ?? '—'}</span> ${g.status === 'CONFIRMED' ? html`<span class="tag ok">${t(locale, 'officeDossier.ocrConfirmed')}</span>` : html`<span class="tag warn">${t(locale, 'officeDossier.ocrUnconfirmed')}</span>`}<br>`)}
${doc?.reusedFromWarehouse ? html`<span class="tag">${t(locale, 'officeDossier.reused')}</span> ` : ''}${doc?.digitised ? html`<span class="tag">${t(locale, 'officeDossier.digitised')}</span>` : ''}${!digs.length && !doc?.digitised ? '—' : ''}</td></tr>`;
})}
</tbody></table></div></section>`;
}

function fees(locale: Locale, v: View): Html {
  return html`<section aria-labelledby="s-fees"><h2 id="s-fees">${t(locale, 'officeDossier.section.fees')}</h2>
<dl class="summary"><dt>${t(locale, 'officeDossier.feeTotal')}</dt><dd>${money(locale, v.fees.total)}</dd>
<dt>${t(locale, 'officeDossier.paymentState')}</dt><dd>${word(locale, 'officeDossier.paymentStates', v.paymentState)}</dd></dl></section>`;
}

function results(locale: Locale, data: DossierPageData): Html | string {
  const v = data.view;
  if (v.results.length === 0) return '';
  return html`<section aria-labelledby="s-results"><h2 id="s-results">${t(locale, 'officeDossier.section.results')}</h2>
<ul>${v.results.map((r) => html`<li>${r.title} — <span class="tag${r.status === 'SIGNED' || r.status === 'ISSUED' ? ' ok' : ' grey'}">${word(locale, 'officeDossier.resultStates', r.status)}</span>
${r.documentNumber ? html` ${t(locale, 'officeDossier.documentNumber', { n: r.documentNumber })}` : ''}
${data.signedResults.has(r.code) ? html` · <a href="${resultPath(v.id, r.code)}" download>${t(locale, 'officeDossier.downloadResult')}</a>` : ''}
${r.status === 'SIGNED' || r.status === 'ISSUED' ? html` · <a href="/verify/${r.code}">${t(locale, 'officeDossier.verify')}</a>` : ''}</li>`)}</ul></section>`;
}

/** Inter-agency tasks and consultations; an officer of a cooperating agency sees only its own part. */
function interagency(locale: Locale, data: DossierPageData): Html | string {
  const v = data.view;
  const seesAll = v.competentAgency ? data.ownAgencyCodes.has(v.competentAgency.code) : false;
  const mine = (a: { code: string } | null) => seesAll || (a !== null && data.ownAgencyCodes.has(a.code));
  const tasks = v.tasks.filter((k) => mine(k.agency));
  const consultations = v.consultations.filter((c) => mine(c.agency));
  if (!tasks.length && !consultations.length) return '';
  return html`<section aria-labelledby="s-inter"><h2 id="s-inter">${t(locale, 'officeDossier.section.interagency')}</h2>
${tasks.length ? html`<div class="table-scroll"><table><caption>${t(locale, 'officeDossier.tasks')}</caption><thead><tr><th scope="col">${t(locale, 'officeDossier.agency')}</th><th scope="col">${t(locale, 'officeDossier.field.instructions')}</th><th scope="col">${t(locale, 'officeDossier.dueAt')}</th><th scope="col">${t(locale, 'officeDossier.taskState')}</th></tr></thead><tbody>
${tasks.map((k) => html`<tr><td>${k.agency?.name ?? '—'} <span class="muted">(${word(locale, 'officeDossier.participantRole', k.role)}, ${word(locale, 'officeDossier.mode', k.mode)})</span></td><td>${k.instructions}${k.outcome ? html`<br><strong>${t(locale, 'officeDossier.field.outcome')}:</strong> ${k.outcome}` : ''}</td><td>${when(k.dueAt)}</td><td>${word(locale, 'officeDossier.taskStates', k.status)}</td></tr>`)}
</tbody></table></div>` : ''}
${consultations.length ? html`<div class="table-scroll"><table><caption>${t(locale, 'officeDossier.consultations')}</caption><thead><tr><th scope="col">${t(locale, 'officeDossier.agency')}</th><th scope="col">${t(locale, 'officeDossier.field.question')}</th><th scope="col">${t(locale, 'officeDossier.dueAt')}</th><th scope="col">${t(locale, 'officeDossier.field.answer')}</th></tr></thead><tbody>
${consultations.map((c) => html`<tr><td>${c.agency?.name ?? '—'}</td><td>${c.question}</td><td>${when(c.dueAt)}</td><td>${c.answer ?? t(locale, 'officeDossier.noAnswer')}</td></tr>`)}
</tbody></table></div>` : ''}</section>`;
}

function timeline(locale: Locale, data: DossierPageData): Html {
  const v = data.view;
  return html`<section aria-labelledby="s-history"><h2 id="s-history">${t(locale, 'officeDossier.section.history')}</h2>
<ol class="timeline">${[...v.actions].reverse().map((a) => {
  const use = data.stepUse.get(a.seq);
  const opinion = data.opinions.get(a.seq);
  return html`<li><strong>${word(locale, 'officeDossier.action', a.type)}</strong> — ${a.actor.name}${a.actor.role ? html` <span class="muted">(${word(locale, 'role', a.actor.role)})</span>` : ''}
<time datetime="${a.at ?? ''}">${when(a.at)}</time>
<span>${a.from.state ? t(locale, `state.${a.from.state}` as MessageKey) : '—'} → ${t(locale, `state.${a.to.state}` as MessageKey)}</span>
${opinion ? html`<br>${t(locale, 'officeDossier.opinion', { proposal: word(locale, 'officeDossier.proposal', opinion.proposal) })}: ${opinion.text}` : ''}
${completionLines(locale, data, a.seq)}
${a.reason ? html`<br>${t(locale, 'officeDossier.reasonLabel')}: ${a.reason}` : ''}${a.note ? html`<br>${t(locale, 'officeDossier.noteLabel')}: ${a.note}` : ''}
${use ? html`<br><span class="${use.over ? 'tag bad' : 'muted'}">${use.budget ? t(locale, use.over ? 'officeDossier.budgetOver' : 'officeDossier.budgetUsed', { used: hours(locale, use.usedHours, data.workingDayHours), budget: use.budget.amount, unit: t(locale, `officeDossier.unit.${use.budget.unit}`) }) : t(locale, 'officeDossier.timeUsed', { used: hours(locale, use.usedHours, data.workingDayHours) })}</span>` : ''}</li>`;
})}</ol></section>`;
}

function forms(locale: Locale, v: View): Html | string {
  const list = applicableForms(v);
  if (list.length === 0) return '';
  return html`<section aria-labelledby="s-forms"><h2 id="s-forms">${t(locale, 'officeDossier.section.forms')}</h2>
<ul>${list.map((f) => html`<li><a href="${formPath(v.id, f)}">${t(locale, `documents.formName.${f}` as MessageKey)} (PDF)</a></li>`)}</ul></section>`;
}
