/** The JSON shapes the documents module answers with (zod: validated in tests, published in OpenAPI). */
import { z } from 'zod';

export const DossierFileView = z.object({
  id: z.string(),
  componentCode: z.string().nullable(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  contentType: z.string(),
  pages: z.number().int().nullable(),
  source: z.enum(['UPLOAD', 'SCAN', 'KHO', 'ERESULT']),
  warehouseItemId: z.string().nullable(),
  addedBy: z.string(),
  addedAt: z.string(),
  current: z.boolean().describe('False once a newer file replaced it for the same component'),
  downloadUrl: z.string(),
});

export const DigitisationView = z.object({
  id: z.string(),
  componentCode: z.string(),
  status: z.enum(['OCR_PENDING', 'AWAITING_CONFIRMATION', 'OCR_FAILED', 'CONFIRMED']),
  code: z.string().nullable().describe('Digitisation result code (TT 01/2023 Art. 10), once confirmed'),
  signedBy: z.string(),
  signedAt: z.string(),
  ocrConfidence: z.number().nullable(),
  ocrFailure: z.string().nullable(),
  ocrText: z.string().nullable(),
  proposal: z.record(z.string(), z.unknown()).nullable().describe('Metadata proposed by OCR: each field has value, confidence and source snippet'),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  warehouseItemId: z.string().nullable(),
  signedDownloadUrl: z.string(),
});

export const ComponentDocumentsView = z.object({
  code: z.string(),
  name: z.string(),
  required: z.boolean(),
  provided: z.boolean(),
  /** DVCQG TaiLieuNop.DuocSoHoa: digitised or reused. */
  digitised: z.boolean(),
  /** DVCQG TaiLieuNop.DuocLayTuKhoDMQG: taken from the owner's data warehouse. */
  reusedFromWarehouse: z.boolean(),
  acceptsReuse: z.boolean(),
  documentType: z.string().nullable(),
});

export const DossierDocumentsView = z.object({
  dossierId: z.string(),
  code: z.string().nullable(),
  /** DVCQG HoSoCoThanhPhanSoHoa. */
  hasDigitisedComponents: z.boolean(),
  components: z.array(ComponentDocumentsView),
  files: z.array(DossierFileView),
  digitisations: z.array(DigitisationView),
});

export const WarehouseItemView = z.object({
  id: z.string(),
  kind: z.enum(['ERESULT', 'DIGITISED', 'CERTIFIED_COPY']),
  documentType: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  status: z.enum(['VALID', 'REPLACED', 'REVOKED']),
  source: z.object({ system: z.string(), ref: z.string(), dossierId: z.string().nullable(), by: z.string(), at: z.string() }),
  sha256: z.string(),
});

export const ReuseOffersView = z.object({
  offers: z.array(z.object({ componentCode: z.string(), componentName: z.string(), items: z.array(WarehouseItemView) })),
});
