import { describe, expect, it } from 'vitest';
import { MAX_DAY_LINES } from './explanation.ts';
import { calendar2025, computedCalendar, row, vn } from './test-fixtures.ts';
import type { DueDateResult } from './types.ts';

const texts = (r: DueDateResult): string[] => r.explanation.map((s) => s.text);
const H = 3_600_000;

describe('same-day procedures and the cut-off', () => {
  const cal = calendar2025();

  it('received on a working day before 15:00 → due at that day’s close', () => {
    const r = cal.addWorkingTime(vn('2025-03-11 14:59'), 0, 'WORKING_DAY');
    expect(r.dueAt).toEqual(vn('2025-03-11 17:00'));
    expect(r.explanation.find((s) => s.kind === 'cutoff')?.text).toContain('trước giờ chốt 15:00');
  });

  it('received at or after 15:00 → next working day', () => {
    expect(cal.addWorkingTime(vn('2025-03-11 15:00'), 0, 'WORKING_DAY').dueAt).toEqual(vn('2025-03-12 17:00'));
    expect(cal.addWorkingTime(vn('2025-03-14 16:00'), 0, 'WORKING_DAY').dueAt).toEqual(vn('2025-03-17 17:00'));
  });

  it('received on a non-working day → next working day, across Tết', () => {
    const r = cal.addWorkingTime(vn('2025-01-28 09:00'), 0, 'WORKING_DAY');
    expect(r.dueAt).toEqual(vn('2025-02-03 17:00'));
    expect(texts(r)).toContain('Thứ Hai 03/02/2025: ngày làm việc tiếp theo');
  });

  it('respects a configured cut-off', () => {
    expect(cal.addWorkingTime(vn('2025-03-11 15:30'), 0, 'WORKING_DAY', { cutoff: '16:00' }).dueAt).toEqual(vn('2025-03-11 17:00'));
  });

  it('multi-day limits ignore the cut-off by default, and shift when cutoffShiftsStart is on', () => {
    expect(cal.addWorkingTime(vn('2025-03-11 16:00'), 2, 'WORKING_DAY').dueAt).toEqual(vn('2025-03-13 17:00'));
    const shifted = cal.addWorkingTime(vn('2025-03-11 16:00'), 2, 'WORKING_DAY', { cutoffShiftsStart: true });
    expect(shifted.dueAt).toEqual(vn('2025-03-14 17:00'));
    expect(shifted.explanation.find((s) => s.kind === 'cutoff')?.text).toContain('coi như tiếp nhận vào Thứ Tư 12/03/2025');
    expect(cal.addWorkingTime(vn('2025-03-11 14:00'), 2, 'WORKING_DAY', { cutoffShiftsStart: true }).dueAt).toEqual(vn('2025-03-13 17:00'));
    // A Saturday receipt: by default counting starts Sunday, so Monday is day 1; shifted, Monday is the receipt day.
    expect(cal.addWorkingTime(vn('2025-03-08 10:00'), 1, 'WORKING_DAY').dueAt).toEqual(vn('2025-03-10 17:00'));
    expect(cal.addWorkingTime(vn('2025-03-08 10:00'), 1, 'WORKING_DAY', { cutoffShiftsStart: true }).dueAt).toEqual(vn('2025-03-11 17:00'));
  });
});

describe('calendar rows in counting', () => {
  it('a MAKEUP_WORKDAY Saturday counts as a working day', () => {
    const cal = calendar2025([row('2025-02-08', 'MAKEUP_WORKDAY', 'Làm bù ngày 31/01/2025', 'Thông báo (ví dụ)')]);
    const r = cal.addWorkingTime(vn('2025-02-06 09:00'), 2, 'WORKING_DAY');
    expect(r.dueAt).toEqual(vn('2025-02-08 17:00'));
    expect(texts(r)).toContain('Thứ Bảy 08/02/2025: ngày làm việc thứ 2 (ngày làm bù: Làm bù ngày 31/01/2025)');
  });

  it('a CLOSURE is skipped with its label', () => {
    const cal = calendar2025([row('2025-03-12', 'CLOSURE', 'Bão số 3', 'Quyết định của UBND tỉnh')]);
    const r = cal.addWorkingTime(vn('2025-03-11 09:00'), 1, 'WORKING_DAY');
    expect(r.dueAt).toEqual(vn('2025-03-13 17:00'));
    expect(texts(r)).toContain('Thứ Tư 12/03/2025: bỏ qua — Bão số 3 (Quyết định của UBND tỉnh)');
  });

  it('a CLOSURE on a computed year is honoured together with the statutory holidays', () => {
    const cal = computedCalendar([row('2026-04-28', 'CLOSURE', 'Sự cố')]);
    // Fri 24/04/2026 + 1 working day: Sat, Sun, Hùng Kings (Sun 26) substitute Mon 27, closure Tue 28 → Wed 29.
    expect(cal.addWorkingTime(vn('2026-04-24 09:00'), 1, 'WORKING_DAY').dueAt).toEqual(vn('2026-04-29 17:00'));
  });
});

describe('printed time and units', () => {
  const cal = calendar2025();

  it('END_OF_DAY gives 23:59:59.999 local instead of the close of office', () => {
    const eod = cal.addWorkingTime(vn('2025-01-06 09:00'), 5, 'WORKING_DAY', { dueTime: 'END_OF_DAY' });
    expect(eod.dueAt).toEqual(new Date(vn('2025-01-14 00:00').getTime() - 1));
    expect(eod.explanation.at(-1)?.at).toBe('2025-01-13T23:59:59.999+07:00');
    expect(cal.addWorkingTime(vn('2025-01-06 09:00'), 5, 'WORKING_DAY', { dueTime: 'CLOSE_OF_OFFICE' }).dueAt).toEqual(vn('2025-01-13 17:00'));
  });

  it('DAY without a shift ends on the last day; a weekend last day moves to Monday', () => {
    expect(cal.addWorkingTime(vn('2025-03-03 09:00'), 10, 'DAY').dueAt).toEqual(vn('2025-03-13 17:00'));
    const r = cal.addWorkingTime(vn('2025-03-03 09:00'), 5, 'DAY');
    expect(r.dueAt).toEqual(vn('2025-03-10 17:00'));
    expect(r.explanation.some((s) => s.kind === 'shift')).toBe(true);
  });

  it('MONTH ends on the corresponding day, or the month’s last day, then Art. 148 applies', () => {
    expect(cal.addWorkingTime(vn('2025-01-15 09:00'), 1, 'MONTH').dueAt).toEqual(vn('2025-02-17 17:00')); // 15/02 is a Saturday
    expect(cal.addWorkingTime(vn('2025-01-31 09:00'), 1, 'MONTH').dueAt).toEqual(vn('2025-02-28 17:00'));
    expect(cal.addWorkingTime(vn('2025-03-31 09:00'), 1, 'MONTH').dueAt).toEqual(vn('2025-04-30 17:00'));
    expect(cal.addWorkingTime(vn('2025-11-10 09:00'), 3, 'MONTH').dueAt).toEqual(vn('2026-02-10 17:00'));
  });

  it('HOUR is exact elapsed time from the stated moment, fractions allowed', () => {
    expect(cal.addWorkingTime(vn('2025-03-08 10:00'), 24, 'HOUR').dueAt).toEqual(vn('2025-03-09 10:00'));
    expect(cal.addWorkingTime(vn('2025-03-08 10:00'), 1.5, 'HOUR').dueAt).toEqual(vn('2025-03-08 11:30'));
  });

  it('WORKING_HOUR: fractions, lunch break, ending exactly at a close', () => {
    expect(cal.addWorkingTime(vn('2025-03-10 11:00'), 1, 'WORKING_HOUR').dueAt).toEqual(vn('2025-03-10 14:00'));
    expect(cal.addWorkingTime(vn('2025-03-10 07:30'), 7.5, 'WORKING_HOUR').dueAt).toEqual(vn('2025-03-10 17:00'));
    expect(cal.addWorkingTime(vn('2025-03-10 12:00'), 0.25, 'WORKING_HOUR').dueAt).toEqual(vn('2025-03-10 13:45'));
    expect(cal.addWorkingTime(vn('2025-03-10 18:00'), 1, 'WORKING_HOUR').dueAt).toEqual(vn('2025-03-11 08:30'));
  });

  it('rejects negative, non-finite and fractional day amounts', () => {
    expect(() => cal.addWorkingTime(vn('2025-03-10 09:00'), -1, 'WORKING_DAY')).toThrow(RangeError);
    expect(() => cal.addWorkingTime(vn('2025-03-10 09:00'), Number.NaN, 'HOUR')).toThrow(RangeError);
    expect(() => cal.addWorkingTime(vn('2025-03-10 09:00'), Infinity, 'WORKING_HOUR')).toThrow(RangeError);
    expect(() => cal.addWorkingTime(vn('2025-03-10 09:00'), 1.5, 'WORKING_DAY')).toThrow(RangeError);
    expect(() => cal.addWorkingTime(vn('2025-03-10 09:00'), 1.5, 'DAY')).toThrow(RangeError);
    expect(() => cal.addWorkingTime(vn('2025-03-10 09:00'), 1.5, 'MONTH')).toThrow(RangeError);
    expect(() => cal.addWorkingTime(new Date(Number.NaN), 1, 'DAY')).toThrow(RangeError);
    expect(() => cal.addWorkingTime(vn('2025-03-10 09:00'), 1, 'DAY', { cutoff: '25:00' })).toThrow(RangeError);
  });
});

describe('elapsed working time and classification', () => {
  const cal = calendar2025();

  it('counts office hours only, and merges overlapping exclusions', () => {
    expect(cal.elapsedWorkingMs(vn('2025-03-07 16:00'), vn('2025-03-10 16:30'))).toBe(8 * H);
    expect(cal.elapsedWorkingMs(vn('2025-03-10 16:30'), vn('2025-03-07 16:00'))).toBe(0);
    const ex = [
      { from: vn('2025-03-10 08:00'), to: vn('2025-03-10 10:00') },
      { from: vn('2025-03-10 09:00'), to: vn('2025-03-10 14:00') },
    ];
    // Mon 07:30–17:00 = 7.5 h; excluded 08:00–14:00 covers 3.5 h + 0.5 h of office time.
    expect(cal.elapsedWorkingMs(vn('2025-03-10 07:00'), vn('2025-03-10 18:00'), ex)).toBe(3.5 * H);
    expect(cal.elapsedWorkingMs(vn('2025-01-24 16:00'), vn('2025-02-03 08:30'))).toBe(2 * H);
  });

  it('classify: LATE after due; EARLY only when split and on an earlier local day', () => {
    const due = vn('2025-03-10 17:00');
    expect(cal.classify(vn('2025-03-10 17:00:01'), due, true)).toBe('LATE');
    expect(cal.classify(vn('2025-03-10 17:00'), due, true)).toBe('ON_TIME');
    expect(cal.classify(vn('2025-03-10 08:00'), due, true)).toBe('ON_TIME');
    expect(cal.classify(vn('2025-03-07 23:00'), due, true)).toBe('EARLY');
    expect(cal.classify(vn('2025-03-07 23:00'), due, false)).toBe('ON_TIME');
  });
});

describe('explanations', () => {
  it('warns once per year without an official notice and ends with the due step', () => {
    const r = calendar2025().addWorkingTime(vn('2025-12-20 09:00'), 30, 'WORKING_DAY');
    const warnings = r.explanation.filter((s) => s.kind === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.text).toContain('Năm 2026');
    expect(warnings[0]?.textEn).toContain('2026');
    expect(r.explanation.at(-1)?.kind).toBe('due');
  });

  it('condenses very long spans into runs but keeps holidays line by line', () => {
    const r = calendar2025().addWorkingTime(vn('2025-01-06 09:00'), 600, 'WORKING_DAY');
    expect(r.explanation.length).toBeLessThan(MAX_DAY_LINES);
    expect(r.explanation.some((s) => s.text.includes('ngày làm việc thứ 1 → ngày làm việc thứ 14'))).toBe(true);
    expect(r.explanation.filter((s) => s.text.includes('Tết Nguyên đán')).length).toBeGreaterThanOrEqual(5);
    const short = calendar2025().addWorkingTime(vn('2025-01-06 09:00'), 200, 'WORKING_DAY');
    expect(short.explanation.filter((s) => s.kind === 'count')).toHaveLength(200);
  });

  it('every step has both languages', () => {
    const r = computedCalendar().addWorkingTime(vn('2026-02-12 16:00'), 3, 'WORKING_DAY', { cutoffShiftsStart: true });
    for (const s of r.explanation) {
      expect(s.text.length).toBeGreaterThan(0);
      expect(s.textEn.length).toBeGreaterThan(0);
    }
    expect(r.explanation.find((s) => s.kind === 'skip' && s.date === '2026-02-17')?.textEn).toContain('public holiday: Tết Nguyên đán');
  });
});
