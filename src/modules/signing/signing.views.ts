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
  sha256: z.string(),
  size: z.number().int(),
  result: PublicResultView.nullable(),
  signatures: z.array(SignatureReportView),
});
