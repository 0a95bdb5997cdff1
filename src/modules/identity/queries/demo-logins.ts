/**
 * The demo accounts that still open with the demo password (src/modules/identity/seed): a
 * development database run in production would otherwise keep logins that the README prints
 * for anyone to read. Used by the production guards (src/production-guards.ts) at start-up;
 * it changes nothing, and records nothing, unlike a sign-in attempt.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database.ts';
import { officers } from '../identity.tables.ts';
import { verifyPassword } from '../password.ts';
import { DEMO_PASSWORD, demoOfficers } from '../seed/demo-officers.ts';

/** Usernames of active demo officers whose password is still the demo password. */
export async function openDemoLogins(db: Executor): Promise<string[]> {
  const names = demoOfficers.map((o) => o.username);
  const rows = await db
    .select({ username: officers.username, passwordHash: officers.passwordHash })
    .from(officers)
    .where(and(inArray(officers.username, names), eq(officers.active, true)));
  const open: string[] = [];
  // One at a time: argon2id takes ≈ 16 ms and 19 MiB each; two dozen accounts at start-up is fine.
  for (const r of rows) if (await verifyPassword(r.passwordHash, DEMO_PASSWORD)) open.push(r.username);
  return open.sort();
}
