// Identity (DOMAIN §14, §6.5, §6.6): sign-in lockout and its expiry, no account enumeration by the
// answer, sign-out and token expiry; and the public identifier checks — tax codes (check digit,
// dependent units, never-issued codes) and 12-digit personal identification numbers (province,
// century-and-sex digit, birth year), in Vietnamese and English.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const PASSWORD = 'motcua-demo-2025';
const MINUTE = 60_000;

/** The DOMAIN §6.6 reference: N10 = 10 − (Σ wᵢ·Nᵢ mod 11), never issued when that is 10. */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];
const checkValue = (first9: string): number => 10 - (WEIGHTS.reduce((a, w, i) => a + w * Number(first9[i]), 0) % 11);

describe('identity', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(); // defaults: 5 failures, 15 minutes lock, 12-hour tokens
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, lang?: string) =>
    t.request('POST', '/api/v1/auth/login', { body: { username, password }, headers: lang ? { 'accept-language': lang } : {} });
  const me = (token: string) => t.request('GET', '/api/v1/me', { token });

  describe('sign-in', () => {
    it('locks the account after 5 consecutive wrong passwords: 423 even with the right one, until 15 minutes have passed', async () => {
      for (let i = 1; i <= 4; i++) expect((await login('noivu.chuyenvien', `sai-${i}`)).status).toBe(401);
      const fifth = await login('noivu.chuyenvien', 'sai-5');
      expect(fifth.status).toBe(423);
      expect(fifth.body.error.code).toBe('auth.locked');
      const right = await login('noivu.chuyenvien', PASSWORD);
      expect(right.status).toBe(423);
      expect(right.body.error.message).toMatch(/15/);
      t.clock.advance(14 * MINUTE);
      const stillLocked = await login('noivu.chuyenvien', PASSWORD, 'en');
      expect(stillLocked.status).toBe(423);
      expect(stillLocked.body.error.message).toBe('The account is locked after too many failed attempts. Try again in 1 minutes.');
      t.clock.advance(MINUTE + 1000);
      const after = await login('noivu.chuyenvien', PASSWORD);
      expect(after.status).toBe(200);
      expect((await me(after.body.token)).status).toBe(200);
    });

    it('counts only consecutive failures: a success in between resets the count', async () => {
      for (let i = 0; i < 4; i++) expect((await login('taichinh.chuyenvien', 'sai')).status).toBe(401);
      expect((await login('taichinh.chuyenvien', PASSWORD)).status).toBe(200);
      for (let i = 0; i < 4; i++) expect((await login('taichinh.chuyenvien', 'sai')).status).toBe(401);
      expect((await login('taichinh.chuyenvien', PASSWORD)).status).toBe(200);
    });

    it('an unknown username and a wrong password get the same 401, in both languages, and unknown names never lock', async () => {
      for (const lang of [undefined, 'en']) {
        const unknown = await login('khong.ton.tai', 'sai-mat-khau', lang);
        const wrong = await login('tuphap.chuyenvien', 'sai-mat-khau', lang);
        expect(unknown.status).toBe(401);
        expect(wrong.status).toBe(401);
        expect(unknown.body.error.code).toBe(wrong.body.error.code);
        expect(unknown.body.error.message).toBe(wrong.body.error.message);
        expect(Object.keys(unknown.body.error).sort()).toEqual(Object.keys(wrong.body.error).sort());
      }
      for (let i = 0; i < 7; i++) expect((await login('khong.ton.tai', 'sai')).status).toBe(401);
    });

    it('usernames are case- and space-insensitive', async () => {
      expect((await login('  Congan.Canbo ', PASSWORD)).status).toBe(200);
    });
  });

  describe('tokens', () => {
    it('sign-out revokes the token at once; other tokens of the same officer stay valid', async () => {
      const a = (await login('lltp.chuyenvien', PASSWORD)).body.token as string;
      const b = (await login('lltp.chuyenvien', PASSWORD)).body.token as string;
      expect((await me(a)).status).toBe(200);
      const out = await t.request('POST', '/api/v1/auth/logout', { token: a });
      expect(out.status).toBe(204);
      const after = await me(a);
      expect(after.status).toBe(401);
      expect(after.body.error.code).toBe('error.tokenInvalid');
      expect((await t.request('POST', '/api/v1/auth/logout', { token: a })).status).toBe(401);
      expect((await me(b)).status).toBe(200);
    });

    it('a token expires after 12 hours (MOTCUA_TOKEN_TTL_HOURS)', async () => {
      const early = await login('gddt.vanthu', PASSWORD);
      const late = await login('gddt.vanthu', PASSWORD);
      expect(Date.parse(early.body.expiresAt) - t.clock.now().getTime()).toBe(12 * 3_600_000);
      t.clock.advance(12 * 3_600_000 - 1000);
      expect((await me(early.body.token)).status).toBe(200);
      t.clock.advance(2000);
      const expired = await me(late.body.token);
      expect(expired.status).toBe(401);
      expect(expired.body.error.code).toBe('error.tokenInvalid');
    });

    // Found here (bug I1): the actor cache used wall-clock time while expiry used the injected clock,
    // so a token used just before expiry kept working after it. Fixed in the Authenticator.
    it('a token used just before it expires is refused just after (the actor cache must not outlive the token)', async () => {
      const res = await login('gddt.giamdoc', PASSWORD);
      t.clock.advance(12 * 3_600_000 - 1000);
      expect((await me(res.body.token)).status).toBe(200);
      t.clock.advance(2000);
      expect((await me(res.body.token)).status).toBe(401);
    });

    it('malformed and unknown bearer tokens are 401 with the error contract', async () => {
      for (const authorization of ['Bearer', 'Bearer short', 'Basic abc', 'Bearer mct_not_a_real_token_at_all']) {
        const res = await t.request('GET', '/api/v1/me', { headers: { authorization } });
        expect(res.status, authorization).toBe(401);
        expect(res.body.error.code).toBe('error.tokenInvalid');
        expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
      }
      expect((await t.request('GET', '/api/v1/me')).body.error.code).toBe('error.unauthorized');
    });
  });

  describe('tax codes (DOMAIN §6.6)', () => {
    const check = (code: string, lang?: string) => t.request('GET', `/api/v1/validation/tax-code/${encodeURIComponent(code)}`, { headers: lang ? { 'accept-language': lang } : {} });

    it('the worked example 0100109106 is valid and 0100109105 is not: the message names the expected digit 6', async () => {
      const ok = await check('0100109106');
      expect(ok.body).toEqual({ valid: true, kind: 'ENTERPRISE', normalised: '0100109106', reasons: [] });
      const bad = await check('0100109105');
      expect(bad.body.valid).toBe(false);
      expect(bad.body.reasons).toHaveLength(1);
      expect(bad.body.reasons[0].code).toBe('taxCode.checkDigit');
      expect(bad.body.reasons[0].message).toMatch(/\b6\b/);
      const en = await check('0100109105', 'en');
      expect(en.body.reasons[0].message).toBe('The check digit (10th) should be 6, not 5.');
      expect(bad.body.reasons[0].message).not.toBe(en.body.reasons[0].message);
    });

    it('a 13-digit dependent unit is its parent code plus a 3-digit suffix without check digit', async () => {
      expect((await check('0100109106-001')).body).toEqual({ valid: true, kind: 'DEPENDENT_UNIT', normalised: '0100109106-001', reasons: [] });
      expect((await check('0100109106-999')).body.valid).toBe(true);
      expect((await check('0100109105-001')).body.valid).toBe(false);
      const bad = await check('0100109106-01');
      expect(bad.body.valid).toBe(false);
      expect(bad.body.reasons[0].code).toBe('taxCode.format');
    });

    it('a code whose check value is 10 is never issued', async () => {
      const first9 = fc.sample(fc.stringMatching(/^\d{9}$/).filter((s) => checkValue(s) === 10 && s !== '000000000'), { seed: 7, numRuns: 1 })[0]!;
      for (const last of ['0', '1', '9']) {
        const res = await check(`${first9}${last}`);
        expect(res.body.valid).toBe(false);
        expect(res.body.reasons.map((r: { code: string }) => r.code)).toEqual(['taxCode.neverIssued']);
      }
    });

    it('agrees with the DOMAIN §6.6 reference for any 10 digits (property)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.stringMatching(/^\d{9}$/), fc.integer({ min: 0, max: 9 }), async (first9, digit) => {
          const res = await check(`${first9}${digit}`);
          const expected = checkValue(first9);
          expect(res.body.valid).toBe(expected <= 9 && expected === digit);
          if (expected === 10) expect(res.body.reasons[0].code).toBe('taxCode.neverIssued');
          else if (expected !== digit) expect(res.body.reasons[0].message).toContain(String(expected));
        }),
        { seed: 66, numRuns: 60 },
      );
    });

    it('anything that is not 10 or 13 digits is a format error (12 digits are checked as a personal id)', async () => {
      for (const code of ['010010910', '01001091061', 'ABCDEFGHIJ', '0100109106-0011']) {
        const res = await check(code);
        expect(res.status).toBe(200);
        expect(res.body.valid, code).toBe(false);
        expect(res.body.reasons[0].code, code).toBe('taxCode.format');
      }
      expect((await check('064095012345')).body).toMatchObject({ valid: true, kind: 'PERSONAL_ID' });
    });
  });

  describe('personal identification numbers (DOMAIN §6.5)', () => {
    const check = (id: string, q = '', lang?: string) =>
      t.request('GET', `/api/v1/validation/personal-id/${encodeURIComponent(id)}${q}`, { headers: lang ? { 'accept-language': lang } : {} });

    it('064095012345 is Gia Lai, born 1995, male', async () => {
      const res = await check('064095012345');
      expect(res.body).toEqual({
        valid: true,
        legacy: false,
        reasons: [],
        decoded: { provinceCode: '064', province: 'Gia Lai', birthCentury: 1900, sex: 'male', birthYear: 1995 },
      });
      expect((await check('064095012345', '?birthDate=1995-03-01&sex=male')).body.valid).toBe(true);
    });

    it('names a century, sex or birth-year mismatch with the known birth date and sex', async () => {
      const codes = async (q: string) => (await check('064095012345', q)).body.reasons.map((r: { code: string }) => r.code);
      expect(await codes('?birthDate=2005-03-01')).toEqual(['personalId.centuryMismatch']);
      expect(await codes('?birthDate=1996-03-01')).toEqual(['personalId.yearMismatch']);
      expect(await codes('?sex=female')).toEqual(['personalId.sexMismatch']);
      expect(await codes('?birthDate=1996-03-01&sex=female')).toEqual(['personalId.yearMismatch', 'personalId.sexMismatch']);
      const en = await check('064095012345', '?birthDate=2005-03-01', 'en');
      expect(en.body.reasons[0].message).toBe('The 4th digit (0) does not match the birth year 2005.');
    });

    it('an unknown birth-registration province (003) is refused and named', async () => {
      const res = await check('003095012345');
      expect(res.body.valid).toBe(false);
      expect(res.body.reasons).toHaveLength(1);
      expect(res.body.reasons[0].code).toBe('personalId.province');
      expect(res.body.reasons[0].message).toContain('003');
      expect(res.body.decoded.province).toBeNull();
    });

    it('a 9-digit identity-card number is legacy: not valid as an identifier', async () => {
      const res = await check('230456789');
      expect(res.body).toMatchObject({ valid: false, legacy: true });
      expect(res.body.reasons[0].code).toBe('personalId.legacy');
      expect(res.body.decoded).toBeUndefined();
      const en = await check('230456789', '', 'en');
      expect(en.body.reasons[0].message).toMatch(/^This is an old 9-digit ID card number/);
    });

    it('decodes any 12 digits by the PPP G YY RRRRRR layout, and one built from a birth date and sex is consistent with them (property)', async () => {
      const known = ['001', '052', '064', '079'];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...known),
          fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
          fc.constantFrom('male', 'female'),
          fc.stringMatching(/^\d{6}$/),
          async (province, birth, sex, random) => {
            const year = birth.getUTCFullYear();
            const g = ((year - (year % 100) - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
            const id = `${province}${g}${String(year % 100).padStart(2, '0')}${random}`;
            const birthDate = birth.toISOString().slice(0, 10);
            const res = await check(id, `?birthDate=${birthDate}&sex=${sex}`);
            expect(res.body.valid, `${id} ${birthDate} ${sex}`).toBe(true);
            expect(res.body.decoded).toMatchObject({ provinceCode: province, sex, birthYear: year, birthCentury: year - (year % 100) });
            const otherSex = sex === 'male' ? 'female' : 'male';
            expect((await check(id, `?sex=${otherSex}`)).body.reasons.map((r: { code: string }) => r.code)).toEqual(['personalId.sexMismatch']);
          },
        ),
        { seed: 65, numRuns: 25 },
      );
    });

    it('refuses a malformed birth date or sex with a 400 that names the field', async () => {
      const res = await check('064095012345', '?birthDate=1995-02-30&sex=x');
      expect(res.status).toBe(400);
      const paths = res.body.error.issues.map((i: { path: string }) => i.path).sort();
      expect(paths).toHaveLength(2);
      expect(paths[0]).toMatch(/^query(string)?\.birthDate$/);
      expect(paths[1]).toMatch(/^query(string)?\.sex$/);
    });
  });
});
