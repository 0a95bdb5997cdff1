/**
 * A replaced or revoked e-result keeps its warehouse item, marked with the new
 * status (Decree 45/2020: the item is never edited in place), so a procedure
 * that would reuse it sees it is no longer valid.
 */
import type { DossierRow } from '../../dossiers/index.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../documents.policy.ts';
import { setWarehouseStatus } from '../documents.repo.ts';

export async function markWarehouseResult(ctx: Ctx, input: { dossier: DossierRow; resultCode: string; status: 'REPLACED' | 'REVOKED' }): Promise<void> {
  authorize(ctx.actor, 'result.mark', input.dossier);
  await setWarehouseStatus(ctx.tx, 'motcua', input.resultCode, input.status, ctx.now);
}
