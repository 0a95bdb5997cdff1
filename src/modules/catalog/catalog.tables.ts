/**
 * The procedure catalogue. A procedure is a stable code and name; what it asks
 * for, costs and takes lives in numbered versions. A version is published once
 * and never edited (a trigger refuses it), and dossiers keep the version they
 * started with (DOMAIN §16.1).
 */
import { sql } from 'drizzle-orm';
import {
  check,
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
import { agencyIdRef } from '../agencies/table-refs.ts';
import { workflowDefinitionIdRef } from '../workflow/table-refs.ts';
import type { EformSchema, ProcedureDetails } from './catalog.schemas.ts';

export const fields = pgTable('fields', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  sector: text('sector').notNull(),
});

export const procedures = pgTable(
  'procedures',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    fieldCode: text('field_code')
      .notNull()
      .references(() => fields.code),
    level: text('level').notNull(),
    onlineLevel: text('online_level').notNull(),
    /** Accent-folded, lower-cased code + name + field, maintained by trigger for trigram search. */
    searchText: text('search_text').notNull().default(''),
    currentVersionId: uuid('current_version_id'),
    lifeEvents: text('life_events').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('procedures_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('procedures_field_idx').on(t.fieldCode),
    check('procedures_code_chk', sql`${t.code} ~ '^[1-9]\\.[0-9]{6}(\\.[0-9A-Z.]+)?$'`),
    check('procedures_level_chk', sql`${t.level} IN ('CENTRAL', 'PROVINCE', 'COMMUNE')`),
    check('procedures_online_chk', sql`${t.onlineLevel} IN ('FULL', 'PARTIAL', 'NONE')`),
  ],
);

export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: uuid('id').primaryKey(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    name: text('name').notNull(),
    onlineLevel: text('online_level').notNull(),
    durationAmount: integer('duration_amount').notNull(),
    durationUnit: text('duration_unit').notNull(),
    serviceTargetAmount: integer('service_target_amount'),
    cutoffTime: text('cutoff_time').notNull().default('15:00'),
    supplementMode: text('supplement_mode').notNull().default('RESTART'),
    paymentTiming: text('payment_timing').notNull().default('BEFORE_RESULT'),
    details: jsonb('details').$type<ProcedureDetails>().notNull(),
    eformSchema: jsonb('eform_schema').$type<EformSchema>().notNull(),
    workflowId: uuid('workflow_id')
      .notNull()
      .references(workflowDefinitionIdRef),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: text('published_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('procedure_versions_number_uq').on(t.procedureId, t.version),
    check('procedure_versions_status_chk', sql`${t.status} IN ('DRAFT', 'PUBLISHED', 'RETIRED')`),
    check('procedure_versions_unit_chk', sql`${t.durationUnit} IN ('HOUR', 'WORKING_DAY', 'DAY', 'MONTH')`),
    check('procedure_versions_amount_chk', sql`${t.durationAmount} >= 0`),
    check('procedure_versions_supplement_chk', sql`${t.supplementMode} IN ('RESTART', 'PAUSE')`),
    check('procedure_versions_payment_chk', sql`${t.paymentTiming} IN ('BEFORE_PROCESSING', 'BEFORE_RESULT', 'AT_RETURN')`),
    check('procedure_versions_cutoff_chk', sql`${t.cutoffTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
  ],
);

/** Which agencies are competent for a version: kept as rows so "browse by agency" is an indexed join. */
export const procedureVersionAgencies = pgTable(
  'procedure_version_agencies',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => procedureVersions.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(agencyIdRef),
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.agencyId] }),
    index('procedure_version_agencies_agency_idx').on(t.agencyId),
    check('procedure_version_agencies_role_chk', sql`${t.role} IN ('COMPETENT', 'RECEIVING', 'COOPERATING')`),
  ],
);
