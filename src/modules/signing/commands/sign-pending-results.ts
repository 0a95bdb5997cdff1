/**
 * Turning a dossier's recorded results into signed e-results (Decree 45/2020
 * Art. 14(3)): render the document, sign it with the competent agency's
 * certificate (PAdES), store it, and — in one transaction, as the system
 * actor — record the signature, attach the file to the dossier and put an
 * approval's result into the owner's data warehouse so later procedures can
 * reuse it. Rendering and signing happen before the transaction; recording is
 * idempotent, so a job that runs twice signs twice at most and records once.
 */
import { createCommandRunner } from '../../../platform/commands/command-runner.ts';
import { signPdf } from '../../../platform/crypto/signing/index.ts';
import { t } from '../../../platform/i18n/index.ts';
import { fileSignedResult, renderResult } from '../../documents/index.ts';
import { findResult, readDossier, readDossierActions, readDossierResults, recordResultSignature, type DossierRow, type ResultRow } from '../../dossiers/index.ts';
import { systemActor, type Ctx } from '../../identity/index.ts';
import { resultView } from '../result-document.ts';
import type { SigningDeps } from '../signing.deps.ts';
import { authorize } from '../signing.policy.ts';

export async function signPendingResults(deps: SigningDeps, dossierId: string): Promise<number> {
  const db = deps.db;
  const dossier = await readDossier(db, dossierId);
  if (!dossier) return 0;
  const pending = (await readDossierResults(db, dossierId)).filter((r) => r.electronic && r.sha256 === null && r.status === 'ISSUED');
  if (pending.length === 0) return 0;
  const [version, actions, agencies] = await Promise.all([deps.procedures.versionById(db, dossier.procedureVersionId), readDossierActions(db, dossierId), deps.agencies.current()]);
  if (!version) throw new Error(`Dossier ${dossierId} refers to a missing procedure version`);
  const agency = agencies.byId(dossier.competentAgencyId);
  const parent = agency?.parentId ? agencies.byId(agency.parentId) : undefined;
  const signer = await deps.signers.signerFor({ kind: 'agency', key: agency?.code ?? dossier.competentAgencyId, commonName: agency?.name ?? '', organisation: parent?.name ?? agency?.name ?? '' });
  // The job is its own caller: the system actor's changes go through the same contract as a person's.
  const commands = createCommandRunner({ db, clock: deps.clock, audit: deps.audit });

  let signedCount = 0;
  for (const result of pending) {
    const replaced = result.replacesId ? await findResult(db, { id: result.replacesId }) : undefined;
    const view = resultView(
      { publicUrl: deps.config.publicUrl, agencies, version, actions },
      dossier,
      result,
      replaced ? { code: replaced.code, reason: replaced.statusReason ?? '' } : undefined,
    );
    const now = deps.clock.now();
    const pdf = await renderResult(view);
    const signed = await signPdf(pdf, signer, {
      name: agency?.name ?? '',
      reason: t('vi', 'documents.signReason.result', { code: result.code }),
      location: view.place,
      signedAt: now,
    });
    const ref = await deps.files.storeBytes(signed, 'pdf', 'application/pdf');
    const documentType = version.version.details.resultTypes.find((rt) => rt.code === result.resultTypeCode)?.documentType;
    const recorded = await commands.run({ actor: systemActor }, (ctx) =>
      recordSignedResult(ctx, { dossier, result, sha256: ref.sha256, signerName: agency?.name ?? '', signedAt: now, documentType, issuer: agency?.name ?? null }),
    );
    if (recorded) signedCount++;
  }
  return signedCount;
}

interface SignedResult {
  dossier: DossierRow;
  result: ResultRow;
  sha256: string;
  signerName: string;
  signedAt: Date;
  documentType: string | undefined;
  issuer: string | null;
}

/** Records the signature; false when an earlier run already did (nothing else is written then). */
async function recordSignedResult(ctx: Ctx, s: SignedResult): Promise<boolean> {
  authorize(ctx.actor, 'result.sign', s.dossier);
  if (!(await recordResultSignature(ctx, { resultId: s.result.id, sha256: s.sha256, signerName: s.signerName, signedAt: s.signedAt }))) return false;
  await fileSignedResult(ctx, { dossier: s.dossier, result: s.result, sha256: s.sha256, documentType: s.documentType, issuer: s.issuer, at: s.signedAt });
  await ctx.audit([{ action: 'result.signed', entityType: 'dossier', entityId: s.dossier.id, payload: { result: s.result.code, sha256: s.sha256 } }]);
  await ctx.publish([{ type: 'result.signed', aggregateType: 'dossier', aggregateId: s.dossier.id, payload: { result: s.result.code, sha256: s.sha256 } }]);
  return true;
}
