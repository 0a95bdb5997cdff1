/** The documents module's public surface: dossier files, digitisation, the data warehouse, forms and the tracking book. */
import './documents.messages.ts'; // registers the module's message texts before anything renders them
export { FileService, type StoredRef } from './file-service.ts';
export type { DocumentDeps, OfficerSigners } from './documents.deps.ts';
export { agencyRefOf, applicantRefOf, placeOf } from './printing/parties.ts';
export { readScanJob } from './jobs/read-scan.ts';
export { attachFile, type AttachInput } from './commands/attach-file.ts';
export { reuseWarehouseItem } from './commands/reuse-warehouse-item.ts';
export { signScan, signDossierFile, recordDigitisation, attachScan, type SignedScan } from './commands/digitise-file.ts';
export { confirmDigitisation, ConfirmDigitisationInput } from './commands/confirm-digitisation.ts';
export { fileSignedResult, type SignedResultFiling } from './commands/file-signed-result.ts';
export { markWarehouseResult } from './commands/mark-warehouse-result.ts';
export { dossierFormPdf, DOSSIER_FORMS, type DossierFormId } from './queries/dossier-form-pdf.ts';
export { getDossierDocuments, listDossierFiles, openDigitisation, openDossierFile, type DossierFileRow } from './queries/dossier-documents.ts';
export { agencyTrackingBookPdf, trackingBookView, trackingBookPdf } from './queries/tracking-book-print.ts';
export { ownerWarehouse, reuseOffers, validItemsOfTypes, findWarehouseItem, type WarehouseItemRow } from './queries/warehouse.ts';
export { searchDigitisedFor, SearchDigitisedQuery } from './queries/search-digitised.ts';
export { uploadTarget } from './queries/upload-target.ts';
export { renderTrackingBookExcel, TRACKING_BOOK_HEADER_ROW } from './printing/tracking-book-excel.ts';
export { TRACKING_BOOK_MAX_ROWS } from './printing/tracking-book.ts';
export { scanPolicy, uploadPolicyFor } from './upload-policy.ts';
export { renderForm, renderResult, sampleForms, sampleResult, type FormView, type ResultView, type TrackingBookView } from './forms/index.ts';
