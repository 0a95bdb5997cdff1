import { describe, expect, it } from 'vitest';
import { DOSSIER_CODE_RE, formatDossierCode } from './dossier-code.ts';

describe('dossier codes (DOMAIN §6.1)', () => {
  it('follows the TT 01/2018 layout by default', () => {
    expect(formatDossierCode('TT01_2018', '000.00.21.H21', '2025-07-14', 12)).toBe('000.00.21.H21-250714-0012');
    expect(formatDossierCode('TT01_2018', 'H21.65', '2022-09-14', 11)).toBe('H21.65-220914-0011');
  });

  it('offers the 8-digit date, 7-digit sequence layout', () => {
    expect(formatDossierCode('YYYYMMDD_SEQ7', 'G09.20', '2026-06-09', 92637)).toBe('G09.20-20260609-0092637');
  });

  it('keeps counting past 9999 instead of wrapping, and every code matches the look-up pattern', () => {
    expect(formatDossierCode('TT01_2018', 'H21.02', '2026-03-02', 10001)).toBe('H21.02-260302-10001');
    for (const c of ['H21.02-260302-0001', 'H21.02-260302-10001', 'G09.20-20260609-0092637']) expect(c).toMatch(DOSSIER_CODE_RE);
    expect('H21.02-2603-0001').not.toMatch(DOSSIER_CODE_RE);
  });
});
