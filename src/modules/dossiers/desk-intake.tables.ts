/**
 * Desk intake drafts: what the officer typed at the counter before the dossier
 * exists, the dossier once registered (unique, so a double submission finds it),
 * and the instants that measure the desk's handling time.
 */
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneStopDeskIdRef } from '../agencies/table-refs.ts';
import { dossiers } from './dossier.tables.ts';

const tstz = (name: string) => timestamp(name, { withTimezone: true });

export const deskIntakes = pgTable(
  'desk_intakes',
  {
    id: uuid('id').primaryKey(),
    officerId: uuid('officer_id').notNull(),
    deskId: uuid('desk_id')
      .notNull()
      .references(oneStopDeskIdRef),
    procedureCode: text('procedure_code').notNull(),
    formValues: jsonb('form_values').$type<Record<string, string | string[]>>().notNull(),
    dossierId: uuid('dossier_id')
      .unique()
      .references(() => dossiers.id),
    decision: text('decision').$type<'receive' | 'request_intake_supplement' | 'reject_intake'>(),
    startedAt: tstz('started_at').notNull(),
    decidedAt: tstz('decided_at'),
    durationMs: integer('duration_ms'),
    updatedAt: tstz('updated_at').notNull(),
  },
  (t) => [index('desk_intakes_officer_idx').on(t.officerId, t.decidedAt), index('desk_intakes_desk_decided_idx').on(t.deskId, t.decidedAt)],
);
