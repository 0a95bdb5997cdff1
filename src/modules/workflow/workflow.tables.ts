/**
 * Versioned workflow definitions. The definition itself is a validated JSON
 * document (see workflow.schemas.ts); once published it is frozen by trigger.
 */
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { WorkflowDefinition } from './workflow.schemas.ts';

export const workflowDefinitions = pgTable(
  'workflow_definitions',
  {
    id: uuid('id').primaryKey(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    name: text('name').notNull(),
    definition: jsonb('definition').$type<WorkflowDefinition>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('workflow_definitions_key_version_uq').on(t.key, t.version),
    check('workflow_definitions_status_chk', sql`${t.status} IN ('DRAFT', 'PUBLISHED', 'RETIRED')`),
  ],
);
