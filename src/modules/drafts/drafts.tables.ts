/**
 * Submission drafts (migration 0008): a citizen's unfinished online dossier.
 * Answers and component choices are JSON validated by `drafts.schemas.ts` on
 * the way in and out; the partial unique index keeps one open draft per owner
 * and procedure.
 */
import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DraftComponents } from './drafts.schemas.ts';

const tstz = (name: string) => timestamp(name, { withTimezone: true });

export const submissionDrafts = pgTable('submission_drafts', {
  id: uuid('id').primaryKey(),
  ownerIdType: text('owner_id_type').$type<'PERSONAL_ID' | 'TAX_CODE'>().notNull(),
  ownerId: text('owner_id').notNull(),
  actingPersonalId: text('acting_personal_id').notNull(),
  procedureCode: text('procedure_code').notNull(),
  procedureVersionId: uuid('procedure_version_id').notNull(),
  competentAgencyCode: text('competent_agency_code'),
  currentStep: text('current_step').notNull(),
  answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
  components: jsonb('components').$type<DraftComponents>().notNull(),
  deliveryMethod: text('delivery_method').$type<'AT_DESK' | 'BY_POST' | 'ONLINE'>(),
  deliveryAddress: text('delivery_address'),
  createdAt: tstz('created_at').notNull(),
  updatedAt: tstz('updated_at').notNull(),
  submittedDossierId: uuid('submitted_dossier_id'),
});

export type DraftRow = typeof submissionDrafts.$inferSelect;
