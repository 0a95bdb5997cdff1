/** Set-up of the second factor: a secret is kept pending until the officer proves their app holds it. */
import type { Executor } from '../../../platform/db/database.ts';
import { findOfficerTotp, upsertPendingSecret } from './totp.repo.ts';
import { newTotpSecret } from './totp.ts';

export type TotpStatus = { enabled: true; since: Date } | { enabled: false; pendingSecret: string };

/** The officer's status; when not enabled, a pending secret (the same one on every visit until confirmed). */
export async function startTotpSetup(db: Executor, officerId: string, now: Date): Promise<TotpStatus> {
  const row = await findOfficerTotp(db, officerId);
  if (row?.enabledAt) return { enabled: true, since: row.enabledAt };
  if (row) return { enabled: false, pendingSecret: row.secret };
  const secret = newTotpSecret();
  await upsertPendingSecret(db, officerId, secret, now);
  // A concurrent first visit may have stored its own secret first: show whichever was kept.
  const kept = await findOfficerTotp(db, officerId);
  return kept?.enabledAt ? { enabled: true, since: kept.enabledAt } : { enabled: false, pendingSecret: kept?.secret ?? secret };
}
