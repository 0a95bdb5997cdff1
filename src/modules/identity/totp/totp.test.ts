// RFC 6238 appendix B test vectors (SHA-1, 8 digits, key "12345678901234567890") and the one-use, ±1 step rules.
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, groupedSecret, hotp, newTotpSecret, otpauthUri, totpCode, totpStep, verifyTotp } from './totp.ts';

const rfcKey = Buffer.from('12345678901234567890', 'ascii');

describe('TOTP (RFC 6238)', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('matches the RFC vector at T=%i', (seconds, expected) => {
    expect(hotp(rfcKey, totpStep(new Date(seconds * 1000)), 8)).toBe(expected);
  });

  it('matches the RFC 4226 HOTP vectors with 6 digits', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(expected.map((_, i) => hotp(rfcKey, i))).toEqual(expected);
  });

  it('round-trips base32 and reads the RFC key from its base32 form', () => {
    const b32 = base32Encode(rfcKey);
    expect(b32).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(groupedSecret(b32).toLowerCase())).toEqual(rfcKey);
    expect(() => base32Decode('ABC1')).toThrow();
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
  });

  it('accepts the codes of one step either side and refuses older, newer and reused ones', () => {
    const secret = base32Encode(rfcKey);
    const now = new Date(1_111_111_111_000);
    const step = totpStep(now);
    const at = (delta: number) => new Date(now.getTime() + delta * 30_000);
    expect(verifyTotp(secret, totpCode(secret, now), now, null)).toBe(step);
    expect(verifyTotp(secret, totpCode(secret, at(-1)), now, null)).toBe(step - 1);
    expect(verifyTotp(secret, totpCode(secret, at(1)), now, null)).toBe(step + 1);
    expect(verifyTotp(secret, totpCode(secret, at(-2)), now, null)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, at(2)), now, null)).toBeNull();
    // Once a step has been used, neither it nor an earlier one is accepted again.
    expect(verifyTotp(secret, totpCode(secret, now), now, step)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, at(-1)), now, step)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, at(1)), now, step)).toBe(step + 1);
    expect(verifyTotp(secret, '12345', now, null)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', now, null)).toBeNull();
  });

  it('builds the otpauth URI authenticator apps read', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'Một cửa Gia Lai', 'khcn.chuyenvien');
    expect(uri).toBe('otpauth://totp/M%E1%BB%99t%20c%E1%BB%ADa%20Gia%20Lai:khcn.chuyenvien?secret=JBSWY3DPEHPK3PXP&issuer=M%E1%BB%99t+c%E1%BB%ADa+Gia+Lai&algorithm=SHA1&digits=6&period=30');
  });
});
