/**
 * Server-side validation of e-form answers against the procedure version's
 * schema. Conditions are typed data (field, operator, value), evaluated here;
 * answers to questions that are hidden by a condition are dropped rather than
 * kept, so what is stored is exactly what the citizen was asked.
 */
import type { FieldIssue } from '../../platform/errors.ts';
import { checkPersonalId, checkTaxCode } from '../identity/index.ts';
import type { EformSchema, FieldCondition, FormField } from './catalog.schemas.ts';

export type FormData = Record<string, unknown>;

export function conditionHolds(cond: FieldCondition | undefined, data: FormData): boolean {
  if (!cond) return true;
  const v = data[cond.field];
  switch (cond.op) {
    case 'equals':
      return v === cond.value;
    case 'notEquals':
      return v !== cond.value;
    case 'in':
      return Array.isArray(cond.value) && typeof v === 'string' && cond.value.includes(v);
    case 'isTrue':
      return v === true;
    case 'isFalse':
      return v !== true;
  }
}

/** The fields a citizen is asked given the answers so far (pages and fields whose conditions hold). */
export function visibleFields(schema: EformSchema, data: FormData): FormField[] {
  return schema.pages.filter((p) => conditionHolds(p.showIf, data)).flatMap((p) => p.fields.filter((f) => conditionHolds(f.showIf, data)));
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function checkField(f: FormField, v: unknown): FieldIssue | null {
  const path = ['formData', f.name];
  const typeError = (expected: string): FieldIssue => ({ path, key: 'validation.type', params: { expected } });
  switch (f.type) {
    case 'text':
    case 'textarea': {
      if (typeof v !== 'string') return typeError('validation.type.string');
      const len = v.trim().length;
      if (f.minLength !== undefined && len < f.minLength) return { path, key: 'validation.tooSmall.string', params: { minimum: f.minLength } };
      const max = f.maxLength ?? (f.type === 'text' ? 500 : 5000);
      if (len > max) return { path, key: 'validation.tooBig.string', params: { maximum: max } };
      return null;
    }
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return typeError('validation.type.number');
      if (f.min !== undefined && v < f.min) return { path, key: 'validation.tooSmall.number', params: { minimum: f.min } };
      if (f.max !== undefined && v > f.max) return { path, key: 'validation.tooBig.number', params: { maximum: f.max } };
      return null;
    }
    case 'date':
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))
        ? null
        : { path, key: 'validation.format', params: { format: 'validation.format.date' } };
    case 'select':
      return typeof v === 'string' && (f.options ?? []).some((o) => o.value === v)
        ? null
        : { path, key: 'validation.enum', params: { values: (f.options ?? []).map((o) => o.value).join(', ') } };
    case 'checkbox':
      return typeof v === 'boolean' ? null : typeError('validation.type.boolean');
    case 'personalId':
      return typeof v === 'string' && checkPersonalId(v).valid ? null : { path, key: 'validation.personalId' };
    case 'taxCode':
      return typeof v === 'string' && checkTaxCode(v).valid ? null : { path, key: 'validation.taxCode' };
    case 'phone':
      return typeof v === 'string' && /^(\+84|0)[0-9]{8,10}$/.test(v) ? null : { path, key: 'validation.phone' };
    case 'email':
      return typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) && v.length <= 120
        ? null
        : { path, key: 'validation.format', params: { format: 'validation.format.email' } };
  }
}

export function validateFormData(schema: EformSchema, data: FormData): { data: FormData; issues: FieldIssue[] } {
  const known = new Set(schema.pages.flatMap((p) => p.fields.map((f) => f.name)));
  const issues: FieldIssue[] = [];
  const unknown = Object.keys(data).filter((k) => !known.has(k));
  if (unknown.length > 0) issues.push({ path: ['formData'], key: 'validation.unknownKeys', params: { keys: unknown.join(', ') } });
  const cleaned: FormData = {};
  for (const f of visibleFields(schema, data)) {
    const v = data[f.name];
    if (isEmpty(v)) {
      if (f.required && f.type !== 'checkbox') issues.push({ path: ['formData', f.name], key: 'validation.required' });
      continue;
    }
    const problem = checkField(f, v);
    if (problem) issues.push(problem);
    else cleaned[f.name] = typeof v === 'string' ? v.trim() : v;
  }
  return { data: cleaned, issues };
}
