/**
 * How an officer's TOTP seed is kept in `officer_totp.secret`: sealed
 * (platform/crypto/sealed-secret.ts) and bound to `totp:<officerId>`, so a
 * value copied from another officer's row does not open. Rows written before
 * migration 0012 hold the base32 seed as is; they are still read, and the
 * caller re-seals them the next time a code from them is accepted.
 */
import { isSealed, open, SealedSecretError, seal } from '../../../platform/crypto/sealed-secret.ts';
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';

const LEGACY = /^[A-Z2-7]{16,128}$/;

export type StoredTotpSecret = { secret: string; legacy: boolean };

const purposeOf = (officerId: string) => `totp:${officerId}`;

export function sealTotpSecret(secret: string, officerId: string, key: SecretKeySource): string {
  return seal(secret, key(), purposeOf(officerId));
}

/** The base32 seed of a stored value, or null when it does not open (tampered, another key, another officer's). */
export function openTotpSecret(stored: string, officerId: string, key: SecretKeySource): StoredTotpSecret | null {
  if (!isSealed(stored)) return LEGACY.test(stored) ? { secret: stored, legacy: true } : null;
  try {
    return { secret: open(stored, key(), purposeOf(officerId)), legacy: false };
  } catch (err) {
    if (err instanceof SealedSecretError) return null;
    throw err;
  }
}
