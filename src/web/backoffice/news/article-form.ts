/** The article form (new and edit): every field with its error, what was typed put back. */
import { ArticleKind } from '../../../modules/news/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { button, choices, errorSummary, postForm, textArea, textInput, type FieldErrors } from '../../components/forms.ts';
import type { FormValues } from '../../form-input.ts';
import { html, type Html } from '../../html.ts';

export function articleForm(locale: Locale, action: string, csrf: string, values: FormValues, errors: FieldErrors, hidden: Record<string, string>): Html {
  const v = (name: string): string | undefined => {
    const x = values[name];
    return Array.isArray(x) ? x[0] : x;
  };
  return html`${errorSummary(locale, errors)}
${postForm(
  action,
  csrf,
  html`${Object.entries(hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
${choices({ name: 'kind', label: t(locale, 'newsAdmin.field.kind'), value: v('kind'), error: errors.kind, options: ArticleKind.options.map((k) => ({ value: k, label: t(locale, `portalCatalogue.news.kind.${k}`) })) })}
${textInput({ name: 'title', label: t(locale, 'newsAdmin.field.title'), value: v('title'), error: errors.title, maxlength: 200 })}
${textInput({ name: 'slug', label: t(locale, 'newsAdmin.field.slug'), hint: t(locale, 'newsAdmin.field.slugHint'), value: v('slug'), error: errors.slug, maxlength: 120 })}
${textArea({ name: 'summary', label: t(locale, 'newsAdmin.field.summary'), hint: t(locale, 'newsAdmin.field.summaryHint'), value: v('summary'), error: errors.summary, rows: 3 })}
${textArea({ name: 'body', label: t(locale, 'newsAdmin.field.body'), hint: t(locale, 'newsAdmin.field.bodyHint'), value: v('body'), error: errors.body, rows: 14 })}
${textInput({ name: 'procedureCode', label: t(locale, 'newsAdmin.field.procedure'), hint: t(locale, 'newsAdmin.field.procedureHint'), value: v('procedureCode'), error: errors.procedureCode, short: true, maxlength: 40 })}
<div class="actions">${button(t(locale, 'newsAdmin.save'))}<a href="/can-bo/quan-tri/tin-tuc">${t(locale, 'newsAdmin.back')}</a></div>`,
)}`;
}
