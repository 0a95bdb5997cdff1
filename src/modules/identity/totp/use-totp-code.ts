/**
 * Checking a code against an officer's secret and spending it: the step it
 * matched becomes the last used one in the same statement that checks it is
 * newer, so a code (or an older one) never works twice, even in a race.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { claimStep, findOfficerTotp } from './totp.repo.ts';
import { verifyTotp } from './totp.ts';

/** `sign-in`/`disable` need an enabled secret; `enable` the pending one. */
export type TotpPurpose = 'sign-in' | 'enable' | 'disable';

export async function useTotpCode(db: Executor, officerId: string, code: string, now: Date, purpose: TotpPurpose): Promise<boolean> {
  const row = await findOfficerTotp(db, officerId);
  if (!row || (purpose === 'enable') !== (row.enabledAt === null)) return false;
  const step = verifyTotp(row.secret, code.replace(/\s/g, ''), now, row.lastStep);
  if (step === null) return false;
  return claimStep(db, officerId, step, now, purpose === 'enable');
}

/** Whether the officer must give a code after the password. */
export async function totpEnabled(db: Executor, officerId: string): Promise<boolean> {
  const row = await findOfficerTotp(db, officerId);
  return row !== undefined && row.enabledAt !== null;
}
