/**
 * Checks one CMS SignedData from a PDF against the bytes its ByteRange covers. Handles the
 * forms found in the wild: detached CMS (adbe.pkcs7.detached, ETSI.CAdES.detached), the old
 * adbe.pkcs7.sha1 (the CMS encapsulates a SHA-1 of the document) and RFC 3161 document
 * timestamps (the CMS encapsulates a TSTInfo whose message imprint is the document hash);
 * with or without signed attributes; RSA PKCS#1 v1.5, RSA-PSS and ECDSA; SHA-1/224/256/384/512.
 * All cryptography is node:crypto; pkijs only parses.
 */
import { createHash, verify, constants, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { MessageKey } from '../../i18n/index.ts';
import { readCertificate, type CertificateInfo } from './certificate-info.ts';
import { signingCertificateMatches } from './ess-signing-certificate.ts';
import { DIGEST_BY_OID, OID, SIGNATURE_SCHEME_BY_OID, type HashName } from './oids.ts';
import { SignatureInputError } from './signing-errors.ts';

/** The signed document bytes, hashed on demand (a PDF can be large; each hash is computed once). */
export interface SignedContent {
  digest(hash: HashName): Buffer;
  bytes(): Buffer;
}

export interface CmsCheck {
  signer: CertificateInfo | null;
  /** Every certificate carried in the CMS, the signer's included. */
  embedded: CertificateInfo[];
  intact: boolean;
  cryptoValid: boolean;
  /** The signing-time signed attribute, if the signer put one in. */
  signingTime: Date | null;
  problems: MessageKey[];
}

export function checkCmsSignature(cms: Buffer, content: SignedContent, index: number): CmsCheck {
  const { signedData, schema } = parseSignedData(cms, index);
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) throw new SignatureInputError('signing.malformedSignature', { index });
  const embedded = embeddedCertificates(schema);
  const signer = embedded.find((c) => identifies(signerInfo.sid, c)) ?? null;
  const problems: MessageKey[] = [];

  const digestHash = DIGEST_BY_OID[signerInfo.digestAlgorithm.algorithmId];
  const binding = documentBinding(signedData.encapContentInfo, content);
  const attrs = signerInfo.signedAttrs?.attributes ?? [];
  const attr = (type: string): asn1js.AsnType | undefined => attrs.find((a) => a.type === type)?.values[0];

  let intact = false;
  let cryptoValid = false;
  let signingTime: Date | null = null;
  if (!digestHash || binding === 'unsupported') {
    problems.push('signing.problem.unsupportedAlgorithm');
  } else {
    const signedBytes = binding.encapsulated ?? null;
    const contentDigest = signedBytes ? createHash(digestHash).update(signedBytes).digest() : content.digest(digestHash);
    let data: Buffer;
    if (signerInfo.signedAttrs) {
      const messageDigest = attr(OID.messageDigest);
      const digestMatches =
        messageDigest instanceof asn1js.OctetString && contentDigest.equals(Buffer.from(messageDigest.valueBlock.valueHexView));
      intact = digestMatches && binding.documentMatches;
      data = Buffer.from(signerInfo.signedAttrs.encodedValue); // already re-tagged as SET by pkijs
      signingTime = timeValue(attr(OID.signingTime));
    } else {
      data = signedBytes ? Buffer.from(signedBytes) : content.bytes();
    }
    if (!signer) problems.push('signing.problem.signerCertificateMissing');
    else {
      const outcome = verifySignatureValue(signerInfo, digestHash, data, signer.node.publicKey);
      if (outcome === 'unsupported') problems.push('signing.problem.unsupportedAlgorithm');
      cryptoValid = outcome === true && essMatches(attr, signer);
      if (outcome === true && !cryptoValid) problems.push('signing.problem.signingCertificateMismatch');
      if (outcome === false) problems.push('signing.problem.signatureInvalid');
    }
    // Without signed attributes the signature itself is the only link to the document.
    if (!signerInfo.signedAttrs) intact = cryptoValid && binding.documentMatches;
  }
  if (!intact) problems.unshift('signing.problem.notIntact');
  return { signer, embedded, intact, cryptoValid, signingTime, problems };
}

function parseSignedData(cms: Buffer, index: number): { signedData: pkijs.SignedData; schema: asn1js.Sequence } {
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(cms);
    if (contentInfo.contentType !== OID.signedData || !(contentInfo.content instanceof asn1js.Sequence)) throw new Error('not SignedData');
    return { signedData: new pkijs.SignedData({ schema: contentInfo.content }), schema: contentInfo.content };
  } catch {
    throw new SignatureInputError('signing.malformedSignature', { index });
  }
}

/** The certificates exactly as embedded (re-encoding could change bytes the ESS hash covers). */
function embeddedCertificates(signedData: asn1js.Sequence): CertificateInfo[] {
  const set = signedData.valueBlock.value.find(
    (block) => block.idBlock.tagClass === 3 && block.idBlock.tagNumber === 0,
  );
  if (!(set instanceof asn1js.Constructed)) return [];
  const out: CertificateInfo[] = [];
  for (const item of set.valueBlock.value) {
    // Plain certificates are SEQUENCEs; [1]/[2]/[3] are attribute or other certificates, not used for signing.
    if (!(item instanceof asn1js.Sequence)) continue;
    try {
      out.push(readCertificate(item.valueBeforeDecodeView));
    } catch {
      // An unreadable extra certificate does not make the signature unreadable; it just cannot help.
    }
  }
  return out;
}

/** Does the SignerInfo's sid (issuer + serial, or [0] subject key identifier) name this certificate? */
function identifies(sid: pkijs.SignerInfo['sid'], cert: CertificateInfo): boolean {
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    const issuer = (name: pkijs.RelativeDistinguishedNames) => Buffer.from(name.toSchema().toBER(false));
    return sid.serialNumber.isEqual(cert.parsed.serialNumber) && issuer(sid.issuer).equals(issuer(cert.parsed.issuer));
  }
  const wanted = subjectKeyIdentifierOf(sid);
  return wanted !== null && wanted.equals(keyIdentifier(cert));
}

function subjectKeyIdentifierOf(sid: unknown): Buffer | null {
  // pkijs leaves the [0] choice as a raw block: primitive (implicit tag) or wrapping an OCTET STRING.
  if (sid instanceof asn1js.Primitive) return Buffer.from(sid.valueBlock.valueHexView);
  const inner = sid instanceof asn1js.Constructed ? sid.valueBlock.value[0] : undefined;
  return inner instanceof asn1js.OctetString ? Buffer.from(inner.valueBlock.valueHexView) : null;
}

/** The certificate's subjectKeyIdentifier extension, else SHA-1 of its key (RFC 5280 method 1). */
function keyIdentifier(cert: CertificateInfo): Buffer {
  const extension = cert.parsed.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier)?.parsedValue;
  if (extension instanceof asn1js.OctetString) return Buffer.from(extension.valueBlock.valueHexView);
  return createHash('sha1').update(cert.parsed.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest();
}

interface DocumentBinding {
  /** Encapsulated content, when the CMS signs that instead of the PDF bytes directly. */
  encapsulated?: Uint8Array;
  /** Does the encapsulated content (if any) commit to these PDF bytes? */
  documentMatches: boolean;
}

function documentBinding(encap: pkijs.EncapsulatedContentInfo, content: SignedContent): DocumentBinding | 'unsupported' {
  const eContent = encap.eContent;
  if (!eContent) return { documentMatches: true };
  const encapsulated = new Uint8Array(eContent.getValue());
  if (encap.eContentType === OID.tstInfo) {
    let imprint: pkijs.MessageImprint;
    try {
      imprint = pkijs.TSTInfo.fromBER(encapsulated).messageImprint;
    } catch {
      return { encapsulated, documentMatches: false };
    }
    const hash = DIGEST_BY_OID[imprint.hashAlgorithm.algorithmId];
    if (!hash) return 'unsupported';
    return { encapsulated, documentMatches: content.digest(hash).equals(Buffer.from(imprint.hashedMessage.valueBlock.valueHexView)) };
  }
  // adbe.pkcs7.sha1: the encapsulated data is the SHA-1 of the signed bytes.
  return { encapsulated, documentMatches: content.digest('sha1').equals(Buffer.from(encapsulated)) };
}

function verifySignatureValue(signerInfo: pkijs.SignerInfo, digestHash: HashName, data: Buffer, key: KeyObject): boolean | 'unsupported' {
  const scheme = SIGNATURE_SCHEME_BY_OID[signerInfo.signatureAlgorithm.algorithmId];
  if (!scheme) return 'unsupported';
  const signature = Buffer.from(signerInfo.signature.valueBlock.valueHexView);
  const keyType = key.asymmetricKeyType;
  try {
    if (scheme.family === 'ECDSA') return keyType === 'ec' && verify(scheme.hash ?? digestHash, data, key, signature);
    if (keyType !== 'rsa' && keyType !== 'rsa-pss') return false;
    if (scheme.family === 'RSA') return verify(scheme.hash ?? digestHash, data, key, signature);
    const params = pssParameters(signerInfo.signatureAlgorithm);
    if (!params) return 'unsupported';
    return verify(params.hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: params.saltLength }, signature);
  } catch {
    return false;
  }
}

/** RSASSA-PSS-params (RFC 4055); absent fields default to SHA-1 and a 20-byte salt. */
function pssParameters(algorithm: pkijs.AlgorithmIdentifier): { hash: HashName; saltLength: number } | null {
  try {
    const params = algorithm.algorithmParams instanceof asn1js.Sequence ? new pkijs.RSASSAPSSParams({ schema: algorithm.algorithmParams }) : new pkijs.RSASSAPSSParams();
    const hash = DIGEST_BY_OID[params.hashAlgorithm.algorithmId];
    return hash ? { hash, saltLength: params.saltLength } : null;
  } catch {
    return null;
  }
}

/** An ESS signing-certificate attribute, when present, must name the certificate that verified. */
function essMatches(attr: (type: string) => asn1js.AsnType | undefined, signer: CertificateInfo): boolean {
  const v2 = attr(OID.signingCertificateV2);
  if (v2) return signingCertificateMatches(v2, signer.der, false);
  const v1 = attr(OID.signingCertificate);
  return v1 ? signingCertificateMatches(v1, signer.der, true) : true;
}

function timeValue(value: asn1js.AsnType | undefined): Date | null {
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) {
    const date = value.toDate();
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}
