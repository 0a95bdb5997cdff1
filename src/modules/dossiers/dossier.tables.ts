/**
 * Dossiers and their history. `dossier_actions` is the append-only truth (a
 * trigger refuses updates and deletes); the `dossiers` row is the state derived
 * from it, cached for queries and kept in step in the same transaction.
 * Business, payment, delivery and sync state are separate columns (DOMAIN §4.10).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencyIdRef, oneStopDeskIdRef } from '../agencies/table-refs.ts';
import { procedureIdRef, procedureVersionIdRef } from '../catalog/table-refs.ts';
import { workflowDefinitionIdRef } from '../workflow/table-refs.ts';
import type { Applicant, DueExplanationStep } from './dossier.schemas.ts';

const tstz = (name: string) => timestamp(name, { withTimezone: true });

export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey(),
    code: text('code').unique(),
    parentId: uuid('parent_id'),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(procedureIdRef),
    procedureVersionId: uuid('procedure_version_id')
      .notNull()
      .references(procedureVersionIdRef),
    procedureCode: text('procedure_code').notNull(),
    workflowId: uuid('workflow_id')
      .notNull()
      .references(workflowDefinitionIdRef),
    channel: text('channel').notNull(),
    applicantType: text('applicant_type').notNull(),
    ownerIdType: text('owner_id_type').notNull(),
    ownerId: text('owner_id').notNull(),
    ownerName: text('owner_name').notNull(),
    applicant: jsonb('applicant').$type<Applicant>().notNull(),
    title: text('title'),
    formData: jsonb('form_data').$type<Record<string, unknown>>().notNull(),
    receivingDeskId: uuid('receiving_desk_id').references(oneStopDeskIdRef),
    receivingAgencyId: uuid('receiving_agency_id')
      .notNull()
      .references(agencyIdRef),
    competentAgencyId: uuid('competent_agency_id')
      .notNull()
      .references(agencyIdRef),
    /** Every agency with a part in the dossier: the SQL scope of "who may see it". */
    agencyIds: uuid('agency_ids').array().notNull(),
    /** Who must act now: an agency and a role, so a work queue is one index range. */
    queueAgencyId: uuid('queue_agency_id'),
    queueRole: text('queue_role'),
    /** The due date that matters to whoever must act now (intake, step or final); far future while waiting. */
    queueDueAt: tstz('queue_due_at').notNull().default(sql`'9999-12-31T00:00:00Z'`),
    assigneeId: uuid('assignee_id'),
    state: text('state').notNull(),
    step: text('step').notNull(),
    originStep: text('origin_step'),
    isOpen: boolean('is_open').notNull().default(true),
    paymentState: text('payment_state').notNull(),
    deliveryState: text('delivery_state').notNull().default('NONE'),
    syncState: text('sync_state').notNull(),
    deliveryMethod: text('delivery_method'),
    feeTotal: bigint('fee_total', { mode: 'number' }).notNull().default(0),
    submittedAt: tstz('submitted_at').notNull(),
    intakeDueAt: tstz('intake_due_at'),
    receivedAt: tstz('received_at'),
    transferDueAt: tstz('transfer_due_at'),
    originalDueAt: tstz('original_due_at'),
    currentDueAt: tstz('current_due_at'),
    dueExplanation: jsonb('due_explanation').$type<DueExplanationStep[]>(),
    stepStartedAt: tstz('step_started_at').notNull(),
    stepDueAt: tstz('step_due_at'),
    extensionCount: integer('extension_count').notNull().default(0),
    supplementCount: integer('supplement_count').notNull().default(0),
    pausedSince: tstz('paused_since'),
    /** Sum of completed supplement intervals, subtracted for KPIs (DOMAIN §5.5). */
    pausedMs: bigint('paused_ms', { mode: 'number' }).notNull().default(0),
    /** The leader's decision, which decides the kind of result issued (approval or refusal). */
    decision: text('decision'),
    finishedAt: tstz('finished_at'),
    returnedAt: tstz('returned_at'),
    timeliness: text('timeliness'),
    /** When the warning thresholds of the total budget are crossed (MOTCUA_WARN_AT, default 70 % and 90 %). */
    warnAt: tstz('warn_at'),
    alertAt: tstz('alert_at'),
    risk: text('risk').notNull().default('NONE'),
    actionCount: integer('action_count').notNull().default(0),
    createdBy: text('created_by').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('dossiers_queue_idx')
      .on(t.queueAgencyId, t.queueRole, t.queueDueAt, t.id)
      .where(sql`${t.isOpen}`),
    // Work-queue counts as index-only scans (migration 0010).
    index('dossiers_queue_count_idx')
      .on(t.queueAgencyId, t.queueRole, t.state, t.risk, t.assigneeId)
      .where(sql`${t.isOpen}`),
    index('dossiers_assignee_idx')
      .on(t.assigneeId, t.currentDueAt)
      .where(sql`${t.isOpen}`),
    // No pending list: an insert never has to merge a large backlog into the index (multi-second stalls at 1M rows).
    index('dossiers_agency_ids_idx').using('gin', t.agencyIds).with({ fastupdate: false }),
    // Work queues (migration 0010): dossiers waiting for the applicant, which have no agency queue.
    index('dossiers_waiting_idx').using('gin', t.agencyIds).with({ fastupdate: false }).where(sql`${t.isOpen} AND ${t.queueRole} IS NULL`),
    index('dossiers_owner_idx').on(t.ownerIdType, t.ownerId),
    index('dossiers_competent_received_idx').on(t.competentAgencyId, t.receivedAt),
    index('dossiers_parent_idx').on(t.parentId),
    check(
      'dossiers_channel_chk',
      sql`${t.channel} IN ('DESK', 'POST', 'PORTAL', 'DVCQG', 'KIOSK')`,
    ),
    check('dossiers_applicant_type_chk', sql`${t.applicantType} IN ('CITIZEN', 'ORGANISATION')`),
    check(
      'dossiers_payment_state_chk',
      sql`${t.paymentState} IN ('NOT_REQUIRED', 'DUE', 'PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED', 'WAIVED')`,
    ),
    check(
      'dossiers_delivery_state_chk',
      sql`${t.deliveryState} IN ('NONE', 'READY', 'AT_DESK', 'POSTAL_ORDERED', 'IN_TRANSIT', 'DELIVERED', 'DELIVERY_FAILED', 'DOWNLOADED')`,
    ),
    check('dossiers_sync_state_chk', sql`${t.syncState} IN ('NOT_REQUIRED', 'PENDING', 'SYNCED', 'FAILED', 'DRIFT')`),
    check('dossiers_timeliness_chk', sql`${t.timeliness} IS NULL OR ${t.timeliness} IN ('EARLY', 'ON_TIME', 'LATE')`),
    check('dossiers_extension_chk', sql`${t.extensionCount} BETWEEN 0 AND 1`),
    check('dossiers_received_code_chk', sql`${t.receivedAt} IS NULL OR ${t.code} IS NOT NULL`),
    check('dossiers_fee_chk', sql`${t.feeTotal} >= 0`),
    check('dossiers_decision_chk', sql`${t.decision} IS NULL OR ${t.decision} IN ('APPROVED', 'REFUSED')`),
    check('dossiers_risk_chk', sql`${t.risk} IN ('NONE', 'WARN', 'AT_RISK', 'OVERDUE')`),
  ],
);

export const dossierActions = pgTable(
  'dossier_actions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    actionId: text('action_id'),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role'),
    onBehalfOf: text('on_behalf_of'),
    at: tstz('at').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    fromStep: text('from_step'),
    toStep: text('to_step').notNull(),
    fromAgencyId: uuid('from_agency_id'),
    toAgencyId: uuid('to_agency_id'),
    note: text('note'),
    reason: text('reason'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    attachments: jsonb('attachments').$type<{ name: string; ref: string }[]>().notNull().default([]),
  },
  (t) => [unique('dossier_actions_seq_uq').on(t.dossierId, t.seq)],
);

export const dossierComponents = pgTable(
  'dossier_components',
  {
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    required: boolean('required').notNull(),
    copyType: text('copy_type').notNull(),
    quantity: integer('quantity').notNull(),
    provided: boolean('provided').notNull().default(false),
    reused: boolean('reused').notNull().default(false),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.dossierId, t.code] }),
    check('dossier_components_copy_chk', sql`${t.copyType} IN ('ORIGINAL', 'COPY', 'CERTIFIED_COPY')`),
  ],
);

export interface SupplementItem {
  componentCode?: string | undefined;
  /** The e-form answer to correct, when the item is about the declaration rather than a paper. */
  fieldKey?: string | undefined;
  description: string;
  reason: string;
}

export const dossierSupplements = pgTable(
  'dossier_supplements',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    round: integer('round').notNull(),
    stage: text('stage').notNull(),
    items: jsonb('items').$type<SupplementItem[]>().notNull(),
    reason: text('reason').notNull(),
    requestedAt: tstz('requested_at').notNull(),
    requestedBy: text('requested_by').notNull(),
    previousDueAt: tstz('previous_due_at'),
    completedAt: tstz('completed_at'),
    newDueAt: tstz('new_due_at'),
  },
  (t) => [
    unique('dossier_supplements_round_uq').on(t.dossierId, t.stage, t.round),
    check('dossier_supplements_stage_chk', sql`${t.stage} IN ('INTAKE', 'PROCESSING')`),
  ],
);

export const dossierConsultations = pgTable(
  'dossier_consultations',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(agencyIdRef),
    question: text('question').notNull(),
    requestedAt: tstz('requested_at').notNull(),
    requestedBy: text('requested_by').notNull(),
    dueAt: tstz('due_at').notNull(),
    answer: text('answer'),
    answeredAt: tstz('answered_at'),
    answeredBy: text('answered_by'),
  },
  (t) => [
    index('dossier_consultations_dossier_idx').on(t.dossierId),
    // Work queues (migration 0010): open consultations addressed to an agency.
    index('dossier_consultations_open_idx').on(t.agencyId, t.dueAt).where(sql`${t.answeredAt} IS NULL`),
  ],
);

export const dossierTasks = pgTable(
  'dossier_tasks',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(agencyIdRef),
    role: text('role').notNull(),
    mode: text('mode').notNull(),
    crossLevel: boolean('cross_level').notNull().default(false),
    position: integer('position').notNull(),
    instructions: text('instructions').notNull(),
    status: text('status').notNull(),
    activatedAt: tstz('activated_at'),
    dueAt: tstz('due_at'),
    budgetAmount: integer('budget_amount').notNull(),
    budgetUnit: text('budget_unit').notNull(),
    completedAt: tstz('completed_at'),
    completedBy: text('completed_by'),
    outcome: text('outcome'),
  },
  (t) => [
    index('dossier_tasks_dossier_idx').on(t.dossierId),
    index('dossier_tasks_agency_idx').on(t.agencyId, t.status),
    check('dossier_tasks_role_chk', sql`${t.role} IN ('LEAD', 'COOPERATING')`),
    check('dossier_tasks_mode_chk', sql`${t.mode} IN ('SEQUENTIAL', 'PARALLEL')`),
    check('dossier_tasks_status_chk', sql`${t.status} IN ('WAITING', 'OPEN', 'DONE')`),
  ],
);

export const dossierResults = pgTable(
  'dossier_results',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    n: integer('n').notNull(),
    code: text('code').notNull().unique(),
    kind: text('kind').notNull(),
    resultTypeCode: text('result_type_code'),
    title: text('title').notNull(),
    documentNumber: text('document_number'),
    status: text('status').notNull(),
    issuedAt: tstz('issued_at'),
    issuedBy: text('issued_by'),
    replacesId: uuid('replaces_id'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    /** Whether the result is issued as a signed electronic document (the catalogue's result type says). */
    electronic: boolean('electronic').notNull().default(true),
    /** The signed PDF; null until the signing job has run (or for paper-only results). */
    sha256: text('sha256'),
    signerName: text('signer_name'),
    signedAt: tstz('signed_at'),
    /** The result that replaced this one (status REPLACED), and why it was replaced or revoked. */
    replacedById: uuid('replaced_by_id'),
    statusReason: text('status_reason'),
    statusChangedAt: tstz('status_changed_at'),
    statusChangedBy: text('status_changed_by'),
  },
  (t) => [
    unique('dossier_results_n_uq').on(t.dossierId, t.n),
    check('dossier_results_kind_chk', sql`${t.kind} IN ('APPROVAL', 'REFUSAL')`),
    check('dossier_results_status_chk', sql`${t.status} IN ('DRAFT', 'SIGNED', 'ISSUED', 'CANCELLED', 'REPLACED', 'REVOKED')`),
  ],
);

/** One row per receiving agency and day; `FOR UPDATE` through upsert keeps codes gapless under concurrency. */
export const dossierCodeCounters = pgTable(
  'dossier_code_counters',
  {
    scope: text('scope').notNull(),
    day: date('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.day] })],
);
