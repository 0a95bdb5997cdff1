/**
 * Step 1 of TT 01/2023 Art. 7 for a paper component: the scan becomes a PDF
 * (images are wrapped page by page), gets the visible "digitised by" mark and
 * the officer's personal digital signature, and is kept beside the scan as
 * received. Text recognition then runs as a job (never in the request); the
 * officer confirms the metadata it proposes (steps 2–4, confirm-digitisation).
 */
import { ForbiddenError, NotFoundError, UnprocessableError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { newId } from '../../../platform/ids.ts';
import { publishEvents } from '../../../platform/jobs/outbox.ts';
import { imagesToPdf } from '../../../platform/pdf/images-to-pdf.ts';
import { signPdf } from '../../../platform/crypto/signing/index.ts';
import { hasRoleAt, type Actor } from '../../identity/index.ts';
import { lockDossierRow } from '../../dossiers/index.ts';
import type { DossierRow } from '../../dossiers/dossier.repo.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { canDigitise } from '../documents.policy.ts';
import { findDossierFile, insertDigitisation, nextDigitisationNumber, type DigitisationRow } from '../documents.repo.ts';
import { stampScanMark } from '../digitisation/scan-mark.ts';
import { dossierForFiles } from './dossier-for-files.ts';

const SCANNABLE = new Set(['pdf', 'jpeg', 'png', 'tiff']);

/** The agency on whose behalf the officer digitises: the desk's when they hold a desk role there. */
function actingAgencyId(actor: Actor, d: DossierRow): string {
  return hasRoleAt(actor, 'DESK_OFFICER', d.receivingAgencyId) || hasRoleAt(actor, 'POSTAL_AGENT', d.receivingAgencyId) ? d.receivingAgencyId : d.competentAgencyId;
}

export async function digitiseFile(deps: DocumentDeps, actor: Actor, input: { dossierId: string; fileId: string }, requestId?: string): Promise<DigitisationRow> {
  const { dossier } = await dossierForFiles(deps.db, deps, actor, input.dossierId, canDigitise, 'documents.action.digitise', null);
  const file = await findDossierFile(deps.db, dossier.id, input.fileId);
  if (!file || file.componentCode === null) throw new NotFoundError('documents.fileNotFound');
  const stored = await deps.files.describe(file.sha256);
  if (!stored || !SCANNABLE.has(stored.kind)) throw new UnprocessableError('documents.notScannable', [], { kind: stored?.kind ?? '?' });

  const now = deps.clock.now();
  const agencies = await deps.agencies.current();
  const agency = agencies.byId(actingAgencyId(actor, dossier));
  const agencyName = agency?.name ?? '';
  const bytes = await deps.files.read(file.sha256);
  const pdf = stored.kind === 'pdf' ? bytes : await imagesToPdf([bytes], { title: file.fileName });
  const marked = await stampScanMark(pdf, { officerName: actor.name, agencyName, at: now });
  const signer = await deps.signers.signerFor({ kind: 'officer', key: actor.id, commonName: actor.name, organisation: agencyName });
  const signed = await signPdf(marked, signer, {
    name: actor.name,
    reason: t('vi', 'documents.signReason.scan', { component: file.componentCode }),
    location: agencyName,
    signedAt: now,
  });
  const ref = await deps.files.storeBytes(signed, 'pdf', 'application/pdf', stored.pages);

  return deps.db.transaction(async (tx) => {
    const locked = await lockDossierRow(tx, dossier.id);
    if (!locked || !canDigitise(actor, locked)) throw new ForbiddenError('documents.notPermitted', { action: t('vi', 'documents.action.digitise') });
    const row: DigitisationRow = {
      id: newId(now.getTime()),
      dossierId: dossier.id,
      componentCode: file.componentCode!,
      sourceSha256: file.sha256,
      signedSha256: ref.sha256,
      signedBy: actor.id,
      signedByName: actor.name,
      signedAt: now,
      status: deps.ocr ? 'OCR_PENDING' : 'AWAITING_CONFIRMATION',
      ocrText: null,
      ocrConfidence: null,
      ocrFailure: deps.ocr ? null : t('vi', 'documents.ocrOff'),
      proposal: null,
      metadata: null,
      code: null,
      n: await nextDigitisationNumber(tx, dossier.id),
      confirmedBy: null,
      confirmedAt: null,
      warehouseItemId: null,
    };
    await insertDigitisation(tx, row);
    await deps.audit.record(tx, { actor, at: now, requestId }, [
      { action: 'dossier.digitised', entityType: 'dossier', entityId: dossier.id, payload: { digitisationId: row.id, component: row.componentCode, sha256: row.signedSha256 } },
    ]);
    if (deps.ocr) await publishEvents(tx, [{ type: 'digitisation.created', aggregateType: 'dossier', aggregateId: dossier.id, payload: { digitisationId: row.id } }], now);
    return row;
  });
}
