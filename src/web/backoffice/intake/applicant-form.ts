/**
 * The applicant step of a desk intake as one form: competent agency, the
 * applicant (owner, organisation, representative with mandate), the component
 * checklist (original/copy/certified copy, count, received) and the e-form
 * declaration. Values are plain form strings so the draft can keep them as typed.
 */
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { checkPersonalId, checkTaxCode } from '../../../modules/identity/index.ts';
import type { AgencySnapshot } from '../../../modules/agencies/index.ts';
import { visibleFields, type FormField, type LoadedVersion } from '../../../modules/catalog/index.ts';
import type { SubmitDossierInput } from '../../../modules/dossiers/index.ts';
import { choices, select, textInput, type FieldErrors } from '../../components/forms.ts';
import type { FormValues } from '../../form-input.ts';
import { html, type Html } from '../../html.ts';

const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
const COPY_TYPES = ['ORIGINAL', 'COPY', 'CERTIFIED_COPY'] as const;

/** Where a command's field path is shown on this form. */
const PATHS: Record<string, string> = {
  'applicant.person.fullName': 'fullName',
  'applicant.person.personalId': 'personalId',
  'applicant.person.birthDate': 'birthDate',
  'applicant.person.address': 'address',
  'applicant.person.phone': 'phone',
  'applicant.person.email': 'email',
  'applicant.organisation': 'orgName',
  'applicant.organisation.name': 'orgName',
  'applicant.organisation.taxCode': 'taxCode',
  'applicant.organisation.address': 'orgAddress',
  'applicant.representative.person.fullName': 'repName',
  'applicant.representative.person.personalId': 'repPersonalId',
  'applicant.representative.mandate.document': 'mandate',
  'applicant.representative.mandate.validUntil': 'mandateUntil',
  competentAgencyCode: 'agency',
};

export function formFieldName(path: string): string {
  if (path.startsWith('formData.')) return `e_${path.slice('formData.'.length)}`;
  return PATHS[path] ?? '_form';
}

function eformValue(f: FormField, raw: string): unknown {
  if (f.type === 'checkbox') return raw === '1';
  if (f.type === 'number') return raw === '' ? undefined : Number(raw);
  return raw === '' ? undefined : raw;
}

/** The command input from the form, and the identifier errors found before the command runs. */
export function toSubmission(locale: Locale, v: FormValues, version: LoadedVersion, deskCode: string): { input: SubmitDossierInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const type = one(v.applicantType) === 'ORGANISATION' ? 'ORGANISATION' : 'CITIZEN';
  const opt = (name: string) => (one(v[name]) ? one(v[name]) : undefined);
  const personalId = opt('personalId');
  if (!one(v.fullName)) errors.fullName = t(locale, 'officeIntake.err.fullName');
  if (personalId) {
    const birthDate = opt('birthDate');
    const check = checkPersonalId(personalId, birthDate ? { birthDate } : {});
    if (!check.valid) errors.personalId = t(locale, check.reasons[0]!.key, check.reasons[0]!.params ?? {});
  } else if (type === 'CITIZEN') errors.personalId = t(locale, 'officeIntake.err.personalId');
  const taxCode = opt('taxCode');
  if (type === 'ORGANISATION') {
    if (!opt('orgName')) errors.orgName = t(locale, 'officeIntake.err.orgName');
    const check = checkTaxCode(taxCode ?? '');
    if (!check.valid) errors.taxCode = t(locale, check.reasons[0]!.key, check.reasons[0]!.params ?? {});
  }
  const repName = opt('repName');
  if (repName && !opt('mandate')) errors.mandate = t(locale, 'officeIntake.err.mandate');
  const data: Record<string, unknown> = {};
  for (const page of version.version.eformSchema.pages) for (const f of page.fields) {
    const value = eformValue(f, one(v[`e_${f.name}`]));
    if (value !== undefined) data[f.name] = value;
  }
  const visible = new Set(visibleFields(version.version.eformSchema, data).map((f) => f.name));
  const person = { fullName: one(v.fullName), personalId, birthDate: opt('birthDate'), sex: opt('sex') as 'male' | 'female' | undefined, address: opt('address'), phone: opt('phone'), email: opt('email') };
  const input = {
    procedureCode: version.procedure.code,
    channel: 'DESK',
    receivingDeskCode: deskCode,
    competentAgencyCode: opt('agency'),
    applicant: {
      type,
      person: dropEmpty(person),
      organisation: type === 'ORGANISATION' ? dropEmpty({ name: one(v.orgName), taxCode: taxCode ?? '', address: opt('orgAddress') }) : undefined,
      representative: repName ? { person: dropEmpty({ fullName: repName, personalId: opt('repPersonalId') }), mandate: dropEmpty({ document: one(v.mandate), validUntil: opt('mandateUntil') }) } : undefined,
    },
    formData: Object.fromEntries(Object.entries(data).filter(([k]) => visible.has(k))),
    components: version.version.details.components.map((c) => {
      const copy = one(v[`copy_${c.code}`]);
      const qty = Number(one(v[`qty_${c.code}`]));
      return dropEmpty({
        code: c.code,
        provided: one(v[`provided_${c.code}`]) === '1',
        reused: false,
        copyType: (COPY_TYPES as readonly string[]).includes(copy) ? (copy as (typeof COPY_TYPES)[number]) : undefined,
        quantity: Number.isInteger(qty) && qty >= 1 && qty <= 20 ? qty : undefined,
      });
    }),
    deliveryMethod: 'AT_DESK',
  };
  return { input: dropEmpty(input) as unknown as SubmitDossierInput, errors };
}

function dropEmpty<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as T;
}

function eformField(f: FormField, v: FormValues, errors: FieldErrors): Html {
  const name = `e_${f.name}`;
  const base = { name, label: f.label, error: errors[name], required: f.required };
  if (f.type === 'select') return select({ ...base, options: (f.options ?? []).map((o) => ({ value: o.value, label: o.label })), value: one(v[name]), placeholder: '' });
  if (f.type === 'checkbox') return choices({ ...base, multiple: true, options: [{ value: '1', label: f.label }], value: one(v[name]) });
  const type = f.type === 'number' ? 'number' : f.type === 'date' ? 'date' : f.type === 'email' ? 'email' : f.type === 'phone' ? 'tel' : 'text';
  return textInput({ ...base, type, value: one(v[name]) });
}

export function applicantFields(locale: Locale, version: LoadedVersion, agencies: AgencySnapshot, v: FormValues, errors: FieldErrors): Html {
  const d = version.version.details;
  const input = (name: string, key: Parameters<typeof t>[1], extra: Partial<Parameters<typeof textInput>[0]> = {}) =>
    textInput({ name, label: t(locale, key), value: one(v[name]), error: errors[name], ...extra });
  const competent = version.competentAgencyIds.map((id) => agencies.byId(id)).filter((a) => a !== undefined);
  return html`${competent.length > 1
    ? select({ name: 'agency', label: t(locale, 'officeIntake.agency'), options: competent.map((a) => ({ value: a.code, label: a.name })), value: one(v.agency), placeholder: t(locale, 'officeIntake.choose'), error: errors.agency })
    : ''}
${d.targetGroups.length > 1
  ? choices({ name: 'applicantType', label: t(locale, 'officeIntake.applicantType'), options: d.targetGroups.map((g) => ({ value: g, label: t(locale, g === 'ORGANISATION' ? 'officeIntake.organisation' : 'officeIntake.citizen') })), value: one(v.applicantType) || d.targetGroups[0] })
  : html`<input type="hidden" name="applicantType" value="${d.targetGroups[0] ?? 'CITIZEN'}">`}
<fieldset><legend>${t(locale, 'officeIntake.applicant')}</legend>
${input('personalId', 'officeIntake.personalId', { inputmode: 'numeric', maxlength: 12, hint: t(locale, 'officeIntake.personalIdHint') })}
<p>${html`<button type="submit" class="secondary" name="_action" value="lookup">${t(locale, 'officeIntake.lookup')}</button>`}</p>
${input('fullName', 'officeIntake.fullName', { autocomplete: 'off' })}
${input('birthDate', 'officeIntake.birthDate', { type: 'date' })}
${choices({ name: 'sex', label: t(locale, 'officeIntake.sex'), options: [{ value: 'male', label: t(locale, 'officeIntake.male') }, { value: 'female', label: t(locale, 'officeIntake.female') }], value: one(v.sex) })}
${input('address', 'officeIntake.address')}
${input('phone', 'officeIntake.phone', { type: 'tel', inputmode: 'tel' })}
${input('email', 'officeIntake.email', { type: 'email' })}</fieldset>
${d.targetGroups.includes('ORGANISATION')
  ? html`<fieldset><legend>${t(locale, 'officeIntake.organisationBlock')}</legend>${input('orgName', 'officeIntake.orgName')}${input('taxCode', 'officeIntake.taxCode', { inputmode: 'numeric' })}${input('orgAddress', 'officeIntake.address')}</fieldset>`
  : ''}
<fieldset><legend>${t(locale, 'officeIntake.representative')}</legend><span class="hint">${t(locale, 'officeIntake.representativeHint')}</span>
${input('repName', 'officeIntake.fullName')}${input('repPersonalId', 'officeIntake.personalId', { inputmode: 'numeric' })}
${input('mandate', 'officeIntake.mandate')}${input('mandateUntil', 'officeIntake.mandateUntil', { type: 'date' })}</fieldset>
<h2>${t(locale, 'officeIntake.checklist')}</h2>
<table><caption class="visually-hidden">${t(locale, 'officeIntake.checklist')}</caption>
<thead><tr><th scope="col">${t(locale, 'officeIntake.component')}</th><th scope="col">${t(locale, 'officeIntake.received')}</th><th scope="col">${t(locale, 'officeIntake.copyType')}</th><th scope="col">${t(locale, 'officeIntake.quantity')}</th></tr></thead>
<tbody>${d.components.map((c) => {
  const received = v[`provided_${c.code}`] === undefined ? !v._touched : one(v[`provided_${c.code}`]) === '1';
  const copy = one(v[`copy_${c.code}`]) || c.copyType;
  return html`<tr><th scope="row">${c.name}${c.required ? html` <span class="tag warn">${t(locale, 'officeIntake.required')}</span>` : ''}</th>
<td><input type="checkbox" id="provided_${c.code}" name="provided_${c.code}" value="1"${received ? html` checked` : ''}><label for="provided_${c.code}">${t(locale, 'officeIntake.receivedYes')}</label></td>
<td><label class="visually-hidden" for="copy_${c.code}">${t(locale, 'officeIntake.copyType')}</label><select id="copy_${c.code}" name="copy_${c.code}">${COPY_TYPES.map((k) => html`<option value="${k}"${k === copy ? html` selected` : ''}>${t(locale, `officeIntake.copy.${k}`)}</option>`)}</select></td>
<td><label class="visually-hidden" for="qty_${c.code}">${t(locale, 'officeIntake.quantity')}</label><input class="short" type="number" min="1" max="20" id="qty_${c.code}" name="qty_${c.code}" value="${one(v[`qty_${c.code}`]) || String(c.quantity)}"></td></tr>`;
})}</tbody></table>
<h2>${t(locale, 'officeIntake.declaration')}</h2>
${version.version.eformSchema.pages.map((p) => html`<fieldset><legend>${p.title}</legend>${p.fields.map((f) => eformField(f, v, errors))}</fieldset>`)}
<input type="hidden" name="_touched" value="1">`;
}
