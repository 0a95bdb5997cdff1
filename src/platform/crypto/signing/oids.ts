/**
 * Object identifiers used by CMS / PAdES, with the node:crypto hash name each one implies.
 * Kept in one table so the signer and the verifier can never disagree about a number.
 */

export type HashName = 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

export const OID = {
  // content types (RFC 5652)
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  // signed attributes
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  // public-key and signature algorithms
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  mgf1: '1.2.840.113549.1.1.8',
  // digests
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  sha224: '2.16.840.1.101.3.4.2.4',
  // name attributes
  commonName: '2.5.4.3',
  countryName: '2.5.4.6',
  organisationName: '2.5.4.10',
  organisationalUnitName: '2.5.4.11',
  // certificate extensions
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
} as const;

export const DIGEST_BY_OID: Readonly<Record<string, HashName>> = {
  [OID.sha1]: 'sha1',
  [OID.sha224]: 'sha224',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

/** How a signatureAlgorithm OID is checked: which key family, and which hash if the OID fixes one. */
export interface SignatureScheme {
  family: 'RSA' | 'RSA-PSS' | 'ECDSA';
  /** null: the hash is the SignerInfo's digestAlgorithm (plain rsaEncryption / ecPublicKey). */
  hash: HashName | null;
}

export const SIGNATURE_SCHEME_BY_OID: Readonly<Record<string, SignatureScheme>> = {
  [OID.rsaEncryption]: { family: 'RSA', hash: null },
  '1.2.840.113549.1.1.5': { family: 'RSA', hash: 'sha1' },
  '1.2.840.113549.1.1.14': { family: 'RSA', hash: 'sha224' },
  [OID.sha256WithRsa]: { family: 'RSA', hash: 'sha256' },
  '1.2.840.113549.1.1.12': { family: 'RSA', hash: 'sha384' },
  '1.2.840.113549.1.1.13': { family: 'RSA', hash: 'sha512' },
  [OID.rsaPss]: { family: 'RSA-PSS', hash: null },
  [OID.ecPublicKey]: { family: 'ECDSA', hash: null },
  '1.2.840.10045.4.1': { family: 'ECDSA', hash: 'sha1' },
  '1.2.840.10045.4.3.1': { family: 'ECDSA', hash: 'sha224' },
  [OID.ecdsaWithSha256]: { family: 'ECDSA', hash: 'sha256' },
  '1.2.840.10045.4.3.3': { family: 'ECDSA', hash: 'sha384' },
  '1.2.840.10045.4.3.4': { family: 'ECDSA', hash: 'sha512' },
};
