/** JSON shapes of verification answers (validated in tests, published in OpenAPI). */
import { z } from 'zod';

export const ResultCodeParam = z.strictObject({
  code: z.string().regex(/^[0-9A-Z.]{3,35}-\d{6,8}-\d{4,7}-KQ\(?\d{1,3}\)?$/).describe('Result code, e.g. H21.10-260302-0001-KQ1'),
});

export const SignatureReportView = z.object({
  signerName: z.string(),
  signerOrganisation: z.string().nullable(),
  issuerName: z.string(),
  serialNumber: z.string(),
  signedAt: z.string().nullable(),
  subFilter: z.string(),
  intact: z.boolean().describe('The signed bytes are unchanged'),
  cryptoValid: z.boolean(),
  coversWholeDocument: z.boolean(),
  modifiedAfterSigning: z.boolean().describe('Content was appended after this signature'),
  chainTrusted: z.boolean().describe('The certificate chains to the configured trust list'),
  chain: z.array(z.string()),
  certificateValidAt: z.boolean(),
  valid: z.boolean(),
  revisionLength: z.number().int().nullable().describe('The file as this signature signed it is its first revisionLength bytes; null if the byte range is not one revision'),
  problems: z.array(z.string()),
});

export const PublicResultView = z.object({
  code: z.string(),
  title: z.string(),
  status: z.enum(['VALID', 'REPLACED', 'REVOKED', 'PENDING_SIGNATURE', 'PAPER_ONLY']),
  issuedAt: z.string().nullable(),
  issuer: z.string().nullable(),
  holder: z.string().nullable().describe('Masked'),
  procedureCode: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
  replacedBy: z.string().nullable(),
  replaces: z.string().nullable(),
  sha256: z.string().nullable(),
});

export const ResultVerification = z.object({ result: PublicResultView, signatures: z.array(SignatureReportView) });
export const UploadVerification = z.object({
  verdict: z
    .enum(['VALID', 'FILE_DIFFERS', 'UNTRUSTED', 'INVALID', 'NO_SIGNATURE'])
    .describe(
      'VALID: the newest trusted signature covers the whole file. FILE_DIFFERS: a trusted signature verifies but content was added after it — the file is NOT the document as signed (see signedRevision). UNTRUSTED: signatures verify but none chains to the trust list. INVALID: signed content was changed or a signature does not verify. NO_SIGNATURE.',
    ),
  sha256: z.string(),
  size: z.number().int(),
  result: PublicResultView.nullable().describe('The e-result this very file is (byte for byte), if motcua issued it'),
  signedRevision: z
    .object({
      signature: z.number().int().describe('Which signature (1-based) signed this revision'),
      size: z.number().int(),
      sha256: z.string(),
      result: PublicResultView.nullable().describe('The e-result the signed revision is, if motcua issued it'),
    })
    .nullable()
    .describe('With FILE_DIFFERS: the file as it was signed; download it with POST /api/v1/public/verify/signed-revision'),
  signatures: z.array(SignatureReportView),
});

export const SignedRevisionQuery = z.strictObject({
  signature: z.coerce.number().int().min(1).max(100).optional().describe('Which signature’s revision (1-based); by default the newest valid one'),
});
