/**
 * A signed e-result joins the dossier's files, and — for an approval — the
 * owner's data warehouse, so later procedures can take it instead of asking
 * for it again (Decree 45/2020). A refusal letter is kept with the dossier
 * only. Called by the signing job, in the transaction that records the signature.
 */
import { vnLocalDate } from '../../../platform/clock.ts';
import { newId } from '../../../platform/ids.ts';
import type { DossierRow, ResultRow } from '../../dossiers/index.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../documents.policy.ts';
import { insertDossierFile, insertWarehouseItem } from '../documents.repo.ts';

export interface SignedResultFiling {
  dossier: DossierRow;
  result: ResultRow;
  sha256: string;
  /** The warehouse document type the catalogue gives the result, if any. */
  documentType: string | undefined;
  issuer: string | null;
  /** When the result was signed: the file and the warehouse item are dated by it. */
  at: Date;
}

export async function fileSignedResult(ctx: Ctx, input: SignedResultFiling): Promise<void> {
  const { dossier, result, sha256, at } = input;
  authorize(ctx.actor, 'result.file', dossier);
  await insertDossierFile(ctx.tx, {
    id: newId(at.getTime()),
    dossierId: dossier.id,
    componentCode: null,
    sha256,
    fileName: `${result.code}.pdf`,
    source: 'ERESULT',
    addedBy: ctx.actor.id,
    addedByName: ctx.actor.name,
    addedAt: at,
  });
  if (result.kind !== 'APPROVAL') return;
  await insertWarehouseItem(ctx.tx, {
    id: newId(at.getTime()),
    ownerIdType: dossier.ownerIdType,
    ownerId: dossier.ownerId,
    kind: 'ERESULT',
    documentType: input.documentType ?? `ket-qua-${dossier.procedureCode}-${result.resultTypeCode ?? 'KQ'}`,
    title: result.title,
    documentNumber: result.documentNumber,
    issuer: input.issuer,
    issuedOn: vnLocalDate(result.issuedAt ?? at),
    validFrom: vnLocalDate(result.issuedAt ?? at),
    validTo: null,
    sha256,
    status: 'VALID',
    sourceSystem: 'motcua',
    sourceDossierId: dossier.id,
    sourceRef: result.code,
    createdBy: ctx.actor.id,
    createdByName: ctx.actor.name,
    createdAt: at,
  });
}
