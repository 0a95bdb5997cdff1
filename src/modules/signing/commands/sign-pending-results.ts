/**
 * Turning a dossier's recorded results into signed e-results (Decree 45/2020
 * Art. 14(3)): render the document, sign it with the competent agency's
 * certificate (PAdES), store it, and — in one transaction — record the
 * signature, attach the file to the dossier and put an approval's result into
 * the owner's data warehouse so later procedures can reuse it. Rendering and
 * signing happen before the transaction; recording is idempotent, so a job
 * that runs twice signs twice at most and records once.
 */
import { t } from '../../../platform/i18n/index.ts';
import { newId } from '../../../platform/ids.ts';
import { publishEvents } from '../../../platform/jobs/outbox.ts';
import { signPdf } from '../../../platform/crypto/signing/index.ts';
import { systemActor } from '../../identity/index.ts';
import { dossierRepo } from '../../dossiers/index.ts';
import type { DossierRow, ResultRow } from '../../dossiers/dossier.repo.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { vnLocalDate } from '../../../platform/clock.ts';
import { insertDossierFile, insertWarehouseItem } from '../../documents/index.ts';
import { renderResult } from '../../documents/forms/index.ts';
import { resultView } from '../result-document.ts';
import { findResultById, markSigned } from '../results.repo.ts';
import type { SigningDeps } from '../signing.deps.ts';

export async function signPendingResults(deps: SigningDeps, dossierId: string): Promise<number> {
  const db = deps.db;
  const dossier = await dossierRepo.findDossier(db, dossierId);
  if (!dossier) return 0;
  const pending = (await dossierRepo.listResults(db, dossierId)).filter((r) => r.electronic && r.sha256 === null && r.status === 'ISSUED');
  if (pending.length === 0) return 0;
  const [version, actions, agencies] = await Promise.all([
    deps.procedures.versionById(db, dossier.procedureVersionId),
    dossierRepo.listActions(db, dossierId),
    deps.agencies.current(),
  ]);
  if (!version) throw new Error(`Dossier ${dossierId} refers to a missing procedure version`);
  const agency = agencies.byId(dossier.competentAgencyId);
  const parent = agency?.parentId ? agencies.byId(agency.parentId) : undefined;
  const signer = await deps.signers.signerFor({ kind: 'agency', key: agency?.code ?? dossier.competentAgencyId, commonName: agency?.name ?? '', organisation: parent?.name ?? agency?.name ?? '' });

  let signedCount = 0;
  for (const result of pending) {
    const replaced = result.replacesId ? await findResultById(db, result.replacesId) : undefined;
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
    const recorded = await db.transaction(async (tx) => {
      if (!(await markSigned(tx, result.id, { sha256: ref.sha256, signerName: agency?.name ?? '', signedAt: now }))) return false;
      await recordIssued(tx, deps, dossier, result, ref.sha256, now, version.version.details.resultTypes.find((rt) => rt.code === result.resultTypeCode)?.documentType);
      return true;
    });
    if (recorded) signedCount++;
  }
  return signedCount;
}

async function recordIssued(
  tx: Tx,
  deps: SigningDeps,
  dossier: DossierRow,
  result: ResultRow,
  sha256: string,
  now: Date,
  documentType: string | undefined,
): Promise<void> {
  await insertDossierFile(tx, {
    id: newId(now.getTime()),
    dossierId: dossier.id,
    componentCode: null,
    sha256,
    fileName: `${result.code}.pdf`,
    source: 'ERESULT',
    addedBy: systemActor.id,
    addedByName: systemActor.name,
    addedAt: now,
  });
  // Only an approval is a document the owner holds; a refusal letter is kept with the dossier.
  if (result.kind === 'APPROVAL') {
    await insertWarehouseItem(tx, {
      id: newId(now.getTime()),
      ownerIdType: dossier.ownerIdType,
      ownerId: dossier.ownerId,
      kind: 'ERESULT',
      documentType: documentType ?? `ket-qua-${dossier.procedureCode}-${result.resultTypeCode ?? 'KQ'}`,
      title: result.title,
      documentNumber: result.documentNumber,
      issuer: (await deps.agencies.current()).byId(dossier.competentAgencyId)?.name ?? null,
      issuedOn: vnLocalDate(result.issuedAt ?? now),
      validFrom: vnLocalDate(result.issuedAt ?? now),
      validTo: null,
      sha256,
      status: 'VALID',
      sourceSystem: 'motcua',
      sourceDossierId: dossier.id,
      sourceRef: result.code,
      createdBy: systemActor.id,
      createdByName: systemActor.name,
      createdAt: now,
    });
  }
  await deps.audit.record(tx, { actor: systemActor, at: now }, [
    { action: 'result.signed', entityType: 'dossier', entityId: dossier.id, payload: { result: result.code, sha256 } },
  ]);
  await publishEvents(tx, [{ type: 'result.signed', aggregateType: 'dossier', aggregateId: dossier.id, payload: { result: result.code, sha256 } }], now);
}
