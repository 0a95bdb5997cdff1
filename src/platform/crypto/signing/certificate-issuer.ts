/**
 * Issues X.509 certificates for the development PKI (and for tests that need odd chains).
 * Built on pkijs because it lets every name attribute be a UTF8String — Vietnamese agency
 * names must survive byte for byte — and each attribute its own RDN, as every CA does.
 * (@peculiar/x509 2.2 would need a global Reflect polyfill, which motcua does not install.)
 * The TBS is signed with node:crypto, so no WebCrypto key import is involved.
 */
import { createHash, createPublicKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './oids.ts';

export interface NameSpec {
  commonName: string;
  organisation?: string;
  country?: string;
}

export interface IssueCertificateInput {
  subject: NameSpec;
  /** The subject's key (public, or private — only its public half is used). */
  subjectKey: KeyObject;
  /** Omitted: self-signed (a root CA). */
  issuer?: { certificate: Uint8Array; key: KeyObject };
  /** Required for a self-signed certificate: the key that signs it. */
  selfSigningKey?: KeyObject;
  notBefore: Date;
  notAfter: Date;
  ca: boolean;
}

/** KeyUsage bits, numbered as in RFC 5280 §4.2.1.3. */
const KEY_USAGE_BIT = { digitalSignature: 0, nonRepudiation: 1, keyCertSign: 5, cRLSign: 6 } as const;

export function issueCertificate(input: IssueCertificateInput): Buffer {
  const signingKey = input.issuer?.key ?? input.selfSigningKey;
  if (!signingKey) throw new Error('issueCertificate: a self-signed certificate needs selfSigningKey');
  const issuerCert = input.issuer ? pkijs.Certificate.fromBER(input.issuer.certificate) : null;
  const subjectName = encodeName(input.subject);
  const subjectPublic = input.subjectKey.type === 'private' ? createPublicKey(input.subjectKey) : input.subjectKey;
  const spki = pkijs.PublicKeyInfo.fromBER(subjectPublic.export({ type: 'spki', format: 'der' }));
  const ownKeyId = keyIdentifier(spki);

  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ valueHex: positiveSerial() });
  cert.subject = subjectName;
  // The issuer's subject bytes, verbatim: a re-encoded name may no longer match byte for byte.
  cert.issuer = issuerCert ? issuerCert.subject : encodeName(input.subject);
  cert.notBefore = certificateTime(input.notBefore);
  cert.notAfter = certificateTime(input.notAfter);
  cert.subjectPublicKeyInfo = spki;
  cert.extensions = [
    extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: input.ca }).toSchema()),
    extension(OID.keyUsage, true, keyUsage(input.ca ? ['keyCertSign', 'cRLSign'] : ['digitalSignature', 'nonRepudiation'])),
    extension(OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: ownKeyId })),
    extension(
      OID.authorityKeyIdentifier,
      false,
      new pkijs.AuthorityKeyIdentifier({
        keyIdentifier: new asn1js.OctetString({ valueHex: issuerCert ? keyIdentifier(issuerCert.subjectPublicKeyInfo) : ownKeyId }),
      }).toSchema(),
    ),
  ];
  const algorithm = signatureAlgorithm(signingKey);
  cert.signature = algorithm;
  cert.signatureAlgorithm = algorithm;
  cert.tbsView = new Uint8Array(cert.encodeTBS().toBER(false));
  cert.signatureValue = new asn1js.BitString({ valueHex: sign('sha256', cert.tbsView, signingKey) });
  return Buffer.from(cert.toSchema(false).toBER(false));
}

/** One RDN per attribute; C as PrintableString (RFC 5280), the rest UTF8String. */
function encodeName(spec: NameSpec): pkijs.RelativeDistinguishedNames {
  const attributes: [string, asn1js.BaseBlock][] = [];
  if (spec.country) attributes.push([OID.countryName, new asn1js.PrintableString({ value: spec.country })]);
  if (spec.organisation) attributes.push([OID.organisationName, new asn1js.Utf8String({ value: spec.organisation })]);
  attributes.push([OID.commonName, new asn1js.Utf8String({ value: spec.commonName })]);
  const sequence = new asn1js.Sequence({
    value: attributes.map(
      ([type, value]) =>
        new asn1js.Set({ value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: type }), value] })] }),
    ),
  });
  // Parsed back so pkijs keeps these exact bytes (it would otherwise merge all attributes into one RDN).
  return pkijs.RelativeDistinguishedNames.fromBER(sequence.toBER(false));
}

function certificateTime(date: Date): pkijs.Time {
  // RFC 5280 §4.1.2.5: UTCTime up to 2049, GeneralizedTime from 2050.
  return new pkijs.Time({ type: date.getUTCFullYear() < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime, value: date });
}

function extension(extnID: string, critical: boolean, value: asn1js.BaseBlock): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

function keyUsage(bits: (keyof typeof KEY_USAGE_BIT)[]): asn1js.BitString {
  let mask = 0;
  for (const bit of bits) mask |= 0x8000 >> KEY_USAGE_BIT[bit];
  const bytes = mask & 0xff ? [mask >> 8, mask & 0xff] : [mask >> 8];
  // DER drops trailing zero bits: count them as "unused".
  const last = bytes[bytes.length - 1] as number;
  let unused = 0;
  while (unused < 7 && ((last >> unused) & 1) === 0) unused += 1;
  return new asn1js.BitString({ valueHex: new Uint8Array(bytes), unusedBits: unused });
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
function keyIdentifier(spki: pkijs.PublicKeyInfo): Uint8Array {
  return createHash('sha1').update(spki.subjectPublicKey.valueBlock.valueHexView).digest();
}

/** 16 random bytes, first bit clear so the INTEGER is positive, never zero. */
function positiveSerial(): Uint8Array {
  const serial = randomBytes(16);
  serial[0] = ((serial[0] as number) & 0x7f) | 0x01;
  return serial;
}

function signatureAlgorithm(key: KeyObject): pkijs.AlgorithmIdentifier {
  if (key.asymmetricKeyType === 'rsa') {
    return new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() });
  }
  if (key.asymmetricKeyType === 'ec') return new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 });
  throw new Error(`issueCertificate: unsupported key type ${String(key.asymmetricKeyType)}`);
}
