/** The signing module's public surface. */
export { createSigningKeys, SigningSetupError, type SigningKeys, type SignerSubject } from './signing-keys.ts';
export type { SigningDeps } from './signing.deps.ts';
export { signResultsJob } from './jobs/sign-results.ts';
export { signPendingResults } from './commands/sign-pending-results.ts';
export { verifyResultByCode, verifyUploadedPdf, type SignatureReport } from './queries/verify.ts';
export { readSignedResult, type SignedResultFile } from './queries/signed-result-file.ts';
