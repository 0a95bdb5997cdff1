/** The signing module's public surface: e-results signed by the agency, their replacement and revocation, and verification. */
export { createSigningKeys, SigningSetupError, type DevKeyStorage, type SigningKeys, type SignerSubject } from './signing-keys.ts';
export { DevKeyUnreadableError } from './dev-key-error.ts';
export type { SigningDeps } from './signing.deps.ts';
export { signResultsJob } from './jobs/sign-results.ts';
export { signPendingResults } from './commands/sign-pending-results.ts';
export { replaceResult } from './commands/replace-result.ts';
export { revokeResult } from './commands/revoke-result.ts';
export { ResultChangeInput } from './signing.schemas.ts';
export { signedRevisionOfUpload, uploadVerdict, verifyResultByCode, verifyUploadedPdf, type PublicResultStatus, type SignatureReport, type UploadVerdict } from './queries/verify.ts';
export { readSignedResult, signedResultDossierId, type SignedResultFile } from './queries/signed-result-file.ts';
