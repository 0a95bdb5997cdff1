/**
 * Errors in a result are never fixed by editing it (Decree 61 Art. 21; Decree
 * 45/2020): the competent agency's leader issues a replacement that names the
 * old one. The old result and its file stay, marked REPLACED with the reason,
 * in the dossier and in the owner's data warehouse; the replacement is signed
 * by the same job as any new result (the event below wakes it). The
 * replacement's code follows the configured result code style.
 */
import { markWarehouseResult } from '../../documents/index.ts';
import { replaceIssuedResult, type ResultRow } from '../../dossiers/index.ts';
import type { Ctx } from '../../identity/index.ts';
import type { SigningDeps } from '../signing.deps.ts';
import type { ResultChangeInput } from '../signing.schemas.ts';
import { resultToChange } from './result-to-change.ts';

export async function replaceResult(ctx: Ctx, deps: Pick<SigningDeps, 'config'>, input: { code: string } & ResultChangeInput): Promise<ResultRow> {
  const { result: old, dossier } = await resultToChange(ctx, input.code, 'result.replace');
  const replacement = await replaceIssuedResult(ctx, deps, { result: old, dossierCode: dossier.code ?? '', reason: input.reason, documentNumber: input.documentNumber });
  await markWarehouseResult(ctx, { dossier, resultCode: old.code, status: 'REPLACED' });
  await ctx.audit([{ action: 'result.replaced', entityType: 'dossier', entityId: old.dossierId, payload: { result: old.code, replacement: replacement.code, reason: input.reason } }]);
  await ctx.publish([{ type: 'result.replacement_created', aggregateType: 'dossier', aggregateId: old.dossierId, payload: { result: replacement.code, replaces: old.code } }]);
  return replacement;
}
