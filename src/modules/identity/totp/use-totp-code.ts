/**
 * Checking a code against an officer's secret and spending it: the step it
 * matched becomes the last used one in the same statement that checks it is
 * newer, so a code (or an older one) never works twice, even in a race.
 */
import type { Executor } from '../../../platform/db/database.ts';
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import { claimStep, findOfficerTotp } from './totp.repo.ts';
import { openTotpSecret, sealTotpSecret } from './totp-secret.ts';
import { verifyTotp } from './totp.ts';

/** `sign-in`/`disable` need an enabled secret; `enable` the pending one. */
export type TotpPurpose = 'sign-in' | 'enable' | 'disable';

export async function useTotpCode(db: Executor, key: SecretKeySource, officerId: string, code: string, now: Date, purpose: TotpPurpose): Promise<boolean> {
  const row = await findOfficerTotp(db, officerId);
  if (!row || (purpose === 'enable') !== (row.enabledAt === null)) return false;
  // A secret that does not open (altered, another key, copied from another officer) verifies nothing.
  const stored = openTotpSecret(row.secret, officerId, key);
  if (!stored) return false;
  const step = verifyTotp(stored.secret, code.replace(/\s/g, ''), now, row.lastStep);
  if (step === null) return false;
  // A legacy plaintext row (written before migration 0012) is re-sealed by the same update that spends the
  // code, so it leaves the database the first time it proves itself, and never on a failed attempt.
  const store = stored.legacy ? sealTotpSecret(stored.secret, officerId, key) : row.secret;
  return claimStep(db, { officerId, step, now, enable: purpose === 'enable', verified: row.secret, store });
}

/** Whether the officer must give a code after the password. */
export async function totpEnabled(db: Executor, officerId: string): Promise<boolean> {
  return (await totpEnabledSince(db, officerId)) !== null;
}

/** When the officer's second factor was turned on, or null while it is off (or only being set up). */
export async function totpEnabledSince(db: Executor, officerId: string): Promise<Date | null> {
  return (await findOfficerTotp(db, officerId))?.enabledAt ?? null;
}
