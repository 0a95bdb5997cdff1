/**
 * Agencies, one-stop desks and administrative units. All are effective-dated:
 * the 2025 reorganisation created new units, and a dossier keeps the agency
 * that was valid when it was received (DOMAIN §1.3, §6.3).
 */
import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const adminUnits = pgTable(
  'admin_units',
  {
    id: uuid('id').primaryKey(),
    /** The statistics office code (mã ĐVHC); reused codes are told apart by their validity dates. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    legalBasis: text('legal_basis'),
  },
  (t) => [
    index('admin_units_parent_idx').on(t.parentId),
    uniqueIndex('admin_units_current_code_uq').on(t.code).where(sql`${t.validTo} IS NULL`),
    check('admin_units_kind_chk', sql`${t.kind} IN ('PROVINCE', 'CITY', 'WARD', 'COMMUNE', 'SPECIAL_ZONE', 'DISTRICT')`),
  ],
);

export const adminUnitLineage = pgTable(
  'admin_unit_lineage',
  {
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => adminUnits.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => adminUnits.id),
    effectiveOn: date('effective_on').notNull(),
    legalBasis: text('legal_basis'),
  },
  (t) => [primaryKey({ columns: [t.predecessorId, t.successorId] })],
);

export interface WorkingHours {
  weekdays: number[];
  intervals: [string, string][];
}

export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    parentId: uuid('parent_id'),
    /** Materialised path of ancestor ids, `/root/…/self/`: subtree scopes become one indexed LIKE. */
    path: text('path').notNull(),
    adminUnitId: uuid('admin_unit_id').references(() => adminUnits.id),
    calendarCode: text('calendar_code').notNull().default('VN'),
    workingHours: jsonb('working_hours').$type<WorkingHours>(),
    address: text('address'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agencies_parent_idx').on(t.parentId),
    index('agencies_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    check(
      'agencies_kind_chk',
      sql`${t.kind} IN ('PEOPLES_COMMITTEE', 'MINISTRY', 'SERVICE_CENTRE', 'DEPARTMENT', 'DIVISION', 'POST', 'OFFICE', 'VERTICAL_UNIT')`,
    ),
    check('agencies_level_chk', sql`${t.level} IN ('CENTRAL', 'PROVINCE', 'COMMUNE')`),
    check('agencies_code_chk', sql`${t.code} ~ '^[0-9A-Z.]{3,35}$'`),
  ],
);

/** Other spellings of an agency code: the legacy right-to-left layout, and codes used before a reorganisation. */
export const agencyCodeAliases = pgTable('agency_code_aliases', {
  alias: text('alias').primaryKey(),
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  kind: text('kind').notNull(),
  note: text('note'),
});

export const agencyLineage = pgTable(
  'agency_lineage',
  {
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => agencies.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => agencies.id),
    event: text('event').notNull(),
    effectiveOn: date('effective_on').notNull(),
    legalBasis: text('legal_basis'),
  },
  (t) => [
    primaryKey({ columns: [t.predecessorId, t.successorId] }),
    check('agency_lineage_event_chk', sql`${t.event} IN ('MERGER', 'SPLIT', 'RENAME', 'TRANSFER_OF_FUNCTIONS')`),
  ],
);

export const oneStopDesks = pgTable(
  'one_stop_desks',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    address: text('address'),
    adminUnitId: uuid('admin_unit_id').references(() => adminUnits.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [index('one_stop_desks_agency_idx').on(t.agencyId)],
);
