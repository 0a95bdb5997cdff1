/**
 * Errors in a result are never fixed by editing it (Decree 61 Art. 21; Decree
 * 45/2020): the competent agency's leader either revokes it or issues a
 * replacement that names the old one. The old result and its file stay, marked
 * REPLACED or REVOKED with the reason, in the dossier and in the owner's data
 * warehouse; the replacement is signed by the same job as any new result.
 */
import { z } from 'zod';
import type { Tx } from '../../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { publishEvents } from '../../../platform/jobs/outbox.ts';
import { canSee, formatResultCode, lockDossierRow } from '../../dossiers/index.ts';
import type { ResultRow } from '../../dossiers/dossier.repo.ts';
import { hasRoleAt, type Actor } from '../../identity/index.ts';
import { setWarehouseStatus } from '../../documents/index.ts';
import { findResultByCode, insertResult, nextResultNumber, setResultStatus } from '../results.repo.ts';
import type { SigningDeps } from '../signing.deps.ts';

export const ResultChangeInput = z.strictObject({
  reason: z.string().trim().min(5).max(1000).describe('Why the result is replaced or revoked (kept with the old result)'),
  documentNumber: z.string().trim().min(1).max(100).optional().describe('Register number of the replacement, if it has a new one'),
});
export type ResultChangeInput = z.infer<typeof ResultChangeInput>;

async function loadForChange(tx: Tx, actor: Actor, code: string): Promise<{ result: ResultRow; dossierCode: string }> {
  const probe = await findResultByCode(tx, code);
  const dossier = probe ? await lockDossierRow(tx, probe.dossierId) : undefined;
  if (!probe || !dossier || !canSee(actor, dossier)) throw new NotFoundError('documents.resultNotFound', { code });
  if (!hasRoleAt(actor, 'LEADER', dossier.competentAgencyId)) throw new ForbiddenError();
  const result = (await findResultByCode(tx, code, true))!;
  if (result.status !== 'ISSUED') throw new ConflictError('documents.resultNotValid', { code, status: result.status === 'REVOKED' ? 'bị thu hồi' : 'bị thay thế' });
  if (result.electronic && result.sha256 === null) throw new ConflictError('documents.resultNotSigned', { code });
  return { result, dossierCode: dossier.code ?? '' };
}

export async function replaceResult(tx: Tx, deps: SigningDeps, actor: Actor, code: string, input: ResultChangeInput, requestId?: string): Promise<ResultRow> {
  const { result: old, dossierCode } = await loadForChange(tx, actor, code);
  const now = deps.clock.now();
  const n = await nextResultNumber(tx, old.dossierId);
  const replacement: ResultRow = {
    ...old,
    id: newId(now.getTime()),
    n,
    code: formatResultCode(deps.config.resultCodeStyle, dossierCode, n),
    documentNumber: input.documentNumber ?? old.documentNumber,
    status: 'ISSUED',
    issuedAt: now,
    issuedBy: actor.id,
    replacesId: old.id,
    createdAt: now,
    sha256: null,
    signerName: null,
    signedAt: null,
    replacedById: null,
    statusReason: null,
    statusChangedAt: null,
    statusChangedBy: null,
  };
  await insertResult(tx, replacement);
  await setResultStatus(tx, old.id, { status: 'REPLACED', statusReason: input.reason, statusChangedAt: now, statusChangedBy: actor.id, replacedById: replacement.id });
  await setWarehouseStatus(tx, 'motcua', old.code, 'REPLACED', now);
  await deps.audit.record(tx, { actor, at: now, requestId }, [
    { action: 'result.replaced', entityType: 'dossier', entityId: old.dossierId, payload: { result: old.code, replacement: replacement.code, reason: input.reason } },
  ]);
  await publishEvents(tx, [{ type: 'result.replacement_created', aggregateType: 'dossier', aggregateId: old.dossierId, payload: { result: replacement.code, replaces: old.code } }], now);
  return replacement;
}

export async function revokeResult(tx: Tx, deps: SigningDeps, actor: Actor, code: string, input: Pick<ResultChangeInput, 'reason'>, requestId?: string): Promise<ResultRow> {
  const { result: old } = await loadForChange(tx, actor, code);
  const now = deps.clock.now();
  const change = { status: 'REVOKED' as const, statusReason: input.reason, statusChangedAt: now, statusChangedBy: actor.id };
  await setResultStatus(tx, old.id, change);
  await setWarehouseStatus(tx, 'motcua', old.code, 'REVOKED', now);
  await deps.audit.record(tx, { actor, at: now, requestId }, [
    { action: 'result.revoked', entityType: 'dossier', entityId: old.dossierId, payload: { result: old.code, reason: input.reason } },
  ]);
  await publishEvents(tx, [{ type: 'result.revoked', aggregateType: 'dossier', aggregateId: old.dossierId, payload: { result: old.code } }], now);
  return { ...old, ...change };
}
