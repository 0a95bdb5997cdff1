/**
 * E-form fields as accessible HTML controls, and posted strings back into
 * typed answers (numbers, booleans). Without JavaScript every question of a
 * page is shown; a question whose condition depends on another question of the
 * same page says when to answer it, and the server drops it if the condition
 * fails — so the page works the same with or without scripts.
 */
import type { FieldCondition, FormField } from '../../../modules/catalog/index.ts';
import type { PrefillSource } from '../../../modules/drafts/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { choices, select, textArea, textInput, type FieldErrors } from '../../components/forms.ts';
import { html, type Html } from '../../html.ts';
import type { FormValues } from '../../form-input.ts';

export const fieldLabel = (f: FormField, locale: Locale): string => (locale === 'en' && f.labelEn ? f.labelEn : f.label);

/** Posted strings of one page's fields as typed answers; blanks become "not answered" (absent). */
export function answersFromPost(fields: FormField[], values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = values[f.name];
    const v = (Array.isArray(raw) ? raw[raw.length - 1] : raw)?.trim();
    if (f.type === 'checkbox') {
      out[f.name] = v === 'true';
      continue;
    }
    if (v === undefined || v === '') continue;
    // A number that does not parse is kept as typed, so the page can show it with its error.
    out[f.name] = f.type === 'number' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  return out;
}

/** The draft's answers with one page's posted answers in place of the old ones. */
export function mergedAnswers(answers: Record<string, unknown>, fields: FormField[], values: FormValues): Record<string, unknown> {
  const merged = { ...answers };
  for (const f of fields) delete merged[f.name];
  return { ...merged, ...answersFromPost(fields, values) };
}

function conditionText(cond: FieldCondition, fields: FormField[], locale: Locale): string {
  const on = fields.find((f) => f.name === cond.field);
  const label = on ? fieldLabel(on, locale) : cond.field;
  const optionLabel = (v: unknown) => on?.options?.find((o) => o.value === v)?.label ?? String(v);
  const values =
    cond.op === 'isTrue' ? t(locale, 'portalSubmission.yes') : cond.op === 'isFalse' ? t(locale, 'portalSubmission.no') : (Array.isArray(cond.value) ? cond.value : [cond.value]).map(optionLabel).join(', ');
  return t(locale, 'portalSubmission.conditionalHint', { field: label, values: cond.op === 'notEquals' ? `≠ ${values}` : values });
}

const display = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

export interface FieldView {
  field: FormField;
  value: unknown;
  error: string | undefined;
  prefilled: PrefillSource | undefined;
  /** The other questions of the same page (for conditions that depend on them). */
  pageFields: FormField[];
}

export function renderField(view: FieldView, locale: Locale): Html {
  const { field: f, value } = view;
  const hints = [
    f.help,
    f.showIf && view.pageFields.some((p) => p.name === f.showIf!.field) ? conditionText(f.showIf, view.pageFields, locale) : undefined,
    view.prefilled ? t(locale, `portalSubmission.prefilled.${view.prefilled}`) : undefined,
  ].filter((h): h is string => !!h);
  const base = { name: f.name, label: fieldLabel(f, locale), hint: hints.length > 0 ? hints.join(' ') : undefined, error: view.error, required: f.required && !f.showIf };
  const text = display(value);
  switch (f.type) {
    case 'textarea':
      return textArea({ ...base, value: text });
    case 'select':
      return (f.options ?? []).length <= 4
        ? choices({ ...base, options: (f.options ?? []).map((o) => ({ value: o.value, label: o.label })), value: text })
        : select({ ...base, options: (f.options ?? []).map((o) => ({ value: o.value, label: o.label })), value: text, placeholder: t(locale, 'portalSubmission.choose') });
    case 'checkbox':
      // The hidden "false" comes first; a ticked box posts "true" after it and wins.
      return html`<input type="hidden" name="${f.name}" value="false">${choices({ ...base, multiple: true, options: [{ value: 'true', label: t(locale, 'portalSubmission.yes') }], value: value === true ? 'true' : undefined })}`;
    case 'number':
      return textInput({ ...base, value: text, inputmode: 'numeric', short: true });
    case 'date':
      return textInput({ ...base, value: text, type: 'date', short: true });
    case 'personalId':
    case 'taxCode':
      return textInput({ ...base, value: text, inputmode: 'numeric', short: true, maxlength: 14 });
    case 'phone':
      return textInput({ ...base, value: text, type: 'tel', autocomplete: 'tel', short: true });
    case 'email':
      return textInput({ ...base, value: text, type: 'email', autocomplete: 'email' });
    default:
      return textInput({ ...base, value: text, ...(f.maxLength ? { maxlength: f.maxLength } : {}) });
  }
}

/** A readable answer for the check-your-answers page. */
export function answerText(f: FormField, value: unknown, locale: Locale): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (f.type === 'checkbox') return t(locale, value === true ? 'portalSubmission.yes' : 'portalSubmission.no');
  if (f.type === 'select') return f.options?.find((o) => o.value === value)?.label ?? String(value);
  return String(value);
}

export type { FieldErrors };
