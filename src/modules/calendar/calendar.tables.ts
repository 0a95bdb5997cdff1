/**
 * Working calendars. Statutory holidays are computed for any year; the yearly
 * government notice (exact Tết range, substitute days, make-up Saturdays) is
 * kept as editable rows, one per date (DOMAIN §5.3).
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { WorkingHours } from './engine/types.ts';

export const calendars = pgTable('calendars', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  workingHours: jsonb('working_hours').$type<WorkingHours>().notNull(),
  cutoffTime: text('cutoff_time').notNull().default('15:00'),
});

export const calendarDays = pgTable(
  'calendar_days',
  {
    calendarCode: text('calendar_code')
      .notNull()
      .references(() => calendars.code),
    day: date('day').notNull(),
    type: text('type').notNull(),
    label: text('label').notNull(),
    sourceDocument: text('source_document'),
    /** Optional holidays (e.g. 24/11) are kept as rows that an administrator switches on or off. */
    optional: boolean('optional').notNull().default(false),
    active: boolean('active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.calendarCode, t.day] }),
    check('calendar_days_type_chk', sql`${t.type} IN ('HOLIDAY', 'SUBSTITUTE_HOLIDAY', 'MAKEUP_WORKDAY', 'CLOSURE')`),
  ],
);

/**
 * A year whose official notice has been entered. For such a year the rows are
 * the whole truth; for other years the statutory holidays are computed.
 */
export const calendarYears = pgTable(
  'calendar_years',
  {
    calendarCode: text('calendar_code')
      .notNull()
      .references(() => calendars.code),
    year: integer('year').notNull(),
    sourceDocument: text('source_document').notNull(),
    status: text('status').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.calendarCode, t.year] }),
    check('calendar_years_status_chk', sql`${t.status} IN ('OFFICIAL', 'PROVISIONAL')`),
  ],
);
