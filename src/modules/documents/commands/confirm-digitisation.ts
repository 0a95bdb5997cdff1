/**
 * Steps 2–4 of TT 01/2023 Art. 7: the officer confirms (or enters by hand,
 * when OCR failed or is off) the basic metadata; the digitisation gets its
 * result code; the signed scan enters the owner's data warehouse with its
 * validity and provenance, ready to be reused by later dossiers.
 */
import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { canSee, readDossierForUpdate } from '../../dossiers/index.ts';
import { checkPersonalId, checkTaxCode, type Ctx } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { authorizeOnDossier } from '../documents.policy.ts';
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
  ctx: Ctx,
  deps: Pick<DocumentDeps, 'agencies' | 'config'>,
  input: { digitisationId: string; metadata: ConfirmDigitisationInput },
): Promise<DigitisationRow> {
  const { tx, actor, now } = ctx;
  const meta = input.metadata;
  if (meta.validFrom && meta.validTo && meta.validTo < meta.validFrom) {
    throw new ValidationError([{ path: ['validTo'], key: 'documents.validDates' }]);
  }
  const found = await findDigitisation(tx, input.digitisationId);
  const dossier = found ? await readDossierForUpdate(tx, found.dossierId) : undefined;
  if (!found || !dossier || !canSee(actor, dossier)) throw new NotFoundError('documents.digitisationNotFound');
  authorizeOnDossier(actor, 'file.digitise', dossier, 'documents.action.digitise');
  const row = (await findDigitisation(tx, input.digitisationId, true))!;
  if (row.status === 'CONFIRMED') throw new ConflictError('documents.alreadyConfirmed', { code: row.code ?? '' });

  const agencies = await deps.agencies.current();
  const agency = agencies.byId(dossier.receivingAgencyId);
  const code = await allocateDigitisationCode(tx, deps.config.digitisationCodeStyle, { dossierCode: dossier.code, n: row.n, agencyCode: agency?.code ?? 'H00', at: now });
  const owner = meta.owner ? { idType: meta.owner.idType, id: checkOwner(meta.owner) } : { idType: dossier.ownerIdType, id: dossier.ownerId };
  const itemId = newId(now.getTime());
  await insertWarehouseItem(tx, {
    id: itemId,
    ownerIdType: owner.idType,
    ownerId: owner.id,
    kind: 'DIGITISED',
    documentType: meta.documentType,
    title: meta.title,
    documentNumber: meta.documentNumber ?? null,
    issuer: meta.issuer ?? null,
    issuedOn: meta.issuedOn ?? null,
    validFrom: meta.validFrom ?? null,
    validTo: meta.validTo ?? null,
    sha256: row.signedSha256,
    status: 'VALID',
    sourceSystem: 'motcua',
    sourceDossierId: dossier.id,
    sourceRef: code,
    createdBy: actor.id,
    createdByName: actor.name,
    createdAt: now,
  });
  const { documentType, documentNumber, issuer, issuedOn, validFrom, validTo } = meta;
  const metadata = { documentType, documentNumber, issuer, issuedOn, validFrom, validTo, ownerIdType: owner.idType, ownerId: owner.id };
  const changes = { status: 'CONFIRMED' as const, metadata, code, confirmedBy: actor.id, confirmedAt: now, warehouseItemId: itemId };
  await updateDigitisation(tx, row.id, changes);
  await ctx.audit([
    { action: 'dossier.digitisation_confirmed', entityType: 'dossier', entityId: dossier.id, payload: { digitisationId: row.id, code, warehouseItemId: itemId, documentType } },
  ]);
  return { ...row, ...changes };
}
