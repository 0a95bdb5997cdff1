/** An API client (DVCQG adapter, kiosk, integration) with scoped roles and a token shown once. */
import { newSecretToken, sha256Hex } from '../../../platform/crypto/hashing.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import type { AgencySnapshot } from '../../agencies/index.ts';
import { insertApiClient, insertGrants, insertToken } from '../identity.repo.ts';
import type { CreateApiClientInput } from '../identity.schemas.ts';
import { resolveGrants } from './resolve-grants.ts';

export async function createApiClient(
  tx: Executor,
  agencies: AgencySnapshot,
  input: CreateApiClientInput,
  grantedBy: string,
  now: Date,
  presetToken?: string,
): Promise<{ id: string; token: string; expiresAt: Date | null }> {
  const id = newId();
  const grants = resolveGrants(input.grants, agencies, { clientId: id }, grantedBy, now);
  await insertApiClient(tx, { id, name: input.name });
  await insertGrants(tx, grants);
  const token = presetToken ?? newSecretToken('mcc');
  const expiresAt = input.tokenDays ? new Date(now.getTime() + input.tokenDays * 86_400_000) : null;
  await insertToken(tx, { id: newId(), tokenHash: sha256Hex(token), clientId: id, expiresAt });
  return { id, token, expiresAt };
}
