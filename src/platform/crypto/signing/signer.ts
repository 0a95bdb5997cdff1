/**
 * The seam between motcua and whoever holds a private key: a .p12 file in development, a
 * remote signing service (CSC API, the national eSign gateway) in production. motcua builds
 * the CMS structure itself and only ever asks the key holder to sign one SHA-256 digest, so a
 * remote key never sees the document and every holder produces the same PAdES structure.
 */

export interface SignerCertificates {
  /** The signing certificate, DER, byte for byte as the CA issued it. */
  certificate: Uint8Array;
  /** The rest of the chain, DER, the leaf's issuer first. May be empty. */
  chain: Uint8Array[];
}

export interface Signer {
  /** The signing certificate (DER) and the rest of its chain (DER, leaf's issuer first). */
  certificates(): Promise<SignerCertificates>;
  /**
   * Signs the SHA-256 digest of the DER-encoded signed attributes; returns the raw signature
   * value (RSA PKCS#1 v1.5 or ECDSA in DER form).
   */
  signDigest(digest: Uint8Array): Promise<Uint8Array>;
  readonly keyAlgorithm: 'RSA' | 'ECDSA';
}
