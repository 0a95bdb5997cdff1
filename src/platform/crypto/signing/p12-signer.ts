/**
 * A software signer from a PKCS#12 (.p12/.pfx) file, for development, tests and small
 * installations. pkijs opens the container (it reads OpenSSL 3's PBES2/AES-256/PBKDF2 files
 * as well as the ones the dev PKI writes) and hands over the certificates byte for byte, so
 * UTF-8 names are never re-encoded; the key then lives in node:crypto.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { buildCertificatePath } from './certificate-chain.ts';
import { readCertificate, type CertificateInfo } from './certificate-info.ts';
import { rsaSignSha256Digest } from './rsa-pkcs1.ts';
import { SignatureInputError } from './signing-errors.ts';
import type { Signer, SignerCertificates } from './signer.ts';

export async function loadP12Signer(p12: Uint8Array, password: string): Promise<Signer> {
  const { keys, certificates } = await openPkcs12(p12, password);
  const paired = pairKeyWithCertificate(keys, certificates);
  if (!paired) throw new SignatureInputError('signing.p12NoKey');
  const { key, leaf } = paired;
  if (key.asymmetricKeyType !== 'rsa') {
    // node:crypto cannot sign a ready-made digest with ECDSA; EC keys belong to remote signers.
    throw new SignatureInputError('signing.unsupportedKey', { algorithm: String(key.asymmetricKeyType).toUpperCase() });
  }
  const others = certificates.filter((c) => c !== leaf);
  const path = buildCertificatePath(leaf, others, []);
  const chain: SignerCertificates = { certificate: leaf.der, chain: path.chain.slice(1).map((c) => c.der) };
  return {
    keyAlgorithm: 'RSA',
    certificates: async () => chain,
    signDigest: async (digest) => rsaSignSha256Digest(key, digest),
  };
}

interface Pkcs12Contents {
  keys: KeyObject[];
  certificates: CertificateInfo[];
}

async function openPkcs12(p12: Uint8Array, password: string): Promise<Pkcs12Contents> {
  let pfx: pkijs.PFX;
  try {
    pfx = pkijs.PFX.fromBER(p12);
  } catch {
    throw new SignatureInputError('signing.p12Invalid');
  }
  const secret = new TextEncoder().encode(password).buffer;
  try {
    await pfx.parseInternalValues({ password: secret, checkIntegrity: pfx.macData !== undefined });
  } catch (error) {
    // pkijs reports a wrong password as broken integrity (the MAC is keyed by the password).
    throw new SignatureInputError(isIntegrityFailure(error) ? 'signing.p12WrongPassword' : 'signing.p12Invalid');
  }
  const safe = pfx.parsedValue?.authenticatedSafe;
  if (!safe) throw new SignatureInputError('signing.p12Invalid');
  const keys: KeyObject[] = [];
  const certificates: CertificateInfo[] = [];
  try {
    await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password: secret })) });
    for (const contents of safe.parsedValue?.safeContents ?? []) {
      for (const bag of contents.value.safeBags) {
        const value = bag.bagValue;
        if (value instanceof pkijs.CertBag && value.certValue instanceof asn1js.OctetString) {
          // The bag holds the certificate DER in an OCTET STRING (maybe BER-chunked): take those bytes, not a re-encoding.
          certificates.push(readCertificate(new Uint8Array(value.certValue.getValue())));
        } else if (value instanceof pkijs.PKCS8ShroudedKeyBag) {
          keys.push(privateKeyFromInfo(await decryptShroudedKey(value, secret)));
        } else if (value instanceof pkijs.PrivateKeyInfo) {
          keys.push(privateKeyFromInfo(value));
        }
      }
    }
  } catch (error) {
    if (error instanceof SignatureInputError) throw error;
    // Without a MAC a wrong password shows up here, as a failed decryption.
    throw new SignatureInputError(pfx.macData ? 'signing.p12Invalid' : 'signing.p12WrongPassword');
  }
  return { keys, certificates };
}

function isIntegrityFailure(error: unknown): boolean {
  return error instanceof Error && /integrity/i.test(error.message);
}

/** What PKCS8ShroudedKeyBag does internally (its own method is not public in pkijs' types). */
async function decryptShroudedKey(bag: pkijs.PKCS8ShroudedKeyBag, password: ArrayBuffer): Promise<pkijs.PrivateKeyInfo> {
  const encrypted = new pkijs.EncryptedData({
    encryptedContentInfo: new pkijs.EncryptedContentInfo({
      contentEncryptionAlgorithm: bag.encryptionAlgorithm,
      encryptedContent: bag.encryptedData,
    }),
  });
  return pkijs.PrivateKeyInfo.fromBER(await encrypted.decrypt({ password }));
}

function privateKeyFromInfo(info: pkijs.PrivateKeyInfo): KeyObject {
  return createPrivateKey({ key: Buffer.from(info.toSchema().toBER(false)), format: 'der', type: 'pkcs8' });
}

/** The certificate whose public key is the public half of one of the keys. */
function pairKeyWithCertificate(keys: KeyObject[], certificates: CertificateInfo[]): { key: KeyObject; leaf: CertificateInfo } | null {
  for (const key of keys) {
    const publicDer = createPublicKey(key).export({ type: 'spki', format: 'der' });
    const leaf = certificates.find((c) => c.node.publicKey.export({ type: 'spki', format: 'der' }).equals(publicDer));
    if (leaf) return { key, leaf };
  }
  return null;
}
