/**
 * A JSON document typed into a textarea: parsed, then checked by a schema;
 * every problem is kept with its path so the page lists them next to the field.
 */
import type { z } from 'zod';
import type { FieldIssue } from '../../../platform/errors.ts';
import { renderIssue, toFieldIssue } from '../../../platform/http/validation-issues.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { button, fieldId, postForm, textArea } from '../../components/forms.ts';
import { html, type Html } from '../../html.ts';

export type JsonResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export function parseJsonField<S extends z.ZodType>(schema: S, text: string): JsonResult<z.infer<S>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, issues: [{ path: [], key: 'officeAdmin.json.syntax', params: { detail: (err as Error).message } }] };
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues.map((i) => toFieldIssue(i)) };
}

/** The textarea with a short error next to it and the full list of problems (path: message) under it. */
export function jsonEditor(locale: Locale, opts: { name: string; label: string; hint: string; value: string; issues: FieldIssue[] }): Html {
  const rendered = opts.issues.map((i) => renderIssue(locale, i));
  const error = rendered.length > 0 ? t(locale, 'officeAdmin.json.issues', { count: rendered.length }) : undefined;
  return html`${textArea({ name: opts.name, label: opts.label, hint: opts.hint, value: opts.value, rows: 22, error })}
${rendered.length > 0 ? html`<ul class="error-list" id="${fieldId(opts.name)}-issues">${rendered.map((r) => html`<li><code>${r.path || '/'}</code> ${r.message}</li>`)}</ul>` : ''}`;
}

/** The editor of a draft (check and save buttons), or the document read-only once published. */
export function jsonEditForm(
  locale: Locale,
  o: { draft: boolean; action: string; csrf: string; hidden?: Html; checkLabel: string; name: string; label: string; hint: string; value: string; issues: FieldIssue[] },
): Html {
  if (!o.draft) return html`<p>${t(locale, 'officeAdmin.readOnly')}</p><pre>${o.value}</pre>`;
  return postForm(
    o.action,
    o.csrf,
    html`${o.hidden ?? ''}${jsonEditor(locale, o)}
<div class="actions">${button(o.checkLabel, { kind: 'secondary', name: 'intent', value: 'preview' })}${button(t(locale, 'officeAdmin.save'), { name: 'intent', value: 'save' })}</div>`,
  );
}
