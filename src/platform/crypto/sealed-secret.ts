/**
 * Secrets kept at rest (TOTP seeds and the like) sealed with AES-256-GCM from
 * node:crypto. A sealed value reads `v1.<iv>.<ciphertext+tag>` (base64url): the
 * version lets a later format or key rotation coexist with old rows, the
 * 12-byte IV is fresh for every seal (GCM must never reuse an IV under one
 * key), and the associated data names what the value is for and whose it is,
 * so a value copied into another row or column fails to open instead of
 * quietly working there.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const B64URL = /^[A-Za-z0-9_-]+$/;

/** The value does not open: altered, sealed under another key, or bound to another purpose or owner. */
export class SealedSecretError extends Error {
  constructor(reason: string) {
    super(`sealed secret does not open: ${reason}`);
    this.name = 'SealedSecretError';
  }
}

/** Whether a stored value is in the sealed form (anything else is legacy plaintext or garbage). */
export function isSealed(value: string): boolean {
  return value.startsWith(`${VERSION}.`);
}

function checkKey(key: Buffer): void {
  // A wrong-sized key is a programming or configuration error, never the data's fault.
  if (key.length !== KEY_BYTES) throw new RangeError(`a sealing key has ${KEY_BYTES} bytes, not ${key.length}`);
}

/** Seals `plaintext` under `key`, bound to `aad` (e.g. `totp:<officerId>`). */
export function seal(plaintext: string, key: Buffer, aad: string): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

/** The plaintext of a value made by `seal` with the same key and `aad`; throws SealedSecretError otherwise. */
export function open(sealed: string, key: Buffer, aad: string): string {
  checkKey(key);
  const parts = sealed.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION) throw new SealedSecretError('not a v1 sealed value');
  const [, ivText, bodyText] = parts as [string, string, string];
  if (!B64URL.test(ivText) || !B64URL.test(bodyText)) throw new SealedSecretError('not base64url');
  const iv = Buffer.from(ivText, 'base64url');
  const body = Buffer.from(bodyText, 'base64url');
  // Re-encoding catches non-canonical base64url (stray trailing bits) that Buffer.from would silently accept.
  if (iv.length !== IV_BYTES || iv.toString('base64url') !== ivText || body.toString('base64url') !== bodyText || body.length < TAG_BYTES) {
    throw new SealedSecretError('malformed');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new SealedSecretError('authentication failed');
  }
}
