// AES-256-GCM sealing of secrets at rest: what opens, and everything that must not.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSealed, open, seal, SealedSecretError } from './sealed-secret.ts';

const key = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const aad = 'totp:6f1c1a52-2d6e-4f4c-9a43-2b0d3f0e9c11';
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('sealed secrets', () => {
  it('round-trips, in the v1.<iv>.<ciphertext+tag> form, without the plaintext in it', () => {
    const sealed = seal(secret, key, aad);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{64}$/);
    expect(sealed).not.toContain(secret);
    expect(isSealed(sealed)).toBe(true);
    expect(isSealed(secret)).toBe(false);
    expect(open(sealed, key, aad)).toBe(secret);
    expect(open(seal('Tiếng Việt có dấu', key, aad), key, aad)).toBe('Tiếng Việt có dấu');
  });

  it('gives a different value (fresh IV) each time the same text is sealed', () => {
    const values = new Set(Array.from({ length: 20 }, () => seal(secret, key, aad)));
    expect(values.size).toBe(20);
    expect(new Set([...values].map((v) => v.split('.')[1])).size).toBe(20);
  });

  it('refuses a change to any single byte of the IV, the ciphertext or the tag', () => {
    const sealed = seal(secret, key, aad);
    const [version, iv, body] = sealed.split('.') as [string, string, string];
    const flipEach = (bytes: Buffer, rebuild: (b: Buffer) => string) => {
      for (let i = 0; i < bytes.length; i++) {
        for (const bit of [0x01, 0x80]) {
          const altered = Buffer.from(bytes);
          altered[i]! ^= bit;
          expect(() => open(rebuild(altered), key, aad), `byte ${i} bit ${bit}`).toThrow(SealedSecretError);
        }
      }
    };
    flipEach(Buffer.from(iv, 'base64url'), (b) => `${version}.${b.toString('base64url')}.${body}`);
    flipEach(Buffer.from(body, 'base64url'), (b) => `${version}.${iv}.${b.toString('base64url')}`);
  });

  it('refuses a truncated, extended, re-versioned or malformed value', () => {
    const sealed = seal(secret, key, aad);
    const [, iv, body] = sealed.split('.') as [string, string, string];
    for (const bad of [
      sealed.slice(0, -1),
      `${sealed}A`,
      `v2.${iv}.${body}`,
      `v1.${iv}`,
      `v1.${iv}.${body}.x`,
      `v1.${iv}.${body.slice(0, 10)}`,
      `v1.${iv}.${body.replace(/[A-Za-z]/, '+')}`,
      `v1.${iv}A.${body}`,
      secret,
      '',
    ]) {
      expect(() => open(bad, key, aad), bad).toThrow(SealedSecretError);
    }
  });

  it('refuses another key and another purpose or owner', () => {
    const sealed = seal(secret, key, aad);
    expect(() => open(sealed, randomBytes(32), aad)).toThrow(SealedSecretError);
    expect(() => open(sealed, key, 'totp:0a0b0c0d-0000-4000-8000-000000000000')).toThrow(SealedSecretError);
    expect(() => open(sealed, key, 'oidc:6f1c1a52-2d6e-4f4c-9a43-2b0d3f0e9c11')).toThrow(SealedSecretError);
    expect(() => open(sealed, key, '')).toThrow(SealedSecretError);
  });

  it('will not seal or open with a key that is not 32 bytes', () => {
    expect(() => seal(secret, randomBytes(16), aad)).toThrow(RangeError);
    expect(() => open(seal(secret, key, aad), key.subarray(0, 31), aad)).toThrow(RangeError);
  });
});
