/**
 * Steps 2–4 of TT 01/2023 Art. 7: the officer confirms (or enters by hand,
 * when OCR failed or is off) the basic metadata; the digitisation gets its
 * result code; the signed scan enters the owner's data warehouse with its
 * validity and provenance, ready to be reused by later dossiers.
 */
import { z } from 'zod';
import type { Tx } from '../../../platform/db/database.ts';
import { ConflictError, NotFoundError, ForbiddenError, ValidationError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { newId } from '../../../platform/ids.ts';
import { canSee, lockDossierRow } from '../../dossiers/index.ts';
import { checkPersonalId, checkTaxCode, type Actor } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { canDigitise } from '../documents.policy.ts';
import { findDigitisation, insertWarehouseItem, updateDigitisation, type DigitisationRow } from '../documents.repo.ts';
import { allocateDigitisationCode } from '../digitisation/digitisation-code.ts';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

export const ConfirmDigitisationInput = z
  .strictObject({
    documentType: z.string().regex(/^[a-z0-9-]{2,60}$/).describe('Document type slug matched by components, e.g. "giay-khai-sinh"'),
    title: text(300).describe('Name of the document as people say it, e.g. "Giấy khai sinh"'),
    documentNumber: text(100).optional(),
    issuer: text(300).optional(),
    issuedOn: isoDate.optional(),
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    owner: z.strictObject({ idType: z.enum(['PERSONAL_ID', 'TAX_CODE', 'PASSPORT']), id: text(20) }).optional().describe("Defaults to the dossier's owner"),
  })
  .describe('The metadata the officer confirms (TT 01/2023 Art. 9)');
export type ConfirmDigitisationInput = z.infer<typeof ConfirmDigitisationInput>;

function checkOwner(owner: NonNullable<ConfirmDigitisationInput['owner']>): string {
  const ok =
    owner.idType === 'PERSONAL_ID' ? checkPersonalId(owner.id).valid : owner.idType === 'TAX_CODE' ? checkTaxCode(owner.id).valid : /^[A-Z0-9]{6,20}$/.test(owner.id);
  if (!ok) throw new ValidationError([{ path: ['owner', 'id'], key: 'documents.badOwner', params: { type: owner.idType } }]);
  return owner.idType === 'TAX_CODE' ? (checkTaxCode(owner.id).normalised ?? owner.id) : owner.id;
}

export async function confirmDigitisation(
  tx: Tx,
  deps: DocumentDeps,
  actor: Actor,
  digitisationId: string,
  input: ConfirmDigitisationInput,
  requestId?: string,
): Promise<DigitisationRow> {
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) {
    throw new ValidationError([{ path: ['validTo'], key: 'documents.validDates' }]);
  }
  const found = await findDigitisation(tx, digitisationId);
  const dossier = found ? await lockDossierRow(tx, found.dossierId) : undefined;
  if (!found || !dossier || !canSee(actor, dossier)) throw new NotFoundError('documents.digitisationNotFound');
  if (!canDigitise(actor, dossier)) throw new ForbiddenError('documents.notPermitted', { action: t('vi', 'documents.action.digitise') });
  const row = (await findDigitisation(tx, digitisationId, true))!;
  if (row.status === 'CONFIRMED') throw new ConflictError('documents.alreadyConfirmed', { code: row.code ?? '' });

  const now = deps.clock.now();
  const agencies = await deps.agencies.current();
  const agency = agencies.byId(dossier.receivingAgencyId);
  const code = await allocateDigitisationCode(tx, deps.config.digitisationCodeStyle, { dossierCode: dossier.code, n: row.n, agencyCode: agency?.code ?? 'H00', at: now });
  const owner = input.owner ? { idType: input.owner.idType, id: checkOwner(input.owner) } : { idType: dossier.ownerIdType, id: dossier.ownerId };
  const itemId = newId(now.getTime());
  await insertWarehouseItem(tx, {
    id: itemId,
    ownerIdType: owner.idType,
    ownerId: owner.id,
    kind: 'DIGITISED',
    documentType: input.documentType,
    title: input.title,
    documentNumber: input.documentNumber ?? null,
    issuer: input.issuer ?? null,
    issuedOn: input.issuedOn ?? null,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    sha256: row.signedSha256,
    status: 'VALID',
    sourceSystem: 'motcua',
    sourceDossierId: dossier.id,
    sourceRef: code,
    createdBy: actor.id,
    createdByName: actor.name,
    createdAt: now,
  });
  const { documentType, documentNumber, issuer, issuedOn, validFrom, validTo } = input;
  const metadata = { documentType, documentNumber, issuer, issuedOn, validFrom, validTo, ownerIdType: owner.idType, ownerId: owner.id };
  const changes = { status: 'CONFIRMED' as const, metadata, code, confirmedBy: actor.id, confirmedAt: now, warehouseItemId: itemId };
  await updateDigitisation(tx, row.id, changes);
  await deps.audit.record(tx, { actor, at: now, requestId }, [
    { action: 'dossier.digitisation_confirmed', entityType: 'dossier', entityId: dossier.id, payload: { digitisationId: row.id, code, warehouseItemId: itemId, documentType } },
  ]);
  return { ...row, ...changes };
}
