/**
 * A posted action form back into the action's input: fields named
 * "<actionId>.<path>" become the nested input, numbers become numbers, empty
 * list rows are dropped, and the result is checked by the dossiers module's own
 * ActionInput schema, so the page accepts exactly what the API accepts.
 */
import { z } from 'zod';
import { ActionInput } from '../../../modules/dossiers/index.ts';
import type { FieldIssue } from '../../../platform/errors.ts';
import { toFieldIssue } from '../../../platform/http/validation-issues.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { FieldErrors } from '../../components/forms.ts';
import { fieldErrors, firstValue, formValues, type FormValues } from '../../form-input.ts';

/** A supplement item's select names a paper by its code, or an answer of the declaration as "field:<name>". */
export const FIELD_PREFIX = 'field:';

const NUMERIC = new Set(['dueInWorkingDays', 'amount', 'extraWorkingDays']);
const KEY_RE = /^[A-Za-z0-9._:-]{8,128}$/;

const Envelope = z.object({
  _action: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  _type: z.string().min(1).max(40),
  expectedVersion: z.coerce.number().int().min(0),
  _key: z.string().regex(KEY_RE),
});

export type ParsedAction =
  | { ok: true; actionId: string; key: string; input: ActionInput; values: FormValues }
  | { ok: false; actionId: string | undefined; errors: FieldErrors; values: FormValues };

export function parseActionForm(body: unknown, locale: Locale): ParsedAction {
  const values = formValues(body);
  const envelope = Envelope.safeParse(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, firstValue(v)])));
  if (!envelope.success) return { ok: false, actionId: undefined, errors: { _form: envelope.error.issues[0]?.message ?? 'invalid' }, values };
  const { _action: actionId, _type: type, expectedVersion, _key: key } = envelope.data;
  const prefix = `${actionId}.`;
  const nested: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const text = firstValue(value)?.trim();
    if (!name.startsWith(prefix) || !text) continue;
    setPath(nested, name.slice(prefix.length).split('.'), text);
  }
  const input = shape(type, nested);
  const parsed = ActionInput.safeParse({ ...input, type, actionId, expectedVersion });
  if (!parsed.success) {
    return { ok: false, actionId, errors: prefixed(actionId, fieldErrors(locale, parsed.error.issues.map((i) => onItemSelect(toFieldIssue(i))))), values };
  }
  // Handing a result over the counter needs its proof: who collected it.
  if (parsed.data.type === 'return_result' && parsed.data.method === 'AT_DESK' && !parsed.data.receivedBy) {
    return { ok: false, actionId, errors: commandFieldErrors(locale, actionId, [{ path: ['receivedBy'], key: 'validation.required' }]), values };
  }
  return { ok: true, actionId, key, input: parsed.data, values };
}

/** A command's field issues (e.g. an assignee who is not a specialist here) as this form's field errors. */
export function commandFieldErrors(locale: Locale, actionId: string, issues: FieldIssue[]): FieldErrors {
  // The page offers extra working days rather than a date: a missing or bad new due date is that field's.
  const renamed = issues.map((i) => (i.path[0] === 'newDueAt' ? { ...i, path: ['extraWorkingDays'] } : onItemSelect(i)));
  return prefixed(actionId, fieldErrors(locale, renamed));
}

/** An item's answer is chosen in the same select as its paper: its errors show there. */
function onItemSelect(issue: FieldIssue): FieldIssue {
  const [list, index, key] = issue.path;
  return list === 'items' && key === 'fieldKey' ? { ...issue, path: ['items', index!, 'componentCode', ...issue.path.slice(3)] } : issue;
}

function prefixed(actionId: string, errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, message] of Object.entries(errors)) out[name === '_form' || name === 'type' ? '_form' : `${actionId}.${name}`] = message;
  return out;
}

function setPath(target: Record<string, unknown>, path: string[], value: string): void {
  let node: Record<string, unknown> = target;
  for (const [i, segment] of path.entries()) {
    if (segment === '__proto__' || segment === 'constructor' || segment === 'prototype') return;
    if (i === path.length - 1) {
      node[segment] = NUMERIC.has(segment) && /^-?\d+$/.test(value) ? Number(value) : value;
    } else {
      node[segment] = (node[segment] as Record<string, unknown> | undefined) ?? {};
      node = node[segment] as Record<string, unknown>;
    }
  }
}

/** Rows posted as {"0": {...}, "2": {...}} become a list of the rows someone filled in. */
function rows(value: unknown, filled: (row: Record<string, unknown>) => boolean): Record<string, unknown>[] | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const list = Object.keys(value)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => (value as Record<string, Record<string, unknown>>)[k]!)
    .filter(filled);
  return list;
}

function itemTarget(row: Record<string, unknown>): Record<string, unknown> {
  const { componentCode, ...rest } = row;
  if (typeof componentCode === 'string' && componentCode.startsWith(FIELD_PREFIX)) return { ...rest, fieldKey: componentCode.slice(FIELD_PREFIX.length) };
  return componentCode === undefined ? rest : { ...rest, componentCode };
}

function shape(type: string, fields: Record<string, unknown>): Record<string, unknown> {
  switch (type) {
    case 'request_supplement':
    case 'request_intake_supplement': {
      const items = rows(fields.items, (r) => Boolean(r.componentCode || r.description || r.reason))?.map(itemTarget);
      return { ...fields, items: items?.length ? items : undefined };
    }
    case 'start_interagency': {
      // The role select always has a value: a row counts when its agency, budget or instructions are given.
      const participants = rows(fields.participants, (r) => Boolean(r.agencyCode || r.instructions || (r.budget as Record<string, unknown> | undefined)?.amount))?.map((r) => {
        const amount = (r.budget as Record<string, unknown> | undefined)?.amount;
        return { ...r, agencyCode: typeof r.agencyCode === 'string' ? r.agencyCode.toUpperCase() : r.agencyCode, budget: { amount: amount !== undefined && /^\d+$/.test(String(amount)) ? Number(amount) : amount, unit: 'WORKING_DAY' } };
      });
      return { ...fields, participants: participants?.length ? participants : undefined };
    }
    case 'consult':
      return { ...fields, agencyCode: typeof fields.agencyCode === 'string' ? fields.agencyCode.toUpperCase() : undefined };
    case 'return_result': {
      // The proof of collection at the desk is the collector's name and identity number, kept together.
      const { idNumber, ...rest } = fields;
      if (rest.receivedBy && idNumber) rest.receivedBy = `${String(rest.receivedBy)} (${String(idNumber)})`;
      return rest;
    }
    default:
      return fields;
  }
}
