/** Turning the second factor off needs a current code, so a borrowed open session alone cannot do it. */
import type { Executor } from '../../../platform/db/database.ts';
import { deleteOfficerTotp } from './totp.repo.ts';
import { useTotpCode } from './use-totp-code.ts';

export async function disableTotp(tx: Executor, officerId: string, code: string, now: Date): Promise<boolean> {
  if (!(await useTotpCode(tx, officerId, code, now, 'disable'))) return false;
  await deleteOfficerTotp(tx, officerId);
  return true;
}
