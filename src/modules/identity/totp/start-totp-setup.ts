/** Set-up of the second factor: a secret is kept pending until the officer proves their app holds it. */
import type { Executor } from '../../../platform/db/database.ts';
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import { findOfficerTotp, upsertPendingSecret, type OfficerTotpRow } from './totp.repo.ts';
import { openTotpSecret, sealTotpSecret } from './totp-secret.ts';
import { newTotpSecret } from './totp.ts';

export type TotpStatus = { enabled: true; since: Date } | { enabled: false; pendingSecret: string };

/** The officer's status; when not enabled, a pending secret (the same one on every visit until confirmed). */
export async function startTotpSetup(db: Executor, key: SecretKeySource, officerId: string, now: Date): Promise<TotpStatus> {
  const row = await findOfficerTotp(db, officerId);
  if (row?.enabledAt) return { enabled: true, since: row.enabledAt };
  const pending = pendingOf(row, officerId, key);
  if (pending) return { enabled: false, pendingSecret: pending };
  // No pending secret, or one that does not open (nothing can be confirmed with it): store a fresh one.
  const secret = newTotpSecret();
  await upsertPendingSecret(db, officerId, sealTotpSecret(secret, officerId, key), now);
  // A concurrent first visit may have stored its own secret first: show whichever was kept.
  const kept = await findOfficerTotp(db, officerId);
  return kept?.enabledAt ? { enabled: true, since: kept.enabledAt } : { enabled: false, pendingSecret: pendingOf(kept, officerId, key) ?? secret };
}

function pendingOf(row: OfficerTotpRow | undefined, officerId: string, key: SecretKeySource): string | undefined {
  return row ? openTotpSecret(row.secret, officerId, key)?.secret : undefined;
}
