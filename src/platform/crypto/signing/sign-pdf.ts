/**
 * Signs a PDF: PAdES baseline B-B (/SubFilter /ETSI.CAdES.detached) as an incremental
 * update, so a PDF that already carries signatures keeps them valid, and a PDF/A-2b input
 * keeps its trailer /ID. @signpdf/signpdf fills the placeholder; the CMS is ours.
 */
import { createHash } from 'node:crypto';
import { SignPdf } from '@signpdf/signpdf';
import { Signer as SignPdfSigner } from '@signpdf/utils';
import { buildCadesSignature } from './cades-signature.ts';
import { readCertificate } from './certificate-info.ts';
import { addSignaturePlaceholder } from './pdf-placeholder.ts';
import { assertPdf } from './pdf-signature-dictionaries.ts';
import { SignatureInputError } from './signing-errors.ts';
import type { Signer, SignerCertificates } from './signer.ts';

export interface SignPdfOptions {
  /** The signer's name as signing applications show it (/Name). */
  name: string;
  reason: string;
  location?: string;
  contactInfo?: string;
  /** The claimed signing time, written to /M (PAdES keeps it out of the CMS). */
  signedAt: Date;
}

/** Room for CMS structure and signed attributes around certificates and signature value. */
const CMS_OVERHEAD = 2048;
/** Room kept free for a signature timestamp added later (B-T) without re-signing. */
const TIMESTAMP_RESERVE = 8192;
/** Largest RSA signature we expect (8192-bit); ECDSA ones are far smaller. */
const MAX_SIGNATURE_VALUE = 1024;

export async function signPdf(pdf: Buffer, signer: Signer, opts: SignPdfOptions): Promise<Buffer> {
  assertPdf(pdf);
  const certificates = await signer.certificates();
  assertKeyMatchesCertificate(signer, certificates);
  const prepared = addSignaturePlaceholder(pdf, { ...opts, signatureLength: placeholderLength(certificates) });
  try {
    return await new SignPdf().sign(prepared, new CadesPdfSigner(signer, certificates));
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Signature exceeds placeholder length')) {
      throw new SignatureInputError('signing.signatureTooLarge');
    }
    throw error;
  }
}

/** Enough for the actual chain, whatever its length or key sizes. */
function placeholderLength(certificates: SignerCertificates): number {
  const certBytes = [certificates.certificate, ...certificates.chain].reduce((sum, der) => sum + der.length, 0);
  return certBytes + MAX_SIGNATURE_VALUE + CMS_OVERHEAD + TIMESTAMP_RESERVE;
}

/** A signer claiming ECDSA with an RSA certificate would make a signature nobody can verify. */
function assertKeyMatchesCertificate(signer: Signer, certificates: SignerCertificates): void {
  const keyType = readCertificate(certificates.certificate).node.publicKey.asymmetricKeyType;
  const expected = signer.keyAlgorithm === 'RSA' ? 'rsa' : 'ec';
  if (keyType !== expected) throw new SignatureInputError('signing.unsupportedKey', { algorithm: String(keyType) });
}

/** Adapter to @signpdf's signer contract: gets the bytes to sign, returns the CMS. */
class CadesPdfSigner extends SignPdfSigner {
  readonly #signer: Signer;
  readonly #certificates: SignerCertificates;

  constructor(signer: Signer, certificates: SignerCertificates) {
    super();
    this.#signer = signer;
    this.#certificates = certificates;
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const digest = createHash('sha256').update(pdfBuffer).digest();
    return buildCadesSignature(digest, this.#signer, this.#certificates);
  }
}
