/**
 * RSA PKCS#1 v1.5 signing of a ready-made SHA-256 digest. node:crypto's sign() always hashes
 * its input, so the DigestInfo is built here and the raw RSA operation does the rest — the
 * same bytes sign('sha256', data, key) would produce for data with that digest.
 */
import { constants, privateEncrypt, type KeyObject } from 'node:crypto';

/** DER prefix of DigestInfo { sha256, NULL } (RFC 8017 §9.2, note 1). */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

export function rsaSignSha256Digest(key: KeyObject, digest: Uint8Array): Buffer {
  if (digest.length !== 32) throw new Error('rsaSignSha256Digest expects a SHA-256 digest (32 bytes)');
  return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO, digest]));
}
