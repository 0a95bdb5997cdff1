/**
 * Officers, API clients, their role grants and access tokens. A grant is
 * (principal, role, agency, subtree?, validity) — roles are always scoped to a
 * part of the agency tree (DOMAIN §14). Citizens sign in through an identity
 * provider and have no password here.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencyIdRef } from '../agencies/table-refs.ts';

const tstz = (name: string) => timestamp(name, { withTimezone: true });

export const officers = pgTable(
  'officers',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    title: text('title'),
    email: text('email'),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: tstz('locked_until'),
    active: boolean('active').notNull().default(true),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('officers_username_uq').on(t.username),
    check('officers_username_chk', sql`${t.username} ~ '^[a-z0-9._-]{3,64}$'`),
  ],
);

export const apiClients = pgTable('api_clients', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: tstz('created_at').notNull().defaultNow(),
});

export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey(),
    officerId: uuid('officer_id').references(() => officers.id),
    clientId: uuid('client_id').references(() => apiClients.id),
    role: text('role').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(agencyIdRef),
    includeSubtree: boolean('include_subtree').notNull().default(true),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    grantedBy: text('granted_by').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('role_grants_officer_idx').on(t.officerId),
    index('role_grants_client_idx').on(t.clientId),
    check('role_grants_principal_chk', sql`(${t.officerId} IS NULL) <> (${t.clientId} IS NULL)`),
    check(
      'role_grants_role_chk',
      sql`${t.role} IN ('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'LEADER', 'RECORDS_CLERK', 'SUPERVISOR', 'ADMIN', 'POSTAL_AGENT', 'OPERATOR', 'INTEGRATION', 'KIOSK')`,
    ),
  ],
);

export const accessTokens = pgTable(
  'access_tokens',
  {
    id: uuid('id').primaryKey(),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    officerId: uuid('officer_id').references(() => officers.id),
    clientId: uuid('client_id').references(() => apiClients.id),
    expiresAt: tstz('expires_at'),
    revokedAt: tstz('revoked_at'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [check('access_tokens_principal_chk', sql`(${t.officerId} IS NULL) <> (${t.clientId} IS NULL)`)],
);
