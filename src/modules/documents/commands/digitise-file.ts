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
import { imagesToPdf } from '../../../platform/pdf/images-to-pdf.ts';
import { signPdf } from '../../../platform/crypto/signing/index.ts';
import type { AcceptedFile } from '../../../platform/storage/index.ts';
import { readDossierForUpdate, type DossierRow } from '../../dossiers/index.ts';
import { hasRoleAt, type Actor, type Ctx } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { authorizeOnDossier } from '../documents.policy.ts';
import { findDossierFile, insertDigitisation, nextDigitisationNumber, type DigitisationRow, type DossierFileRow } from '../documents.repo.ts';
import { stampScanMark } from '../digitisation/scan-mark.ts';
import { recordComponentFile } from './attach-file.ts';
import { dossierForFiles } from './dossier-for-files.ts';

const digitise = { permission: 'file.digitise', action: 'documents.action.digitise' } as const;

const SCANNABLE = new Set(['pdf', 'jpeg', 'png', 'tiff']);

/** The agency on whose behalf the officer digitises: the desk's when they hold a desk role there. */
function actingAgencyId(actor: Actor, d: DossierRow): string {
  return hasRoleAt(actor, 'DESK_OFFICER', d.receivingAgencyId) || hasRoleAt(actor, 'POSTAL_AGENT', d.receivingAgencyId) ? d.receivingAgencyId : d.competentAgencyId;
}

export interface SignedScan {
  dossierId: string;
  componentCode: string;
  sourceSha256: string;
  signedSha256: string;
  at: Date;
}

/** Step 1 outside any transaction (rendering and signing take tens of milliseconds): the signed PDF is stored by hash. */
export async function signScan(deps: DocumentDeps, actor: Actor, input: { dossierId: string; componentCode: string; sha256: string; fileName: string }): Promise<SignedScan> {
  const { dossier } = await dossierForFiles(deps.db, deps, actor, { idOrCode: input.dossierId, ...digitise, componentCode: input.componentCode });
  const stored = await deps.files.describe(input.sha256);
  if (!stored || !SCANNABLE.has(stored.kind)) throw new UnprocessableError('documents.notScannable', [], { kind: stored?.kind ?? '?' });
  const now = deps.clock.now();
  const agencyName = (await deps.agencies.current()).byId(actingAgencyId(actor, dossier))?.name ?? '';
  const bytes = await deps.files.read(input.sha256);
  const pdf = stored.kind === 'pdf' ? bytes : await imagesToPdf([bytes], { title: input.fileName });
  const marked = await stampScanMark(pdf, { officerName: actor.name, agencyName, at: now });
  const signer = await deps.signers.signerFor({ kind: 'officer', key: actor.id, commonName: actor.name, organisation: agencyName });
  const signed = await signPdf(marked, signer, {
    name: actor.name,
    reason: t('vi', 'documents.signReason.scan', { component: input.componentCode }),
    location: agencyName,
    signedAt: now,
  });
  const ref = await deps.files.storeBytes(signed, 'pdf', 'application/pdf', stored.pages);
  return { dossierId: dossier.id, componentCode: input.componentCode, sourceSha256: input.sha256, signedSha256: ref.sha256, at: now };
}

/** The existing file of a component, signed as its digitisation. */
export async function signDossierFile(deps: DocumentDeps, actor: Actor, input: { dossierId: string; fileId: string }): Promise<SignedScan> {
  const { dossier } = await dossierForFiles(deps.db, deps, actor, { idOrCode: input.dossierId, ...digitise, componentCode: null });
  const file = await findDossierFile(deps.db, dossier.id, input.fileId);
  if (!file || file.componentCode === null) throw new NotFoundError('documents.fileNotFound');
  return signScan(deps, actor, { dossierId: dossier.id, componentCode: file.componentCode, sha256: file.sha256, fileName: file.fileName });
}

/** Records the digitisation of a signed scan and announces it to the OCR job. */
export async function recordDigitisation(ctx: Ctx, deps: Pick<DocumentDeps, 'ocr'>, scan: SignedScan): Promise<DigitisationRow> {
  const locked = await readDossierForUpdate(ctx.tx, scan.dossierId);
  if (!locked) throw new ForbiddenError('documents.notPermitted', { action: t('vi', digitise.action) });
  authorizeOnDossier(ctx.actor, digitise.permission, locked, digitise.action);
  const row: DigitisationRow = {
    id: newId(scan.at.getTime()),
    dossierId: scan.dossierId,
    componentCode: scan.componentCode,
    sourceSha256: scan.sourceSha256,
    signedSha256: scan.signedSha256,
    signedBy: ctx.actor.id,
    signedByName: ctx.actor.name,
    signedAt: scan.at,
    status: deps.ocr ? 'OCR_PENDING' : 'AWAITING_CONFIRMATION',
    ocrText: null,
    ocrFolded: null,
    ocrConfidence: null,
    ocrFailure: deps.ocr ? null : t('vi', 'documents.ocrOff'),
    proposal: null,
    metadata: null,
    code: null,
    n: await nextDigitisationNumber(ctx.tx, scan.dossierId),
    confirmedBy: null,
    confirmedAt: null,
    warehouseItemId: null,
  };
  await insertDigitisation(ctx.tx, row);
  await ctx.audit([
    { action: 'dossier.digitised', entityType: 'dossier', entityId: scan.dossierId, payload: { digitisationId: row.id, component: row.componentCode, sha256: row.signedSha256 } },
  ]);
  if (deps.ocr) await ctx.publish([{ type: 'digitisation.created', aggregateType: 'dossier', aggregateId: scan.dossierId, payload: { digitisationId: row.id } }]);
  return row;
}

/** A paper scanned at the desk: the scan as received becomes the component's file, and its signed PDF the digitisation. */
export async function attachScan(
  ctx: Ctx,
  deps: Pick<DocumentDeps, 'procedures' | 'ocr'>,
  input: { scan: SignedScan; file: Pick<AcceptedFile, 'sha256' | 'fileName'> },
): Promise<{ file: DossierFileRow; digitisation: DigitisationRow }> {
  const { dossier } = await dossierForFiles(ctx.tx, deps, ctx.actor, { idOrCode: input.scan.dossierId, permission: 'file.attach', action: 'documents.action.attach', componentCode: input.scan.componentCode, lock: true });
  const file = await recordComponentFile(ctx, dossier.id, { dossierId: dossier.id, componentCode: input.scan.componentCode, file: input.file, source: 'SCAN' });
  const digitisation = await recordDigitisation(ctx, deps, input.scan);
  return { file, digitisation };
}
