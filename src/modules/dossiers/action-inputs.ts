/**
 * The body of "act on a dossier": one strict shape per action type, so every
 * action says exactly what it needs (a reason to refuse, items to supplement,
 * an assignee…) and nothing else is accepted.
 */
import { z } from 'zod';
import { CalendarInstant } from '../../platform/http/common-schemas.ts';

const slug = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

const base = {
  /** The definition's action id, when a step offers several actions of one type. */
  actionId: slug.optional(),
  /** The dossier version (number of actions) the caller saw; a mismatch is refused with 409. */
  expectedVersion: z.number().int().min(0).optional(),
  note: text(1, 2000).optional(),
};

export const SupplementItemInput = z.strictObject({
  componentCode: z.string().min(1).max(40).optional(),
  /** An answer of the e-form (tờ khai) to correct; the applicant is then asked for that answer only. */
  fieldKey: z.string().min(1).max(50).optional(),
  description: text(3, 500),
  reason: text(3, 500),
});

const componentsProvided = z.array(z.string().min(1).max(40)).max(60);
const formPatch = z.record(z.string().max(50), z.unknown());

export const ActionInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('receive'), ...base, componentsProvided: componentsProvided.optional() }),
  z.strictObject({ type: z.literal('request_intake_supplement'), ...base, items: z.array(SupplementItemInput).min(1).max(30), reason: text(3, 1000) }),
  z.strictObject({ type: z.literal('complete_intake_supplement'), ...base, componentsProvided: componentsProvided.optional(), formData: formPatch.optional() }),
  z.strictObject({ type: z.literal('reject_intake'), ...base, reason: text(3, 1000) }),
  z.strictObject({ type: z.literal('transfer'), ...base }),
  z.strictObject({ type: z.literal('assign'), ...base, assigneeId: z.uuid() }),
  z.strictObject({
    type: z.literal('forward'),
    ...base,
    opinion: z.strictObject({ proposal: z.enum(['APPROVE', 'REFUSE']), text: text(3, 4000) }).optional(),
  }),
  z.strictObject({ type: z.literal('request_supplement'), ...base, items: z.array(SupplementItemInput).min(1).max(30), reason: text(3, 1000) }),
  z.strictObject({ type: z.literal('complete_supplement'), ...base, componentsProvided: componentsProvided.optional(), formData: formPatch.optional() }),
  z.strictObject({
    type: z.literal('consult'),
    ...base,
    agencyCode: z.string().min(3).max(35),
    question: text(5, 4000),
    dueInWorkingDays: z.number().int().min(1).max(30).default(5),
  }),
  z.strictObject({ type: z.literal('reply_consultation'), ...base, consultationId: z.uuid(), answer: text(2, 4000) }),
  z.strictObject({
    type: z.literal('start_interagency'),
    ...base,
    mode: z.enum(['SEQUENTIAL', 'PARALLEL']),
    participants: z
      .array(
        z.strictObject({
          agencyCode: z.string().min(3).max(35),
          role: z.enum(['LEAD', 'COOPERATING']),
          budget: z.strictObject({ amount: z.number().int().min(1).max(60), unit: z.enum(['WORKING_DAY', 'WORKING_HOUR']) }),
          instructions: text(3, 2000),
        }),
      )
      .min(1)
      .max(10),
  }),
  z.strictObject({ type: z.literal('complete_task'), ...base, taskId: z.uuid(), outcome: text(2, 4000) }),
  z.strictObject({ type: z.literal('approve'), ...base }),
  z.strictObject({ type: z.literal('refuse'), ...base, reason: text(3, 2000) }),
  z.strictObject({ type: z.literal('sign'), ...base }),
  z.strictObject({ type: z.literal('issue_result'), ...base, documentNumber: text(1, 60).optional() }),
  z.strictObject({ type: z.literal('request_payment'), ...base }),
  z.strictObject({
    type: z.literal('record_payment'),
    ...base,
    method: z.enum(['CASH', 'BANK_TRANSFER', 'POSTAL', 'WAIVED']),
    amount: z.number().int().min(0).max(1_000_000_000),
    reference: text(1, 100).optional(),
  }),
  z.strictObject({
    type: z.literal('return_result'),
    ...base,
    method: z.enum(['AT_DESK', 'BY_POST', 'ONLINE']),
    receivedBy: text(2, 120).optional(),
    postalTracking: text(3, 60).optional(),
  }),
  z.strictObject({
    type: z.literal('extend'),
    ...base,
    reason: text(5, 2000),
    newDueAt: CalendarInstant.optional(),
    extraWorkingDays: z.number().int().min(1).max(60).optional(),
  }),
  z.strictObject({ type: z.literal('stop'), ...base, reason: text(3, 2000) }),
  z.strictObject({ type: z.literal('withdraw'), ...base, reason: text(3, 2000) }),
]);
export type ActionInput = z.infer<typeof ActionInput>;
export type ActionInputOf<T extends ActionInput['type']> = Extract<ActionInput, { type: T }>;
