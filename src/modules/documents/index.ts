/** The documents module's public surface. */
export { FileService, type StoredRef } from './file-service.ts';
export type { DocumentDeps } from './documents.deps.ts';
export { agencyRefOf, applicantRefOf, placeOf } from './printing/parties.ts';
export { insertWarehouseItem, setWarehouseStatus, insertDossierFile, findWarehouseItemBySource } from './documents.repo.ts';
export { registerDocumentRoutes } from './http.ts';
export { readScanJob } from './jobs/read-scan.ts';
