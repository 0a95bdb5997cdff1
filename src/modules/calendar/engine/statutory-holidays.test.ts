import { describe, expect, it } from 'vitest';
import { STATUTORY_SOURCE, statutoryHolidays } from './statutory-holidays.ts';

const dates = (year: number, type?: string): string[] =>
  statutoryHolidays(year)
    .filter((r) => type === undefined || r.type === type)
    .map((r) => r.date);

describe('statutory holidays (Labour Code 2019 Art. 111–112)', () => {
  it('2025: eleven holiday days with the default Tết range (eve + days 1–4)', () => {
    expect(dates(2025, 'HOLIDAY')).toEqual([
      '2025-01-01',
      '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01', '2025-09-02',
    ]);
    const hung = statutoryHolidays(2025).find((r) => r.date === '2025-04-07');
    expect(hung).toEqual({ date: '2025-04-07', type: 'HOLIDAY', label: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', source: STATUTORY_SOURCE });
    // Tết day 5 (Sat 01/02) is a rest day → substitute on Mon 03/02.
    expect(dates(2025, 'SUBSTITUTE_HOLIDAY')).toEqual(['2025-02-03']);
  });

  it('2026: Hùng Kings on Sunday 26/04 gives a substitute day on Monday 27/04', () => {
    const sub = statutoryHolidays(2026).find((r) => r.type === 'SUBSTITUTE_HOLIDAY' && r.date === '2026-04-27');
    expect(sub?.label).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(dates(2026, 'HOLIDAY')).toContain('2026-04-26');
    expect(dates(2026, 'HOLIDAY').filter((d) => d.startsWith('2026-02'))).toEqual([
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
    ]);
  });

  it('2027: National Day on a Thursday pairs with Friday 03/09; Tết weekend days give two substitutes', () => {
    expect(dates(2027, 'HOLIDAY').filter((d) => d.startsWith('2027-09'))).toEqual(['2027-09-02', '2027-09-03']);
    expect(dates(2027, 'SUBSTITUTE_HOLIDAY')).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
  });

  it('a substitute day skips other holidays (30/04/2028 Sunday → Tuesday 02/05)', () => {
    expect(dates(2028, 'SUBSTITUTE_HOLIDAY')).toEqual(['2028-01-03', '2028-01-31', '2028-05-02', '2028-09-04']);
  });

  it('never gives a substitute on a holiday or a weekend, and never twice on one day', () => {
    for (let year = 2020; year <= 2060; year++) {
      const rows = statutoryHolidays(year);
      const all = rows.map((r) => r.date);
      expect(new Set(all).size).toBe(all.length);
      for (const r of rows.filter((x) => x.type === 'SUBSTITUTE_HOLIDAY')) {
        const wd = new Date(`${r.date}T00:00:00Z`).getUTCDay();
        expect(wd === 0 || wd === 6).toBe(false);
      }
      expect(rows.filter((r) => r.type === 'HOLIDAY')).toHaveLength(11);
    }
  });

  it('honours other weekly rest days', () => {
    // With only Sunday as the rest day, Sat 01/02/2025 is an ordinary day and Sun gets none.
    expect(statutoryHolidays(2025, [7]).filter((r) => r.type === 'SUBSTITUTE_HOLIDAY')).toEqual([]);
  });
});
