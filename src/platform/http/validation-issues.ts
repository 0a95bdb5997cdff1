/**
 * Turns zod issues into field issues with an i18n key, so a 400 names each
 * field and says in plain Vietnamese (or English) what is wrong with it.
 */
import type { z } from 'zod';
import type { FieldIssue } from '../errors.ts';
import { isMessageKey, t, type Locale, type MessageKey } from '../i18n/index.ts';

type Issue = z.core.$ZodIssue | (Record<string, unknown> & { code: string; path: PropertyKey[]; message?: string });

const formatKeys: Record<string, MessageKey> = {
  date: 'validation.format.date',
  datetime: 'validation.format.datetime',
  email: 'validation.format.email',
  uuid: 'validation.format.uuid',
  regex: 'validation.format.regex',
};

const typeKeys: Record<string, MessageKey> = {
  string: 'validation.type.string',
  number: 'validation.type.number',
  int: 'validation.type.number',
  boolean: 'validation.type.boolean',
  object: 'validation.type.object',
  array: 'validation.type.array',
};

export function toFieldIssue(issue: Issue, prefix: (string | number)[] = []): FieldIssue {
  const i = issue as Record<string, unknown>;
  const path = [...prefix, ...((i.path as PropertyKey[]) ?? []).map((p) => (typeof p === 'number' ? p : String(p)))];
  const message = typeof i.message === 'string' ? i.message : '';
  // Our schemas name a catalogue key as the custom message (e.g. 'phone'); honour it.
  const custom = `validation.${message}`;
  if (message && isMessageKey(custom)) return { path, key: custom };
  if (isMessageKey(message)) return { path, key: message };
  switch (i.code) {
    case 'invalid_type': {
      if (i.input === undefined && i.expected !== 'undefined') return { path, key: 'validation.required' };
      const expected = String(i.expected);
      return { path, key: 'validation.type', params: { expected: typeKeys[expected] ?? expected } };
    }
    case 'too_small':
    case 'too_big': {
      const origin = String(i.origin ?? 'number');
      const kind = origin === 'string' || origin === 'array' ? origin : 'number';
      const key = `validation.${i.code === 'too_small' ? 'tooSmall' : 'tooBig'}.${kind}`;
      const bound: Record<string, number> =
        i.code === 'too_small' ? { minimum: Number(i.minimum) } : { maximum: Number(i.maximum) };
      return isMessageKey(key) ? { path, key, params: bound } : { path, key: 'validation.invalid' };
    }
    case 'invalid_format': {
      const format = String(i.format ?? 'regex');
      return { path, key: 'validation.format', params: { format: formatKeys[format] ?? format } };
    }
    case 'invalid_value':
      return {
        path,
        key: 'validation.enum',
        params: { values: ((i.values as unknown[]) ?? []).map(String).join(', ') },
      };
    case 'unrecognized_keys':
      return { path, key: 'validation.unknownKeys', params: { keys: ((i.keys as string[]) ?? []).join(', ') } };
    case 'not_multiple_of':
      return { path, key: 'validation.integer' };
    default:
      return { path, key: 'validation.invalid' };
  }
}

/** Renders a field issue; parameters that are themselves catalogue keys are translated too. */
export function renderIssue(locale: Locale, issue: FieldIssue): { path: string; message: string } {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(issue.params ?? {})) {
    params[k] = typeof v === 'string' && isMessageKey(v) ? t(locale, v) : v;
  }
  return { path: issue.path.join('.'), message: t(locale, issue.key, params) };
}
