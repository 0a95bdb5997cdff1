import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leapMonthOf, lunarNewYear, lunarToSolar, solarToLunar } from './lunar.ts';
import { dayNumber, localDate, weekdayOfDay } from './local-time.ts';

// DOMAIN §5.3 table: Tết, its eve and the Hùng Kings' day (10/3 lunar), with weekdays.
const TABLE: [number, string, string, string, number, number][] = [
  [2025, '2025-01-29', '2025-01-28', '2025-04-07', 3, 1],
  [2026, '2026-02-17', '2026-02-16', '2026-04-26', 2, 7],
  [2027, '2027-02-06', '2027-02-05', '2027-04-16', 6, 5],
  [2028, '2028-01-26', '2028-01-25', '2028-04-04', 3, 2],
  [2029, '2029-02-13', '2029-02-12', '2029-04-23', 2, 1],
  [2030, '2030-02-02', '2030-02-01', '2030-04-12', 6, 5],
];

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each(TABLE)('%i: Tết %s, eve %s, Hùng Kings %s', (year, tet, eve, hung, tetWeekday, hungWeekday) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(localDate(dayNumber(tet) - 1)).toBe(eve);
    expect(solarToLunar(eve)).toMatchObject({ month: 12, year: year - 1, leap: false });
    expect(lunarToSolar(10, 3, year)).toBe(hung);
    expect(weekdayOfDay(dayNumber(tet))).toBe(tetWeekday);
    expect(weekdayOfDay(dayNumber(hung))).toBe(hungWeekday);
  });

  it('Tết 2030 is Sat 02/02 at UTC+7 but 03/02 at UTC+8 (why a Chinese calendar must not be used)', () => {
    expect(lunarNewYear(2030)).toBe('2030-02-02');
    expect(lunarNewYear(2030, 8)).toBe('2030-02-03');
  });

  it('reproduces other known UTC+7 / UTC+8 differences (1968, 1985, 2007)', () => {
    expect(lunarNewYear(1968)).toBe('1968-01-29');
    expect(lunarNewYear(1968, 8)).toBe('1968-01-30');
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(1985, 8)).toBe('1985-02-20');
    expect(lunarNewYear(2007)).toBe('2007-02-17');
    expect(lunarNewYear(2007, 8)).toBe('2007-02-18');
  });

  it('matches the published Tết dates 2020–2024 and 2031–2035', () => {
    const known = ['2020-01-25', '2021-02-12', '2022-02-01', '2023-01-22', '2024-02-10'];
    known.forEach((d, i) => expect(lunarNewYear(2020 + i)).toBe(d));
    const later = ['2031-01-23', '2032-02-11', '2033-01-31', '2034-02-19', '2035-02-08'];
    later.forEach((d, i) => expect(lunarNewYear(2031 + i)).toBe(d));
  });

  it('places leap months by the no-major-term rule', () => {
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2026)).toBeNull();
    expect(leapMonthOf(2028)).toBe(5);
    expect(leapMonthOf(2033)).toBe(11);
    expect(solarToLunar('2025-07-25')).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
  });

  it('converts mid-autumn (15/8) dates', () => {
    expect(lunarToSolar(15, 8, 2024)).toBe('2024-09-17');
    expect(lunarToSolar(15, 8, 2025)).toBe('2025-10-06');
    expect(solarToLunar('2025-10-06')).toEqual({ day: 15, month: 8, year: 2025, leap: false });
  });

  it('rejects impossible lunar dates', () => {
    expect(() => lunarToSolar(1, 6, 2026, true)).toThrow(RangeError);
    expect(() => lunarToSolar(0, 1, 2026)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 13, 2026)).toThrow(RangeError);
    expect(() => lunarNewYear(1500)).toThrow(RangeError);
  });

  it('solarToLunar and lunarToSolar are inverse (1950–2150)', () => {
    const from = dayNumber('1950-01-01');
    const to = dayNumber('2150-12-31');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (day) => {
        const date = localDate(day);
        const l = solarToLunar(date);
        expect(l.day).toBeGreaterThanOrEqual(1);
        expect(l.day).toBeLessThanOrEqual(30);
        expect(lunarToSolar(l.day, l.month, l.year, l.leap)).toBe(date);
      }),
      { numRuns: 200 },
    );
  });

  it('every lunar month has 29 or 30 days and Tết falls between 21/01 and 20/02', () => {
    for (let year = 1950; year <= 2100; year++) {
      const tet = lunarNewYear(year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`).toBe(true);
      const next = dayNumber(lunarNewYear(year + 1));
      const length = next - dayNumber(tet);
      expect([354, 355, 383, 384, 385]).toContain(length);
    }
  });
});
