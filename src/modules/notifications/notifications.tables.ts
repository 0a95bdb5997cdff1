/**
 * The citizen's inbox and the editable wording of its messages (migration 0009).
 * A message is written once per (dossier, source event): retries of the job that
 * writes it find the row already there.
 */
import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { dossierIdRef } from '../dossiers/table-refs.ts';

const tstz = (name: string) => timestamp(name, { withTimezone: true });

/** One row per event kind; `{code}`, `{procedure}`, `{date}`… are filled when a message is written. */
export const notificationTemplates = pgTable('notification_templates', {
  kind: text('kind').primaryKey(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
  updatedBy: text('updated_by'),
});

export const citizenNotifications = pgTable(
  'citizen_notifications',
  {
    id: uuid('id').primaryKey(),
    ownerIdType: text('owner_id_type').notNull(),
    ownerId: text('owner_id').notNull(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(dossierIdRef),
    sourceEventId: uuid('source_event_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link').notNull(),
    createdAt: tstz('created_at').notNull(),
    readAt: tstz('read_at'),
  },
  (t) => [unique('citizen_notifications_event_uq').on(t.dossierId, t.sourceEventId), index('citizen_notifications_owner_idx').on(t.ownerIdType, t.ownerId, t.createdAt)],
);
