/**
 * Reads a posted HTML form through a zod schema. On failure it returns the
 * messages per field (in the page's language) and the raw values, so the page
 * can be shown again with what the person typed and what to fix.
 */
import type { z } from 'zod';
import type { Locale } from '../platform/i18n/index.ts';
import { renderIssue, toFieldIssue } from '../platform/http/validation-issues.ts';
import type { FieldIssue } from '../platform/errors.ts';
import type { FieldErrors } from './components/forms.ts';

export type FormValues = Record<string, string | string[]>;

export type FormResult<T> = { ok: true; data: T; values: FormValues } | { ok: false; errors: FieldErrors; values: FormValues };

/** The posted fields as strings (repeated names become arrays); `_csrf` and unknown shapes are dropped. */
export function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (k === '_csrf' || k === '__proto__') continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

/** Empty strings mean "not answered": they become undefined before the schema sees them. */
function blanksRemoved(values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const trimmed = typeof v === 'string' ? v.trim() : v;
    if (trimmed !== '') out[k] = trimmed;
  }
  return out;
}

export function parseForm<S extends z.ZodType>(schema: S, body: unknown, locale: Locale): FormResult<z.infer<S>> {
  const values = formValues(body);
  const parsed = schema.safeParse(blanksRemoved(values));
  if (parsed.success) return { ok: true, data: parsed.data, values };
  return { ok: false, errors: fieldErrors(locale, parsed.error.issues.map((i) => toFieldIssue(i))), values };
}

/** Field issues (from a schema or from a command's ValidationError) as one message per field. */
export function fieldErrors(locale: Locale, issues: FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const r = renderIssue(locale, issue);
    const name = r.path.replace(/^body\./, '') || '_form';
    errors[name] ??= r.message;
  }
  return errors;
}

export const firstValue = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
