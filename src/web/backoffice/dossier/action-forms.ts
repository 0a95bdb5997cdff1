/**
 * One small form per action this officer may take now, with only that
 * action's inputs. Field names are "<actionId>.<input path>" so the forms on
 * one page never share an id, and the posted names map straight back to the
 * action's input (see action-input.ts). Each form carries the version the page
 * was drawn at and an idempotency key, so a double click acts once.
 */
import { t, type Locale, type MessageKey } from '../../../platform/i18n/index.ts';
import { button, choices, select, textArea, textInput, type FieldErrors } from '../../components/forms.ts';
import { html, type Html } from '../../html.ts';
import { firstValue, type FormValues } from '../../form-input.ts';
import { FIELD_PREFIX } from './action-input.ts';
import type { DossierPageData } from './dossier-data.ts';
import { declarationFields, fieldLabel } from './declaration-section.ts';

type Allowed = DossierPageData['view']['allowedActions'][number];

export interface FormState {
  actionId: string;
  errors: FieldErrors;
  values: FormValues;
}

export interface FormsContext {
  locale: Locale;
  csrf: string;
  data: DossierPageData;
  /** A fresh key per drawing of the page; each form adds its action id. */
  pageKey: string;
  failed?: FormState | undefined;
}

/** Rows offered for list inputs (supplement items, inter-agency participants); empty rows are ignored. */
export const LIST_ROWS = 3;

export function actionPath(dossierId: string): string {
  return `/can-bo/ho-so/${encodeURIComponent(dossierId)}/thao-tac`;
}

export function actionLabel(locale: Locale, a: Pick<Allowed, 'type' | 'label'>): string {
  return a.label ?? t(locale, `officeDossier.action.${a.type}` as MessageKey);
}

export function actionForms(ctx: FormsContext): Html {
  const allowed = ctx.data.view.allowedActions.filter((a) => a.allowed);
  const { locale } = ctx;
  if (allowed.length === 0) return html`<p>${t(locale, 'officeDossier.actions.none')}</p>`;
  return html`<div class="office-actions">${allowed.map((a) => actionForm(ctx, a))}</div>`;
}

function actionForm(ctx: FormsContext, a: Allowed): Html {
  const { locale, data } = ctx;
  const failed = ctx.failed?.actionId === a.id ? ctx.failed : undefined;
  const f = new Fields(a.id, failed);
  const label = actionLabel(locale, a);
  const key = failed ? firstValue(failed.values._key) ?? `${ctx.pageKey}-${a.id}` : `${ctx.pageKey}-${a.id}`;
  const warning = a.type === 'refuse' || a.type === 'stop' || a.type === 'reject_intake' || a.type === 'withdraw';
  return html`<section class="card office-action" aria-labelledby="act-${a.id}">
<h3 id="act-${a.id}">${label}</h3>
<form method="post" action="${actionPath(data.view.id)}" novalidate>
<input type="hidden" name="_csrf" value="${ctx.csrf}">
<input type="hidden" name="_action" value="${a.id}">
<input type="hidden" name="_type" value="${a.type}">
<input type="hidden" name="expectedVersion" value="${data.view.version}">
<input type="hidden" name="_key" value="${key}">
${inputsFor(ctx, a, f)}
${button(label, { kind: warning ? 'warning' : 'primary' })}
</form></section>`;
}

/** Names, values and errors of one action's fields. */
class Fields {
  readonly actionId: string;
  readonly state: FormState | undefined;
  constructor(actionId: string, state: FormState | undefined) {
    this.actionId = actionId;
    this.state = state;
  }
  name(path: string): string {
    return `${this.actionId}.${path}`;
  }
  value(path: string): string | undefined {
    return firstValue(this.state?.values[this.name(path)]);
  }
  error(path: string): string | undefined {
    return this.state?.errors[this.name(path)];
  }
  text(locale: Locale, path: string, key: MessageKey, opts: { area?: boolean; required?: boolean; hint?: MessageKey; type?: 'number' | 'text'; short?: boolean } = {}): Html {
    const base = { name: this.name(path), label: t(locale, key), value: this.value(path), error: this.error(path), ...(opts.hint ? { hint: t(locale, opts.hint) } : {}), ...(opts.required ? { required: true } : {}) };
    if (opts.area) return textArea({ ...base, rows: 3 });
    return textInput({ ...base, ...(opts.type === 'number' ? { type: 'number' as const, inputmode: 'numeric' as const, short: true } : {}), ...(opts.short ? { short: true } : {}) });
  }
}

function inputsFor(ctx: FormsContext, a: Allowed, f: Fields): Html | string {
  const { locale, data } = ctx;
  const v = data.view;
  switch (a.type) {
    case 'assign':
      return select({
        name: f.name('assigneeId'),
        label: t(locale, 'officeDossier.field.assignee'),
        options: data.assignees.map((o) => ({ value: o.id, label: o.fullName })),
        placeholder: t(locale, 'officeDossier.field.choose'),
        value: f.value('assigneeId'),
        error: f.error('assigneeId'),
        required: true,
      });
    case 'forward':
      return html`${choices({
        name: f.name('opinion.proposal'),
        label: t(locale, 'officeDossier.field.proposal'),
        options: (['APPROVE', 'REFUSE'] as const).map((p) => ({ value: p, label: t(locale, `officeDossier.proposal.${p}`) })),
        value: f.value('opinion.proposal'),
        error: f.error('opinion.proposal'),
      })}${f.text(locale, 'opinion.text', 'officeDossier.field.opinion', { area: true })}`;
    case 'request_supplement':
    case 'request_intake_supplement':
      return html`${f.text(locale, 'reason', 'officeDossier.field.supplementReason', { area: true, required: true })}
${Array.from({ length: LIST_ROWS }, (_, i) => html`<fieldset class="office-row"><legend>${t(locale, 'officeDossier.field.item', { n: i + 1 })}</legend>
${itemTarget(ctx, f, i)}
${f.text(locale, `items.${i}.description`, 'officeDossier.field.itemDescription')}
${f.text(locale, `items.${i}.reason`, 'officeDossier.field.itemReason')}</fieldset>`)}`;
    case 'consult':
      return html`${agencyInput(ctx, f, 'agencyCode')}${f.text(locale, 'question', 'officeDossier.field.question', { area: true, required: true })}${f.text(locale, 'dueInWorkingDays', 'officeDossier.field.dueInWorkingDays', { type: 'number', hint: 'officeDossier.hint.dueInWorkingDays' })}`;
    case 'reply_consultation':
      return html`${select({
        name: f.name('consultationId'),
        label: t(locale, 'officeDossier.field.consultation'),
        options: v.consultations.filter((c) => !c.answeredAt && ours(data, c.agency)).map((c) => ({ value: c.id, label: `${c.agency?.name ?? ''}: ${c.question.slice(0, 80)}` })),
        value: f.value('consultationId'),
        error: f.error('consultationId'),
      })}${f.text(locale, 'answer', 'officeDossier.field.answer', { area: true, required: true })}`;
    case 'start_interagency':
      return interagencyInputs(ctx, f);
    case 'complete_task':
      return html`${select({
        name: f.name('taskId'),
        label: t(locale, 'officeDossier.field.task'),
        options: v.tasks.filter((k) => k.status === 'OPEN' && ours(data, k.agency)).map((k) => ({ value: k.id, label: `${k.agency?.name ?? ''}: ${k.instructions.slice(0, 80)}` })),
        value: f.value('taskId'),
        error: f.error('taskId'),
      })}${f.text(locale, 'outcome', 'officeDossier.field.outcome', { area: true, required: true })}`;
    case 'refuse':
    case 'reject_intake':
    case 'stop':
    case 'withdraw':
      return f.text(locale, 'reason', 'officeDossier.field.reason', { area: true, required: true });
    case 'issue_result':
      return f.text(locale, 'documentNumber', 'officeDossier.field.documentNumber', { hint: 'officeDossier.hint.documentNumber' });
    case 'record_payment':
      return html`${select({
        name: f.name('method'),
        label: t(locale, 'officeDossier.field.paymentMethod'),
        options: (['CASH', 'BANK_TRANSFER', 'POSTAL', 'WAIVED'] as const).map((m) => ({ value: m, label: t(locale, `officeDossier.payment.${m}`) })),
        value: f.value('method') ?? 'CASH',
        error: f.error('method'),
      })}${textInput({ name: f.name('amount'), label: t(locale, 'officeDossier.field.amount'), type: 'number', inputmode: 'numeric', short: true, value: f.value('amount') ?? String(v.fees.total), error: f.error('amount') })}${f.text(locale, 'reference', 'officeDossier.field.reference')}`;
    case 'return_result':
      return html`${choices({
        name: f.name('method'),
        label: t(locale, 'officeDossier.field.returnMethod'),
        options: (['AT_DESK', 'BY_POST', 'ONLINE'] as const).map((m) => ({ value: m, label: t(locale, `officeDossier.return.${m}`) })),
        value: f.value('method') ?? (v.deliveryMethod === 'POST' ? 'BY_POST' : 'AT_DESK'),
        error: f.error('method'),
      })}${f.text(locale, 'receivedBy', 'officeDossier.field.receivedBy', { hint: 'officeDossier.hint.receivedBy' })}${f.text(locale, 'idNumber', 'officeDossier.field.idNumber', { short: true })}${f.text(locale, 'postalTracking', 'officeDossier.field.postalTracking', { hint: 'officeDossier.hint.postalTracking' })}`;
    case 'extend':
      return html`<p class="hint">${t(locale, 'officeDossier.hint.extend')}</p>${f.text(locale, 'reason', 'officeDossier.field.extendReason', { area: true, required: true })}${f.text(locale, 'extraWorkingDays', 'officeDossier.field.extraWorkingDays', { type: 'number', required: true })}`;
    default:
      // receive, transfer, approve, sign, request_payment, complete_*supplement: nothing to fill in but a note.
      return f.text(locale, 'note', 'officeDossier.field.note', { area: true, hint: 'officeDossier.hint.optional' });
  }
}

/**
 * What one supplement item asks for: a paper of the dossier or an answer of the
 * declaration, in one select (answers as "field:<name>", see action-input.ts).
 */
function itemTarget(ctx: FormsContext, f: Fields, i: number): Html {
  const { locale, data } = ctx;
  const path = `items.${i}.componentCode`;
  return select({
    name: f.name(path),
    label: t(locale, 'officeDossier.field.itemTarget'),
    options: [],
    groups: [
      { label: t(locale, 'officeDossier.section.papers'), options: data.view.components.map((c) => ({ value: c.code, label: c.name })) },
      { label: t(locale, 'officeDossier.section.declaration'), options: declarationFields(data).map((field) => ({ value: `${FIELD_PREFIX}${field.name}`, label: fieldLabel(locale, field) })) },
    ],
    placeholder: t(locale, 'officeDossier.field.otherPaper'),
    value: f.value(path),
    error: f.error(path),
  });
}

/** Replies and tasks are offered only for the officer's own agencies: each agency answers for its part. */
function ours(data: DossierPageData, agency: { code: string } | null): boolean {
  return agency !== null && data.ownAgencyCodes.has(agency.code);
}

/** An agency code with the agencies as suggestions (one shared datalist on the page); works as plain text without JS. */
function agencyInput(ctx: FormsContext, f: Fields, path: string, label: MessageKey = 'officeDossier.field.agency'): Html {
  return textInput({ name: f.name(path), label: t(ctx.locale, label), hint: t(ctx.locale, 'officeDossier.hint.agencyCode'), list: 'office-agencies', value: f.value(path), error: f.error(path), short: true });
}

export function agencyList(ctx: FormsContext): Html | string {
  if (ctx.data.agencies.length === 0) return '';
  return html`<datalist id="office-agencies">${ctx.data.agencies.map((a) => html`<option value="${a.code}">${a.name}</option>`)}</datalist>`;
}

function interagencyInputs(ctx: FormsContext, f: Fields): Html {
  const { locale } = ctx;
  return html`${choices({
    name: f.name('mode'),
    label: t(locale, 'officeDossier.field.mode'),
    options: (['SEQUENTIAL', 'PARALLEL'] as const).map((m) => ({ value: m, label: t(locale, `officeDossier.mode.${m}`) })),
    value: f.value('mode'),
    error: f.error('mode'),
  })}
${Array.from({ length: LIST_ROWS }, (_, i) => html`<fieldset class="office-row"><legend>${t(locale, 'officeDossier.field.participant', { n: i + 1 })}</legend>
${agencyInput(ctx, f, `participants.${i}.agencyCode`)}
${select({ name: f.name(`participants.${i}.role`), label: t(locale, 'officeDossier.field.participantRole'), options: (['COOPERATING', 'LEAD'] as const).map((r) => ({ value: r, label: t(locale, `officeDossier.participantRole.${r}`) })), value: f.value(`participants.${i}.role`), error: f.error(`participants.${i}.role`) })}
${f.text(locale, `participants.${i}.budget.amount`, 'officeDossier.field.budgetDays', { type: 'number' })}
${f.text(locale, `participants.${i}.instructions`, 'officeDossier.field.instructions')}</fieldset>`)}`;
}
