/** Rows to views: allow-listed fields only, times as ISO strings, download links relative to the API. */
import { toVnIso } from '../../platform/clock.ts';
import type { DigitisationRow, DossierFileRow, WarehouseItemRow } from './documents.repo.ts';
import type { StoredRef } from './file-service.ts';

export function presentFile(row: DossierFileRow, stored: StoredRef | undefined) {
  return {
    id: row.id,
    componentCode: row.componentCode,
    fileName: row.fileName,
    sha256: row.sha256,
    size: stored?.size ?? 0,
    contentType: stored?.contentType ?? 'application/octet-stream',
    pages: stored?.pages ?? null,
    source: row.source,
    warehouseItemId: row.warehouseItemId,
    addedBy: row.addedByName,
    addedAt: toVnIso(row.addedAt),
    current: row.supersededAt === null,
    downloadUrl: `/api/v1/dossiers/${row.dossierId}/files/${row.id}/content`,
  };
}

export function presentDigitisation(row: DigitisationRow) {
  return {
    id: row.id,
    componentCode: row.componentCode,
    status: row.status,
    code: row.code,
    signedBy: row.signedByName,
    signedAt: toVnIso(row.signedAt),
    ocrConfidence: row.ocrConfidence,
    ocrFailure: row.ocrFailure,
    ocrText: row.ocrText,
    proposal: row.proposal,
    metadata: row.metadata as Record<string, unknown> | null,
    warehouseItemId: row.warehouseItemId,
    signedDownloadUrl: `/api/v1/digitisations/${row.id}/content`,
  };
}

export function presentWarehouseItem(row: WarehouseItemRow) {
  return {
    id: row.id,
    kind: row.kind,
    documentType: row.documentType,
    title: row.title,
    documentNumber: row.documentNumber,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    validFrom: row.validFrom,
    validTo: row.validTo,
    status: row.status,
    source: { system: row.sourceSystem, ref: row.sourceRef, dossierId: row.sourceDossierId, by: row.createdByName, at: toVnIso(row.createdAt) },
    sha256: row.sha256,
  };
}
