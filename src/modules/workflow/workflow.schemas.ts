/**
 * The shape of a workflow definition. Steps carry the role that acts, the
 * internal business state they mean and a time budget; actions are drawn from a
 * fixed set whose semantics live in code (action-types.ts), and guards are typed
 * predicates — never a string-parsed mini-language (DOMAIN §16.4).
 */
import { z } from 'zod';
import { officerRoles } from '../identity/index.ts';

export const businessStates = [
  'SUBMITTED',
  'INTAKE_SUPPLEMENT',
  'RECEIVED',
  'REJECTED_AT_INTAKE',
  'ASSIGNED',
  'APPRAISAL',
  'VERIFICATION',
  'CONSULTATION',
  'INTERAGENCY',
  'AWAITING_APPROVAL',
  'SIGNING',
  'ISSUING',
  'SUPPLEMENT_REQUESTED',
  'AWAITING_PAYMENT',
  'WITHDRAWN',
  'STOPPED',
  'RESULT_READY',
  'RETURNED',
] as const;
export const BusinessState = z.enum(businessStates);
export type BusinessState = z.infer<typeof BusinessState>;

/** Roles an officer can hold (DOMAIN §1.1, kept by identity), plus APPLICANT for steps where the applicant acts. */
export { officerRoles };
export const OfficerRole = z.enum(officerRoles);
export type OfficerRole = z.infer<typeof OfficerRole>;

export const ActorRole = z.enum([...officerRoles, 'APPLICANT']);
export type ActorRole = z.infer<typeof ActorRole>;

export const actionTypes = [
  'receive',
  'request_intake_supplement',
  'complete_intake_supplement',
  'reject_intake',
  'transfer',
  'assign',
  'forward',
  'request_supplement',
  'complete_supplement',
  'consult',
  'reply_consultation',
  'start_interagency',
  'complete_task',
  'approve',
  'refuse',
  'sign',
  'issue_result',
  'request_payment',
  'record_payment',
  'return_result',
  'extend',
  'stop',
  'withdraw',
] as const;
export const ActionType = z.enum(actionTypes);
export type ActionType = z.infer<typeof ActionType>;

export const Guard = z.discriminatedUnion('kind', [
  /** The actor must be the officer the dossier is assigned to (DOMAIN §14: role alone is not enough). */
  z.strictObject({ kind: z.literal('assignedToActor') }),
  /** Four-eyes: the actor must not be whoever took these actions (by action id) on the dossier. */
  z.strictObject({ kind: z.literal('notSameActorAs'), actions: z.array(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/)).min(1) }),
  /**
   * Fees settled (PAID or WAIVED) or none due. With a stage, only enforced when the procedure
   * wants payment by then (its payment timing: before processing, before the result, at return).
   */
  z.strictObject({ kind: z.literal('paymentSettled'), stage: z.enum(['PROCESSING', 'RESULT', 'RETURN']).optional() }),
  /** A fee is still to be paid (so recording a payment makes sense). */
  z.strictObject({ kind: z.literal('paymentDue') }),
  z.strictObject({ kind: z.literal('noOpenConsultations') }),
  z.strictObject({ kind: z.literal('allTasksCompleted') }),
  z.strictObject({ kind: z.literal('maxExtensions'), max: z.number().int().min(0) }),
  /** The action must happen at least `days` working days before the current due date. */
  z.strictObject({ kind: z.literal('beforeDueByWorkingDays'), days: z.number().int().min(1) }),
  /** "Once and complete" (DOMAIN §4.2, §16.3): at most `max` requests at this stage. */
  z.strictObject({ kind: z.literal('maxSupplementRounds'), max: z.number().int().min(0), stage: z.enum(['INTAKE', 'PROCESSING']).default('PROCESSING') }),
  /** Post-appraisal supplement requests come within this many working days of receipt (Art. 19(4)). */
  z.strictObject({ kind: z.literal('withinWorkingDaysOfReceipt'), days: z.number().int().min(1) }),
  z.strictObject({ kind: z.literal('requiredComponentsProvided') }),
  z.strictObject({ kind: z.literal('hasResult') }),
]);
export type Guard = z.infer<typeof Guard>;
export type GuardKind = Guard['kind'];

export const Budget = z.strictObject({
  amount: z.number().positive().max(10_000),
  unit: z.enum(['WORKING_HOUR', 'WORKING_DAY']),
});
export type Budget = z.infer<typeof Budget>;

const slug = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _');

export const WorkflowAction = z.strictObject({
  id: slug,
  type: ActionType,
  /** The step this action leads to; omitted for actions that stay (consult, record_payment, extend…). */
  to: slug.optional(),
  /** Back to the step the dossier was in before the waiting step (supplement round trips). */
  returnToOrigin: z.literal(true).optional(),
  /** Who may take it; defaults to the step's role. */
  roles: z.array(ActorRole).min(1).optional(),
  guards: z.array(Guard).default([]),
  label: z.string().min(1).max(120).optional(),
  /** Whose officers take this action, when not the step's (e.g. the competent agency's leader stops a dossier waiting at the desk). */
  agency: z.enum(['RECEIVING', 'COMPETENT']).optional(),
});
export type WorkflowAction = z.infer<typeof WorkflowAction>;

export const StepAgency = z.enum(['RECEIVING', 'COMPETENT']);
export type StepAgency = z.infer<typeof StepAgency>;

export const WorkflowStep = z.strictObject({
  id: slug,
  name: z.string().min(1).max(160),
  nameEn: z.string().min(1).max(160).optional(),
  state: BusinessState,
  /** Who acts at this step; null on terminal steps. */
  role: ActorRole.nullable(),
  /** Whose officers act: the receiving desk's agency or the competent agency (inter-agency tasks are acted on by their own agency). */
  agency: StepAgency,
  budget: Budget.optional(),
  terminal: z.boolean().default(false),
  actions: z.array(WorkflowAction).default([]),
});
export type WorkflowStep = z.infer<typeof WorkflowStep>;

export const InteragencyPolicy = z.strictObject({
  modes: z.array(z.enum(['SEQUENTIAL', 'PARALLEL'])).min(1),
  crossLevel: z.boolean().default(false),
});

export const WorkflowDefinition = z.strictObject({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/),
  version: z.number().int().min(1).max(1_000_000),
  name: z.string().min(1).max(200),
  start: slug,
  steps: z.array(WorkflowStep).min(2).max(60),
  interagency: InteragencyPolicy.optional(),
});
export type WorkflowDefinition = z.infer<typeof WorkflowDefinition>;
export type WorkflowDefinitionInput = z.input<typeof WorkflowDefinition>;
