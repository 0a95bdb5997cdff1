/**
 * The e-form answers a supplement request asks to correct, on the send form.
 * Inputs are named `formData.<field>`: the name cannot clash with the form's own
 * fields (note, expectedVersion), and it is the path of the module's validation
 * issues, so an error lands next to its input without translation. Only the
 * asked questions are read from a post; the module merges them into the stored
 * answers and validates the whole form again.
 */
import type { FormField } from '../../../modules/catalog/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { FieldErrors } from '../../components/forms.ts';
import type { FormValues } from '../../form-input.ts';
import { html, type Html } from '../../html.ts';
import { answersFromPost, fieldLabel, renderField } from '../submission/eform-fields.ts';
import type { SupplementState } from '../../../modules/dossiers/index.ts';

const PREFIX = 'formData.';
const inputName = (name: string): string => `${PREFIX}${name}`;

/** The asked questions under their input names (conditions between them follow the rename). */
function asInputs(fields: FormField[]): FormField[] {
  return fields.map((f) => ({ ...f, name: inputName(f.name), ...(f.showIf ? { showIf: { ...f.showIf, field: inputName(f.showIf.field) } } : {}) }));
}

/** The posted form without the answers, for the strict schema of the send form. */
export function withoutAnswers(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([k]) => !k.startsWith(PREFIX)));
}

/**
 * The posted corrections of the asked questions. A question posted blank becomes
 * null, so clearing a required answer is refused and clearing an optional one
 * removes it; a question not posted at all is left as it stands.
 */
export function answersPatch(fields: FormField[], values: FormValues): Record<string, unknown> {
  const typed = answersFromPost(asInputs(fields), values);
  const patch: Record<string, unknown> = {};
  for (const f of fields) {
    const name = inputName(f.name);
    if (name in typed) patch[f.name] = typed[name];
    else if (name in values) patch[f.name] = null;
  }
  return patch;
}

/**
 * The module's messages per input. An issue about a question that is not on the
 * page (one a correction made required, say) is named by its label, since it has
 * no input of its own to sit next to.
 */
export function answerErrors(errors: FieldErrors, state: SupplementState, locale: Locale): FieldErrors {
  const asked = new Set(state.fields.map((f) => inputName(f.name)));
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const other = key.startsWith(PREFIX) && !asked.has(key) ? state.questions.find((f) => inputName(f.name) === key) : undefined;
    out[key] = other ? `${fieldLabel(other, locale)}: ${message}` : message;
  }
  return out;
}

/** The section of the send form: one input per asked question, with what was typed after a refusal, else the stored answer. */
export function answersSection(state: SupplementState, values: FormValues | undefined, errors: FieldErrors, locale: Locale): Html {
  if (state.fields.length === 0) return html``;
  const inputs = asInputs(state.fields);
  const posted = values ? answersFromPost(inputs, values) : {};
  return html`<fieldset class="card"><legend><h3>${t(locale, 'myd.sup.answers')}</h3></legend>
<p class="hint">${t(locale, 'myd.sup.answersHint')}</p>
${inputs.map((f, i) => {
  const stored = state.fields[i]!.name;
  const value = values && f.name in values ? posted[f.name] : state.answers[stored];
  return renderField({ field: f, value, error: errors[f.name], prefilled: undefined, pageFields: inputs }, locale);
})}</fieldset>`;
}
