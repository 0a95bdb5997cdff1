/**
 * PAdES signing and verification primitives: the public surface of this folder.
 * Modules import from here only.
 */
export type { Signer, SignerCertificates } from './signer.ts';
export { signPdf, type SignPdfOptions } from './sign-pdf.ts';
export { signedRevision, verifyPdfSignatures, type SignatureCheck } from './verify-pdf-signatures.ts';
export { trustListFromPem, certificateToPem, type TrustList } from './trust-list.ts';
export { loadP12Signer } from './p12-signer.ts';
export { createCscSigner, type CscSignerOptions } from './csc-signer.ts';
export {
  ensureDevPki,
  openDevPki,
  readDevCaFolder,
  DEV_PKI_PASSWORD,
  DEV_CA_NAME,
  DEV_CA_ID,
  type DevPki,
  type DevPkiSubject,
  type DevKeyRecord,
  type DevKeyStore,
  type StoredDevPki,
} from './dev-pki.ts';
export { SignatureInputError, RemoteSignerError } from './signing-errors.ts';
export { startCscSimulator, type CscSimulator, type CscSimulatorOptions } from './csc-simulator.ts';
