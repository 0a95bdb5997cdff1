/**
 * What a person needs to know about a certificate, read from its DER bytes: names decoded
 * from whatever string type the CA used (UTF8String for Vietnamese names, but also
 * BMPString, PrintableString and the legacy TeletexString), serial number, validity.
 * node:crypto's X509Certificate rides along for signature checks and issuer matching.
 */
import { X509Certificate } from 'node:crypto';
import * as pkijs from 'pkijs';
import { OID } from './oids.ts';
import { SignatureInputError } from './signing-errors.ts';

export interface CertificateInfo {
  der: Buffer;
  parsed: pkijs.Certificate;
  node: X509Certificate;
  commonName: string;
  organisation: string | null;
  issuerCommonName: string;
  /** Upper-case hex, no separators, as shown by most certificate viewers. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
}

export function readCertificate(der: Uint8Array): CertificateInfo {
  const bytes = Buffer.from(der);
  let parsed: pkijs.Certificate;
  let node: X509Certificate;
  try {
    parsed = pkijs.Certificate.fromBER(bytes);
    node = new X509Certificate(bytes);
  } catch {
    throw new SignatureInputError('signing.certificateInvalid');
  }
  return {
    der: bytes,
    parsed,
    node,
    commonName: nameAttribute(parsed.subject, OID.commonName) ?? describeName(parsed.subject),
    organisation: nameAttribute(parsed.subject, OID.organisationName),
    issuerCommonName:
      nameAttribute(parsed.issuer, OID.commonName) ??
      nameAttribute(parsed.issuer, OID.organisationName) ??
      describeName(parsed.issuer),
    serialNumber: Buffer.from(parsed.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase(),
    notBefore: parsed.notBefore.value,
    notAfter: parsed.notAfter.value,
  };
}

/** The first value of one attribute type in a distinguished name, decoded to text. */
export function nameAttribute(name: pkijs.RelativeDistinguishedNames, type: string): string | null {
  const hit = name.typesAndValues.find((tv) => tv.type === type);
  return hit ? decodeDirectoryString(hit.value) : null;
}

/** "CN=…, O=…, C=VN" for a name without a common name. */
function describeName(name: pkijs.RelativeDistinguishedNames): string {
  const labels: Record<string, string> = {
    [OID.commonName]: 'CN',
    [OID.organisationName]: 'O',
    [OID.organisationalUnitName]: 'OU',
    [OID.countryName]: 'C',
  };
  return name.typesAndValues.map((tv) => `${labels[tv.type] ?? tv.type}=${decodeDirectoryString(tv.value)}`).join(', ');
}

/** asn1js decodes each string type by its own rule (UTF-8, UCS-2, UCS-4, single bytes). */
function decodeDirectoryString(value: pkijs.AttributeValueType): string {
  return value.valueBlock.value;
}
