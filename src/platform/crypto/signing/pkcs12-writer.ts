/**
 * Writes a PKCS#12 file with node-forge (pkijs can read them but writing one is a page of
 * WebCrypto plumbing). AES-256/PBKDF2 for the key, like OpenSSL 3; RSA keys only, which is
 * what the dev PKI makes. forge re-encodes certificates from their parsed form; for DER input
 * that reproduces the same bytes (it keeps the original TBS), and dev-pki.test.ts checks it.
 */
import type { KeyObject } from 'node:crypto';
import forge from 'node-forge';

export function writePkcs12(key: KeyObject, certificates: Uint8Array[], password: string, friendlyName: string): Buffer {
  const forgeKey = forge.pki.privateKeyFromPem(key.export({ type: 'pkcs8', format: 'pem' }).toString());
  const forgeCerts = certificates.map((der) =>
    forge.pki.certificateFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(der).toString('binary')))),
  );
  const asn1 = forge.pkcs12.toPkcs12Asn1(forgeKey, forgeCerts, password, {
    algorithm: 'aes256',
    friendlyName,
    generateLocalKeyId: true,
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
