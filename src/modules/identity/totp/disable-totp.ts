/** Turning the second factor off needs a current code, so a borrowed open session alone cannot do it. */
import type { Executor } from '../../../platform/db/database.ts';
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import { deleteOfficerTotp } from './totp.repo.ts';
import { useTotpCode } from './use-totp-code.ts';

export async function disableTotp(tx: Executor, key: SecretKeySource, officerId: string, code: string, now: Date): Promise<boolean> {
  if (!(await useTotpCode(tx, key, officerId, code, now, 'disable'))) return false;
  await deleteOfficerTotp(tx, officerId);
  return true;
}
