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
