/** An officer's TOTP secret (see db/migrations/0010_officer_totp.sql for why it is its own table). */
import { bigint, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { officers } from '../identity.tables.ts';

export const officerTotp = pgTable('officer_totp', {
  officerId: uuid('officer_id')
    .primaryKey()
    .references(() => officers.id),
  /** Sealed and bound to the officer (totp-secret.ts); base32 plaintext only in rows from before migration 0012. */
  secret: text('secret').notNull(),
  /** Null while set-up waits for the first code. */
  enabledAt: timestamp('enabled_at', { withTimezone: true }),
  /** The last time step accepted: a code of this step or an earlier one is refused (no replay). */
  lastStep: bigint('last_step', { mode: 'number' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  /** Wrong codes since the last accepted one or the last lock (migration 0014): counted per officer, not per session. */
  failedCodes: integer('failed_codes').notNull().default(0),
  /** While in the future, no code is even checked: the second step is closed. */
  codesLockedUntil: timestamp('codes_locked_until', { withTimezone: true }),
});
