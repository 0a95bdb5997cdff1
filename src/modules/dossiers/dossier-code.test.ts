import { describe, expect, it } from 'vitest';
import { DOSSIER_CODE_RE, codeAllocation, formatDossierCode, formatResultCode } from './dossier-code.ts';

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

// Cases found by mutation testing (issue 22, docs/mutation-testing.md).
describe('dossier code layouts and the look-up pattern', () => {
  it('allocates per agency and day, with the layout around the number', () => {
    expect(codeAllocation('TT01_2018', 'H21.65', '2022-09-14')).toEqual({ scope: 'H21.65', day: '2022-09-14', prefix: 'H21.65-220914-', width: 4 });
    expect(codeAllocation('YYYYMMDD_SEQ7', 'G09.20', '2026-06-09')).toEqual({ scope: 'G09.20', day: '2026-06-09', prefix: 'G09.20-20260609-', width: 7 });
    expect(formatDossierCode('TT01_2018', 'H21.65', '2022-09-14', 1)).toBe('H21.65-220914-0001');
    expect(formatDossierCode('YYYYMMDD_SEQ7', 'G09.20', '2026-06-09', 1)).toBe('G09.20-20260609-0000001');
  });

  it('accepts agency codes of 3 to 35 characters of digits, capitals and dots, and nothing else', () => {
    expect('ABC-260302-0001').toMatch(DOSSIER_CODE_RE);
    expect(`${'A'.repeat(35)}-260302-0001`).toMatch(DOSSIER_CODE_RE);
    expect('000.00.21.H21-20260302-0000001').toMatch(DOSSIER_CODE_RE);
    // Busy days keep counting with more digits in either layout.
    expect('G09.20-20260609-10000000').toMatch(DOSSIER_CODE_RE);
    expect(formatDossierCode('YYYYMMDD_SEQ7', 'G09.20', '2026-06-09', 10_000_000)).toBe('G09.20-20260609-10000000');
    for (const bad of [
      'AB-260302-0001',
      `${'A'.repeat(36)}-260302-0001`,
      'h21.02-260302-0001',
      'H21_02-260302-0001',
      'H21.02-260302-001',
      'H21.02-26032-0001',
      'H21.02-20260302-000001',
      'H21.02-2026030-0000001',
      'H21.02-260302-0001x',
      'xH21.02-260302-0001 ',
      ' H21.02-260302-0001',
      'H21.02-260302-0001-KQ1',
      'H21.02-260302',
      'H21.02--260302-0001',
      'H21.02-26O302-0001',
    ]) {
      expect(bad).not.toMatch(DOSSIER_CODE_RE);
    }
  });

  it('result codes follow the configured literal', () => {
    expect(formatResultCode('KQn', 'H21.02-260302-0001', 2)).toBe('H21.02-260302-0001-KQ2');
    expect(formatResultCode('KQ(n)', 'H21.02-260302-0001', 2)).toBe('H21.02-260302-0001-KQ(2)');
  });
});
