/** Signing out over the API: the caller's bearer token stops working (at once here, within 30 s in other processes). */
import { sha256Hex } from '../../../platform/crypto/hashing.ts';
import { authorize } from '../identity.policy.ts';
import { revokeToken } from '../identity.repo.ts';
import type { Ctx } from '../policy.ts';

export async function revokeAccessToken(ctx: Ctx, input: { token: string; /** The authenticator's cache, cleared after commit. */ authenticator: { forget(token: string): void } }): Promise<void> {
  authorize(ctx.actor, 'token.revoke', null);
  await revokeToken(ctx.tx, sha256Hex(input.token), ctx.now);
  ctx.afterCommit(() => input.authenticator.forget(input.token));
}
