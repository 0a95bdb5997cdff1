/** An API client (DVCQG adapter, kiosk, integration) with scoped roles and a token shown once. */
import { newSecretToken, sha256Hex } from '../../../platform/crypto/hashing.ts';
import { newId } from '../../../platform/ids.ts';
import type { AgencyTree } from '../agency-tree.ts';
import { authorize } from '../identity.policy.ts';
import { insertApiClient, insertGrants, insertToken } from '../identity.repo.ts';
import type { CreateApiClientInput } from '../identity.schemas.ts';
import type { Ctx } from '../policy.ts';
import { resolveGrants } from '../resolve-grants.ts';

export async function createApiClient(
  ctx: Ctx,
  input: { agencies: AgencyTree; client: CreateApiClientInput; /** The demo data's fixed token; otherwise a new one. */ presetToken?: string },
): Promise<{ id: string; token: string; expiresAt: Date | null }> {
  const c = input.client;
  const id = newId();
  const grants = resolveGrants(c.grants, input.agencies, { clientId: id }, ctx.actor.id, ctx.now);
  authorize(ctx.actor, 'api_client.create', grants.map((g) => g.agencyId));
  await insertApiClient(ctx.tx, { id, name: c.name });
  await insertGrants(ctx.tx, grants);
  const token = input.presetToken ?? newSecretToken('mcc');
  const expiresAt = c.tokenDays ? new Date(ctx.now.getTime() + c.tokenDays * 86_400_000) : null;
  await insertToken(ctx.tx, { id: newId(), tokenHash: sha256Hex(token), clientId: id, expiresAt });
  await ctx.audit([{ action: 'api_client.create', entityType: 'api_client', entityId: id, payload: { name: c.name, grants: c.grants } }]);
  return { id, token, expiresAt };
}
