/** Guides and news shown on the portal (migration 0007). A draft has no publishedAt. */
import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencyIdRef } from '../agencies/table-refs.ts';

export const articles = pgTable('articles', {
  id: uuid('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  body: text('body').notNull(),
  agencyId: uuid('agency_id').references(agencyIdRef),
  procedureCode: text('procedure_code'),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  /** Raised by every edit, so an edit made from a stale form is refused instead of lost. */
  version: integer('version').notNull().default(1),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type ArticleRow = typeof articles.$inferSelect;
