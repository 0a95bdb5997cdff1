/**
 * A detached CMS SignedData as PAdES baseline B-B wants it (ETSI EN 319 142-1 §6.3, EN 319
 * 122-1): SHA-256, signed attributes content-type, message-digest and ESS
 * signing-certificate-v2 — and no signing-time, because PAdES carries the claimed time in the
 * signature dictionary's /M instead. The private key is only asked for one signature over the
 * digest of the signed attributes, so a remote signing service fits behind the same code.
 */
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { signingCertificateV2 } from './ess-signing-certificate.ts';
import { OID } from './oids.ts';
import type { Signer, SignerCertificates } from './signer.ts';

export async function buildCadesSignature(
  contentDigest: Uint8Array,
  signer: Signer,
  certificates: SignerCertificates,
): Promise<Buffer> {
  const leaf = pkijs.Certificate.fromBER(certificates.certificate);
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: derSorted([
      attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
      attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: contentDigest })),
      attribute(OID.signingCertificateV2, signingCertificateV2(certificates.certificate)),
    ]),
  });
  // What is signed is the DER of the attributes as a SET (tag 0x31), not the [0] tag they carry inside SignerInfo (RFC 5652 §5.4).
  const encoded = new Uint8Array(signedAttrs.toSchema().toBER(false));
  encoded[0] = 0x31;
  const signature = await signer.signDigest(createHash('sha256').update(encoded).digest());

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: leaf.issuer, serialNumber: leaf.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs,
    signatureAlgorithm:
      signer.keyAlgorithm === 'RSA'
        ? new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() })
        : new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 }),
    signature: new asn1js.OctetString({ valueHex: signature }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [certificates.certificate, ...certificates.chain].map((der) => pkijs.Certificate.fromBER(der)),
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER(false));
}

function attribute(type: string, value: asn1js.BaseBlock): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** DER orders the members of a SET OF by their encodings (X.690 §11.6); strict validators check. */
function derSorted(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const keyed = attributes.map((a) => ({ a, der: Buffer.from(a.toSchema().toBER(false)) }));
  return keyed.sort((x, y) => Buffer.compare(x.der, y.der)).map((k) => k.a);
}
