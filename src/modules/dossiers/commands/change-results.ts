/**
 * What happens to a result after the decision that created it: the agency's
 * signature, a replacement or a revocation (Decree 61 Art. 21; Decree
 * 45/2020). dossiers owns `dossier_results` and keeps its rules here — a
 * result is signed once, and only an issued (and, when electronic, signed)
 * result is replaced or revoked; the old row stays, marked and linked. Who may
 * ask is decided by the caller's policy (signing: the competent agency's
 * leader, or the signing job).
 */
import type { DossierDeps } from '../dossier.deps.ts';
import { ConflictError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { Ctx } from '../../identity/index.ts';
import { formatResultCode } from '../dossier-code.ts';
import { lockDossierRow } from '../dossier.repo.ts';
import type { DossierRow, ResultRow } from '../dossier.rows.ts';
import { findResultByCode, insertResult, markSigned, nextResultNumber, setResultStatus } from '../results.repo.ts';

/** The result and its dossier, both locked for the change; undefined when there is no such result. */
export async function lockResultForChange(ctx: Ctx, code: string): Promise<{ result: ResultRow; dossier: DossierRow } | undefined> {
  const probe = await findResultByCode(ctx.tx, code);
  const dossier = probe ? await lockDossierRow(ctx.tx, probe.dossierId) : undefined;
  if (!probe || !dossier) return undefined;
  const result = (await findResultByCode(ctx.tx, code, true))!;
  return { result, dossier };
}

function assertChangeable(result: ResultRow): void {
  if (result.status !== 'ISSUED') throw new ConflictError('documents.resultNotValid', { code: result.code, status: result.status === 'REVOKED' ? 'bị thu hồi' : 'bị thay thế' });
  if (result.electronic && result.sha256 === null) throw new ConflictError('documents.resultNotSigned', { code: result.code });
}

/** Records the agency's signature of the result's PDF; false when it was already recorded (a job run twice). */
export async function recordResultSignature(ctx: Ctx, input: { resultId: string; sha256: string; signerName: string; signedAt: Date }): Promise<boolean> {
  return markSigned(ctx.tx, input.resultId, { sha256: input.sha256, signerName: input.signerName, signedAt: input.signedAt });
}

export interface ReplaceResultInput {
  result: ResultRow;
  dossierCode: string;
  reason: string;
  documentNumber?: string | undefined;
}

/** Issues the replacement (unsigned until the signing job runs) and marks the old result REPLACED, linked to it. */
export async function replaceIssuedResult(ctx: Ctx, deps: { config: Pick<DossierDeps['config'], 'resultCodeStyle'> }, input: ReplaceResultInput): Promise<ResultRow> {
  const old = input.result;
  assertChangeable(old);
  const n = await nextResultNumber(ctx.tx, old.dossierId);
  const replacement: ResultRow = {
    ...old,
    id: newId(ctx.now.getTime()),
    n,
    code: formatResultCode(deps.config.resultCodeStyle, input.dossierCode, n),
    documentNumber: input.documentNumber ?? old.documentNumber,
    status: 'ISSUED',
    issuedAt: ctx.now,
    issuedBy: ctx.actor.id,
    replacesId: old.id,
    createdAt: ctx.now,
    sha256: null,
    signerName: null,
    signedAt: null,
    replacedById: null,
    statusReason: null,
    statusChangedAt: null,
    statusChangedBy: null,
  };
  await insertResult(ctx.tx, replacement);
  await setResultStatus(ctx.tx, old.id, { status: 'REPLACED', statusReason: input.reason, statusChangedAt: ctx.now, statusChangedBy: ctx.actor.id, replacedById: replacement.id });
  return replacement;
}

/** Marks the result REVOKED with the reason; the row and its file stay. */
export async function revokeIssuedResult(ctx: Ctx, input: { result: ResultRow; reason: string }): Promise<ResultRow> {
  assertChangeable(input.result);
  const change = { status: 'REVOKED' as const, statusReason: input.reason, statusChangedAt: ctx.now, statusChangedBy: ctx.actor.id };
  await setResultStatus(ctx.tx, input.result.id, change);
  return { ...input.result, ...change };
}
