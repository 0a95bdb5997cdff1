/**
 * Revoking a result (Decree 61 Art. 21): the competent agency's leader marks
 * it REVOKED with the reason; the row, its file and the owner's warehouse item
 * stay, marked, so a verification of the code says it is no longer valid.
 */
import { markWarehouseResult } from '../../documents/index.ts';
import { revokeIssuedResult, type ResultRow } from '../../dossiers/index.ts';
import type { Ctx } from '../../identity/index.ts';
import type { ResultChangeInput } from '../signing.schemas.ts';
import { resultToChange } from './result-to-change.ts';

export async function revokeResult(ctx: Ctx, input: { code: string } & Pick<ResultChangeInput, 'reason'>): Promise<ResultRow> {
  const { result, dossier } = await resultToChange(ctx, input.code, 'result.revoke');
  const revoked = await revokeIssuedResult(ctx, { result, reason: input.reason });
  await markWarehouseResult(ctx, { dossier, resultCode: result.code, status: 'REVOKED' });
  await ctx.audit([{ action: 'result.revoked', entityType: 'dossier', entityId: result.dossierId, payload: { result: result.code, reason: input.reason } }]);
  await ctx.publish([{ type: 'result.revoked', aggregateType: 'dossier', aggregateId: result.dossierId, payload: { result: result.code } }]);
  return revoked;
}
