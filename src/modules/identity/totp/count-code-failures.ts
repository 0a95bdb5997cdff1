/**
 * The second step's own lockout (issue 11, item 2). Wrong codes are counted on the officer's
 * `officer_totp` row — not in a browser session, not per request — so the web, the API, other
 * sessions and other processes share one count, and a correct password never resets it. The
 * row is locked first: parallel guesses are checked one after another, each seeing the failures
 * before it. After `maxFailures` wrong codes no code is checked at all until the lock ends.
 */
import type { Executor } from '../../../platform/db/database.ts';
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import type { LockoutPolicy } from '../password-check.ts';
import { clearCodeFailures, findOfficerTotp, lockOfficerTotp, recordCodeFailure } from './totp.repo.ts';
import { useTotpCode } from './use-totp-code.ts';

export type CountedCode = { ok: true } | { ok: false; locked: false; failures: number } | { ok: false; locked: true; minutes: number };

const minutesUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

/** Checks and spends a code of an enabled secret (signing in, turning the factor off), counting a wrong one. */
export async function useCountedTotpCode(
  db: Executor,
  key: SecretKeySource,
  officerId: string,
  code: string,
  now: Date,
  purpose: 'sign-in' | 'disable',
  policy: LockoutPolicy,
): Promise<CountedCode> {
  const row = await lockOfficerTotp(db, officerId);
  if (!row || row.enabledAt === null) return { ok: false, locked: false, failures: 0 };
  if (row.codesLockedUntil && row.codesLockedUntil > now) return { ok: false, locked: true, minutes: minutesUntil(row.codesLockedUntil, now) };
  if (await useTotpCode(db, key, officerId, code, now, purpose)) {
    await clearCodeFailures(db, officerId);
    return { ok: true };
  }
  const after = await recordCodeFailure(db, officerId, policy.maxFailures, new Date(now.getTime() + policy.lockMinutes * 60_000), now);
  if (after?.codesLockedUntil && after.codesLockedUntil > now) return { ok: false, locked: true, minutes: policy.lockMinutes };
  return { ok: false, locked: false, failures: after?.failedCodes ?? 0 };
}

/** Minutes left while the officer's second step is closed, or null when codes may be tried. */
export async function totpLockedFor(db: Executor, officerId: string, now: Date): Promise<number | null> {
  const row = await findOfficerTotp(db, officerId);
  if (!row?.codesLockedUntil || row.codesLockedUntil <= now) return null;
  return minutesUntil(row.codesLockedUntil, now);
}
