import { describe, expect, it } from 'vitest';
import { classifyAgencyCode, cleanAgencyCode, mechanicalFromLegacy } from './agency-code.ts';

describe('agency electronic identifiers (Decision 20/2020)', () => {
  it('classifies the current, legacy and other-organisation layouts', () => {
    expect(classifyAgencyCode('H21')).toBe('CURRENT');
    expect(classifyAgencyCode('H21.10.01')).toBe('CURRENT');
    expect(classifyAgencyCode('000.00.10.H21')).toBe('LEGACY');
    expect(classifyAgencyCode('Z01123456')).toBe('OTHER_ORGANISATION');
    expect(classifyAgencyCode('Z21')).toBeNull();
    expect(classifyAgencyCode('h21.10')).toBeNull();
    expect(classifyAgencyCode(`H21.${'1'.repeat(40)}`)).toBeNull(); // over 35 characters
  });

  it('cleans what people type', () => {
    expect(cleanAgencyCode(' h21.10 ')).toBe('H21.10');
    expect(cleanAgencyCode('H21/10')).toBeNull();
  });

  it('reverses legacy groups mechanically only as an explicit fallback', () => {
    expect(mechanicalFromLegacy('000.00.10.H21')).toBe('H21.10');
    expect(mechanicalFromLegacy('000.02.01.H21')).toBe('H21.01.02');
  });
});
