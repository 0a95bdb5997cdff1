/**
 * Sign-ins started at the identity provider and not yet finished (migration
 * 0006). Only hashes of the state and of the browser's cookie are stored as keys.
 */
import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const tstz = (name: string) => timestamp(name, { withTimezone: true });

export const oidcLoginAttempts = pgTable(
  'oidc_login_attempts',
  {
    stateHash: text('state_hash').primaryKey(),
    browserHash: text('browser_hash').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    nextUrl: text('next_url').notNull(),
    createdAt: tstz('created_at').notNull(),
    expiresAt: tstz('expires_at').notNull(),
  },
  (t) => [index('oidc_login_attempts_expiry_idx').on(t.expiresAt)],
);
