/**
 * The e-form as a citizen will see it, rendered on the server from the schema
 * being edited (no script needed). Names and ids are prefixed so the preview
 * never collides with the editor's own fields; conditions are shown as hints.
 */
import type { EformSchema, FormField } from '../../../modules/catalog/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { choices, select, textArea, textInput } from '../../components/forms.ts';
import { html, type Html } from '../../html.ts';

const inputType: Partial<Record<FormField['type'], 'text' | 'email' | 'tel' | 'date' | 'number'>> = {
  number: 'number',
  date: 'date',
  phone: 'tel',
  email: 'email',
};

function previewField(locale: Locale, pageId: string, f: FormField): Html {
  const name = `preview-${pageId}-${f.name}`;
  const label = `${locale === 'en' && f.labelEn ? f.labelEn : f.label}${f.required ? ' *' : ''}`;
  const hintParts = [f.help, f.showIf ? t(locale, 'officeAdmin.eform.shownIf', { field: f.showIf.field, op: f.showIf.op }) : undefined].filter(Boolean);
  const common = { name, label, ...(hintParts.length > 0 ? { hint: hintParts.join(' · ') } : {}) };
  switch (f.type) {
    case 'textarea':
      return textArea(common);
    case 'select':
      return select({ ...common, options: f.options ?? [], placeholder: '' });
    case 'checkbox':
      return choices({ ...common, multiple: true, options: [{ value: 'true', label }] });
    default:
      return textInput({ ...common, type: inputType[f.type] ?? 'text' });
  }
}

export function eformPreview(locale: Locale, schema: EformSchema): Html {
  return html`${schema.pages.map(
    (p) => html`<fieldset class="card"><legend>${p.title}</legend>${p.fields.map((f) => previewField(locale, p.id, f))}</fieldset>`,
  )}`;
}
