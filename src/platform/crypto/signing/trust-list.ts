/**
 * The roots a verifier trusts: the national root CA and the licensed public CAs in production
 * (from a PEM file the operator keeps), the development CA locally.
 */
import { X509Certificate } from 'node:crypto';
import { SignatureInputError } from './signing-errors.ts';

export interface TrustList {
  /** DER roots. */
  anchors: Uint8Array[];
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----/g;

/** Reads concatenated PEM certificates; anything unreadable is refused rather than skipped. */
export function trustListFromPem(pem: string): TrustList {
  const anchors: Uint8Array[] = [];
  for (const match of pem.matchAll(PEM_CERTIFICATE)) {
    const der = Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64');
    try {
      new X509Certificate(der);
    } catch {
      throw new SignatureInputError('signing.trustListInvalid');
    }
    anchors.push(der);
  }
  if (anchors.length === 0 && pem.trim() !== '') throw new SignatureInputError('signing.trustListInvalid');
  return { anchors };
}

export function certificateToPem(der: Uint8Array): string {
  const lines = Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
