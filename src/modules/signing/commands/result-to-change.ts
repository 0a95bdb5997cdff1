/**
 * The start of a replacement or revocation: the result and its dossier,
 * locked. A result whose dossier the actor cannot see does not exist for them
 * (404); seeing it is not enough to change it (403 from the policy).
 */
import { NotFoundError } from '../../../platform/errors.ts';
import { canSee, lockResultForChange, type DossierRow, type ResultRow } from '../../dossiers/index.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../signing.policy.ts';

export async function resultToChange(ctx: Ctx, code: string, permission: 'result.replace' | 'result.revoke'): Promise<{ result: ResultRow; dossier: DossierRow }> {
  const found = await lockResultForChange(ctx, code);
  if (!found || !canSee(ctx.actor, found.dossier)) throw new NotFoundError('documents.resultNotFound', { code });
  authorize(ctx.actor, permission, found.dossier);
  return found;
}
