/**
 * The ESS signing-certificate attributes (RFC 2634 §5.4 v1 with SHA-1, RFC 5035 v2 with any
 * hash): a hash of the signer's certificate inside the signed attributes, so nobody can swap
 * in another certificate with the same key. PAdES (ETSI EN 319 142-1) requires v2.
 *
 *   SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, policies … OPTIONAL }
 *   ESSCertIDv2 ::= SEQUENCE { hashAlgorithm AlgorithmIdentifier DEFAULT sha256,
 *                              certHash OCTET STRING, issuerSerial IssuerSerial OPTIONAL }
 */
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import { DIGEST_BY_OID, type HashName } from './oids.ts';

/**
 * SigningCertificateV2 for one certificate, hashed with SHA-256 (the DEFAULT, hence omitted in
 * DER). issuerSerial is left out: EN 319 122-1 (CAdES baseline) says it should not be
 * included — the hash alone identifies the certificate.
 */
export function signingCertificateV2(certificateDer: Uint8Array): asn1js.Sequence {
  const certHash = createHash('sha256').update(certificateDer).digest();
  return new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash })] })] })],
  });
}

/**
 * Does the first ESSCertID(v2) of a signing-certificate attribute value name this certificate?
 * `v1` selects RFC 2634 (always SHA-1, no algorithm field). Unreadable values do not match.
 */
export function signingCertificateMatches(value: asn1js.AsnType, certificateDer: Uint8Array, v1: boolean): boolean {
  const certs = value instanceof asn1js.Sequence ? value.valueBlock.value[0] : undefined;
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return false;
  const fields = first.valueBlock.value;
  let hash: HashName | undefined = v1 ? 'sha1' : 'sha256';
  let hashField = fields[0];
  if (!v1 && fields[0] instanceof asn1js.Sequence) {
    const oid = fields[0].valueBlock.value[0];
    hash = oid instanceof asn1js.ObjectIdentifier ? DIGEST_BY_OID[oid.valueBlock.toString()] : undefined;
    hashField = fields[1];
  }
  if (!hash || !(hashField instanceof asn1js.OctetString)) return false;
  const expected = createHash(hash).update(certificateDer).digest();
  return expected.equals(Buffer.from(hashField.valueBlock.valueHexView));
}
