/**
 * The development PKI of an installation (MOTCUA_SIGNING=dev): its root and one key per
 * signing subject, kept in the database so that every process of the installation signs and
 * verifies with the same root (ADR 0022). Private keys are sealed under MOTCUA_SECRET_KEY
 * (ADR 0015), bound to their row; a row is never updated (db/migrations/0015).
 */
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const devSigningKeys = pgTable('dev_signing_keys', {
  /** `ca` for the root; `agency-<code>` or `officer-<id>` for a subject. */
  id: text('id').primaryKey(),
  kind: text('kind').notNull().$type<'ca' | 'agency' | 'officer'>(),
  certificatePem: text('certificate_pem').notNull(),
  /** PKCS#8 PEM sealed with the secret key, associated data `dev-signing-key:<id>`. */
  privateKeySealed: text('private_key_sealed').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
