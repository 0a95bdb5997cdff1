import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPersonalId } from './personal-id.ts';
import { checkTaxCode, taxCheckDigit } from './tax-code.ts';

describe('tax code check digit (DOMAIN §6.6)', () => {
  it('follows the worked example 0100109106', () => {
    expect(taxCheckDigit('010010910')).toBe(6);
    expect(checkTaxCode('0100109106')).toMatchObject({ valid: true, kind: 'ENTERPRISE' });
    expect(checkTaxCode('0100109105')).toMatchObject({ valid: false, reasons: [{ key: 'taxCode.checkDigit', params: { expected: 6, actual: 5 } }] });
  });

  it('accepts dependent units with or without the hyphen and normalises them', () => {
    expect(checkTaxCode('0100109106-001')).toMatchObject({ valid: true, kind: 'DEPENDENT_UNIT', normalised: '0100109106-001' });
    expect(checkTaxCode('0100109106001')).toMatchObject({ valid: true, normalised: '0100109106-001' });
  });

  it('never accepts a code whose check value is 10', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (first9) => {
        const c = taxCheckDigit(first9);
        const r = checkTaxCode(`${first9}${c === 10 ? 0 : c}`);
        expect(r.valid).toBe(c !== 10);
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});

describe('personal identification number (DOMAIN §6.5)', () => {
  it('decodes the example 064095012345', () => {
    expect(checkPersonalId('064095012345')).toMatchObject({ valid: true, decoded: { province: 'Gia Lai', birthYear: 1995, sex: 'male' } });
  });

  it('checks consistency with a known birth date and sex', () => {
    expect(checkPersonalId('064095012345', { birthDate: '1995-03-01', sex: 'male' }).valid).toBe(true);
    expect(checkPersonalId('064095012345', { birthDate: '2005-03-01' }).reasons[0]?.key).toBe('personalId.centuryMismatch');
    expect(checkPersonalId('064095012345', { birthDate: '1996-03-01' }).reasons[0]?.key).toBe('personalId.yearMismatch');
    expect(checkPersonalId('064095012345', { sex: 'female' }).reasons[0]?.key).toBe('personalId.sexMismatch');
    expect(checkPersonalId('064395012345').decoded).toMatchObject({ birthCentury: 2000, sex: 'female' });
  });

  it('refuses unknown provinces, wrong lengths, and tags 9-digit legacy numbers', () => {
    expect(checkPersonalId('003095012345').reasons[0]?.key).toBe('personalId.province');
    expect(checkPersonalId('06409501234').reasons[0]?.key).toBe('personalId.format');
    expect(checkPersonalId('230123456')).toMatchObject({ valid: false, legacy: true });
  });
});

// The cases below pin each decision of the two checkers to an observable result (issue 22: they
// were found by mutation testing, npm run test:mutation — see docs/mutation-testing.md).
describe('tax code: layout, never-issued values and personal ids', () => {
  it('gives the never-issued reason, not a check-digit one, when the check value would be 10', () => {
    expect(taxCheckDigit('010010916')).toBe(10);
    for (const last of ['0', '1', '9']) {
      expect(checkTaxCode(`010010916${last}`)).toEqual({ valid: false, kind: 'ENTERPRISE', normalised: `010010916${last}`, reasons: [{ key: 'taxCode.neverIssued' }] });
    }
  });

  it('accepts check digit 0 (10 − Σ mod 11 = 0 is never confused with 10)', () => {
    expect(taxCheckDigit('010010912')).toBe(0);
    expect(checkTaxCode('0100109120')).toEqual({ valid: true, kind: 'ENTERPRISE', normalised: '0100109120', reasons: [] });
  });

  it('reads only the first nine digits for the check digit, whatever follows', () => {
    expect(taxCheckDigit('0100109106')).toBe(taxCheckDigit('010010910'));
    expect(checkTaxCode('0100109106-999')).toEqual({ valid: true, kind: 'DEPENDENT_UNIT', normalised: '0100109106-999', reasons: [] });
  });

  it('refuses anything that is not exactly 10 digits, optionally followed by a 3-digit suffix', () => {
    const refused = { valid: false, kind: null, normalised: null, reasons: [{ key: 'taxCode.format' }] };
    for (const bad of ['', '010010910', 'x0100109106', '0100109106x', '0100109106-0012', '0100109106-01', '0100109106--001', ' 0100109106', '01001091060', '0100109106 001']) {
      expect(checkTaxCode(bad), bad).toEqual(refused);
    }
  });

  it('treats a 12-digit code as the personal identification number of an individual (since 07/2025)', () => {
    expect(checkTaxCode('064095012345')).toEqual({ valid: true, kind: 'PERSONAL_ID', normalised: '064095012345', reasons: [] });
    expect(checkTaxCode('003095012345')).toEqual({ valid: false, kind: 'PERSONAL_ID', normalised: '003095012345', reasons: [{ key: 'personalId.province', params: { code: '003' } }] });
  });
});

describe('personal identification number: layout and each consistency reason', () => {
  it('tags exactly 9 digits as legacy and refuses every other non-12-digit form', () => {
    expect(checkPersonalId('230123456')).toEqual({ valid: false, legacy: true, reasons: [{ key: 'personalId.legacy' }] });
    const refused = { valid: false, legacy: false, reasons: [{ key: 'personalId.format' }] };
    for (const bad of ['', '23012345', '2301234567', 'x064095012345', '064095012345x', '0640950123456', '06409501234a', ' 064095012345']) {
      expect(checkPersonalId(bad), bad).toEqual(refused);
    }
  });

  it('decodes the century-and-sex digit: even is male, odd is female, each pair a century from 1900', () => {
    const decoded = (g: number) => checkPersonalId(`064${g}95012345`).decoded;
    expect(decoded(0)).toMatchObject({ birthCentury: 1900, sex: 'male', birthYear: 1995 });
    expect(decoded(1)).toMatchObject({ birthCentury: 1900, sex: 'female', birthYear: 1995 });
    expect(decoded(2)).toMatchObject({ birthCentury: 2000, sex: 'male', birthYear: 2095 });
    expect(decoded(3)).toMatchObject({ birthCentury: 2000, sex: 'female' });
    expect(decoded(4)).toMatchObject({ birthCentury: 2100, sex: 'male' });
    expect(decoded(9)).toMatchObject({ birthCentury: 2300, sex: 'female' });
  });

  it('returns the whole decoding of a valid number', () => {
    expect(checkPersonalId('001204000001')).toEqual({
      valid: true,
      legacy: false,
      reasons: [],
      decoded: { provinceCode: '001', province: 'Hà Nội', birthCentury: 2000, sex: 'male', birthYear: 2004 },
    });
  });

  it('names the faulty part in each reason, and a number with any reason is invalid', () => {
    expect(checkPersonalId('003095012345')).toMatchObject({ valid: false, legacy: false, reasons: [{ key: 'personalId.province', params: { code: '003' } }], decoded: { province: null } });
    expect(checkPersonalId('064095012345', { birthDate: '2005-03-01' })).toMatchObject({ valid: false, reasons: [{ key: 'personalId.centuryMismatch', params: { digit: 0, year: 2005 } }] });
    expect(checkPersonalId('064095012345', { birthDate: '1996-03-01' })).toMatchObject({ valid: false, reasons: [{ key: 'personalId.yearMismatch', params: { yy: '95', year: 1996 } }] });
    expect(checkPersonalId('064095012345', { sex: 'female' })).toMatchObject({ valid: false, reasons: [{ key: 'personalId.sexMismatch', params: { digit: 0 } }] });
    expect(checkPersonalId('064195012345', { sex: 'male' }).reasons).toEqual([{ key: 'personalId.sexMismatch', params: { digit: 1 } }]);
    expect(checkPersonalId('064195012345', { sex: 'female', birthDate: '1995-12-31' })).toMatchObject({ valid: true, reasons: [] });
  });

  it('reports every inconsistency at once, century before sex', () => {
    const r = checkPersonalId('003295012345', { birthDate: '1995-01-01', sex: 'female' });
    expect(r.reasons.map((x) => x.key)).toEqual(['personalId.province', 'personalId.centuryMismatch', 'personalId.sexMismatch']);
  });

  it('compares the year within the century (a year ending in 00 and a two-digit 00)', () => {
    expect(checkPersonalId('064200012345', { birthDate: '2000-06-01' }).valid).toBe(true);
    expect(checkPersonalId('064200012345', { birthDate: '2001-06-01' }).reasons).toEqual([{ key: 'personalId.yearMismatch', params: { yy: '00', year: 2001 } }]);
    expect(checkPersonalId('064099012345', { birthDate: '1999-06-01' }).valid).toBe(true);
    expect(checkPersonalId('064099012345', { birthDate: '2099-06-01' }).reasons[0]?.key).toBe('personalId.centuryMismatch');
  });
});
