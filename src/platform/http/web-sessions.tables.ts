/**
 * Browser sessions of the portal (citizens, signed in through the identity
 * provider) and of the back office (officers). The cookie carries a random
 * secret; only its SHA-256 is stored, so a leaked table opens no session.
 */
import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const tstz = (name: string) => timestamp(name, { withTimezone: true });

export const webSessions = pgTable(
  'web_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    audience: text('audience').notNull(),
    subject: text('subject').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    csrf: text('csrf').notNull(),
    createdAt: tstz('created_at').notNull(),
    lastSeenAt: tstz('last_seen_at').notNull(),
    expiresAt: tstz('expires_at').notNull(),
  },
  (t) => [index('web_sessions_subject_idx').on(t.audience, t.subject)],
);
