import { describe, expect, it } from 'vitest';
import { MAX_IDLE_DAYS, type CalendarView } from './calendar-view.ts';
import { computeDue } from './due-date.ts';
import { MAX_DAY_LINES } from './explanation.ts';
import { dayNumber, localDate } from './local-time.ts';
import { calendar2025, computedCalendar, row, vn } from './test-fixtures.ts';
import type { DueDateResult, DurationUnit } from './types.ts';
import { DEFAULT_DEADLINE_OPTIONS, WorkingCalendar } from './working-calendar.ts';

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

// Cases found by mutation testing (issue 22, docs/mutation-testing.md): each pins one decision of the
// engine — a boundary, a branch, the day a step is about — to an observable result.
describe('boundaries and branches of the counting rules', () => {
  const cal = calendar2025();
  const EN = (r: DueDateResult, kind: string): string[] => r.explanation.filter((s) => s.kind === kind).map((s) => s.textEn);

  it('searches exactly MAX_IDLE_DAYS ahead for a working day, and no further', () => {
    const start = '2025-01-01';
    const base = dayNumber(start);
    // Weekdays off everywhere: the only working days are two make-up days, `first` and the day after.
    const only = (first: number) =>
      new WorkingCalendar({
        workingHours: { weekdays: [], intervals: [['08:00', '12:00']] },
        overrides: [row(localDate(first), 'MAKEUP_WORKDAY'), row(localDate(first + 1), 'MAKEUP_WORKDAY')],
        officialYears: [],
      });
    const within = only(base + MAX_IDLE_DAYS);
    const due = `${localDate(base + MAX_IDLE_DAYS)} 12:00`;
    // Counted (nextWorking), same-day (nextWorking) and shifted start (firstWorkingAfter) all reach it.
    expect(within.addWorkingTime(vn(`${start} 09:00`), 1, 'WORKING_DAY').dueAt).toEqual(vn(due));
    expect(within.addWorkingTime(vn(`${start} 09:00`), 0, 'WORKING_DAY').dueAt).toEqual(vn(due));
    expect(within.addWorkingTime(vn(`${start} 09:00`), 1, 'DAY', { cutoffShiftsStart: true }).dueAt).toEqual(vn(`${localDate(base + MAX_IDLE_DAYS + 1)} 12:00`));
    const beyond = only(base + MAX_IDLE_DAYS + 1);
    expect(() => beyond.addWorkingTime(vn(`${start} 09:00`), 1, 'WORKING_DAY')).toThrow(/No working day within 3660 days/);
    expect(() => beyond.addWorkingTime(vn(`${start} 09:00`), 1, 'DAY', { cutoffShiftsStart: true })).toThrow(/No working day within 3660 days/);
  });

  it('a calendar view without office intervals ends a day-based limit at 24:00 and says so', () => {
    const view: CalendarView = { segments: [], infoOfDay: (d) => cal.infoOfDay(d), yearStatus: (y) => cal.yearStatus(y) };
    const r = computeDue(view, vn('2025-03-10 09:00'), 1, 'WORKING_DAY', DEFAULT_DEADLINE_OPTIONS);
    expect(r.dueAt).toEqual(vn('2025-03-12 00:00'));
    expect(EN(r, 'rule')[1]).toContain('(24:00)');
  });

  it('states the printed time it applied: the close of office, or 23:59 with END_OF_DAY', () => {
    const close = cal.addWorkingTime(vn('2025-03-10 09:00'), 1, 'WORKING_DAY');
    const eod = cal.addWorkingTime(vn('2025-03-10 09:00'), 1, 'WORKING_DAY', { dueTime: 'END_OF_DAY' });
    // Two rules for a day-based limit: the counting rule, then the printed time.
    expect(EN(close, 'rule')).toHaveLength(2);
    expect(EN(close, 'rule')[1]).toContain('(17:00)');
    expect(EN(close, 'rule')[1]).not.toContain('23:59');
    expect(EN(eod, 'rule')).toHaveLength(2);
    expect(EN(eod, 'rule')[1]).toContain('23:59');
    expect(EN(eod, 'rule')[1]).not.toContain('17:00');
  });

  it('with cutoffShiftsStart, a receipt exactly at the cut-off is late; one minute before is not', () => {
    const at = (t: string) => cal.addWorkingTime(vn(`2025-03-11 ${t}`), 1, 'WORKING_DAY', { cutoffShiftsStart: true });
    expect(at('15:00').dueAt).toEqual(vn('2025-03-13 17:00'));
    expect(at('14:59').dueAt).toEqual(vn('2025-03-12 17:00'));
    // The cut-off step is about the day treated as the day of receipt.
    expect(at('15:00').explanation.find((s) => s.kind === 'cutoff')?.date).toBe('2025-03-12');
    expect(at('14:59').explanation.find((s) => s.kind === 'cutoff')?.date).toBe('2025-03-11');
  });

  it('a same-day procedure explains its rule and printed time; a transfer has only its own rule', () => {
    const procedure = cal.addWorkingTime(vn('2025-03-11 10:00'), 0, 'WORKING_DAY');
    expect(EN(procedure, 'rule')).toHaveLength(2);
    expect(EN(procedure, 'rule')[0]).toContain('Same-day procedure');
    expect(EN(procedure, 'rule')[0]).not.toContain('Decree 61/2018');
    const transfer = cal.transferDue(vn('2025-03-11 10:00'));
    expect(EN(transfer, 'rule')).toHaveLength(1);
    expect(EN(transfer, 'rule')[0]).toContain('Decree 61/2018');
  });

  it('a same-day limit says why it moved: after the cut-off, or a non-working day — and on which day', () => {
    const before = cal.addWorkingTime(vn('2025-03-11 10:00'), 0, 'WORKING_DAY');
    expect(before.explanation.find((s) => s.kind === 'cutoff')).toMatchObject({ date: '2025-03-11' });
    const late = cal.addWorkingTime(vn('2025-03-11 16:00'), 0, 'WORKING_DAY');
    expect(late.explanation.find((s) => s.kind === 'cutoff')).toMatchObject({ date: '2025-03-11' });
    expect(EN(late, 'cutoff')[0]).toContain('not before the 15:00 cut-off');
    const saturday = cal.addWorkingTime(vn('2025-03-08 10:00'), 0, 'WORKING_DAY');
    expect(saturday.explanation.find((s) => s.kind === 'cutoff')).toMatchObject({ date: '2025-03-08' });
    expect(EN(saturday, 'cutoff')[0]).toContain('is not a working day');
    expect(EN(saturday, 'cutoff')[0]).not.toContain('cut-off →');
  });

  it('the steps carry their day: receipt, last calendar day, month end', () => {
    const r = cal.addWorkingTime(vn('2025-03-03 09:00'), 5, 'DAY');
    expect(r.explanation[0]).toMatchObject({ kind: 'start', at: '2025-03-03T09:00:00+07:00', date: '2025-03-03' });
    expect(r.explanation.find((s) => s.kind === 'count')?.date).toBe('2025-03-08');
    const shifted = cal.addWorkingTime(vn('2025-03-11 16:00'), 2, 'WORKING_DAY', { cutoffShiftsStart: true });
    expect(shifted.explanation.find((s) => s.kind === 'cutoff')?.date).toBe('2025-03-12');
  });

  it('a month limit tells apart a missing corresponding day from an existing one', () => {
    const clipped = cal.addWorkingTime(vn('2025-01-31 09:00'), 1, 'MONTH');
    expect(clipped.explanation.find((s) => s.kind === 'count')).toMatchObject({ date: '2025-02-28' });
    expect(EN(clipped, 'count')[0]).toContain('has no day 31');
    const exact = cal.addWorkingTime(vn('2025-01-28 09:00'), 1, 'MONTH');
    expect(exact.explanation.find((s) => s.kind === 'count')).toMatchObject({ date: '2025-02-28' });
    expect(EN(exact, 'count')[0]).toContain('Corresponding day');
    // The 28th of a 28-day month is a corresponding day, not a clipped one.
    const last = cal.addWorkingTime(vn('2025-01-28 09:00'), 1, 'MONTH');
    expect(EN(last, 'count')[0]).not.toContain('has no day');
    const april = cal.addWorkingTime(vn('2025-03-30 09:00'), 1, 'MONTH');
    expect(april.explanation.find((s) => s.kind === 'count')).toMatchObject({ date: '2025-04-30' });
    expect(EN(april, 'count')[0]).toContain('Corresponding day');
  });

  it('refuses bad input with a message naming the fault', () => {
    expect(() => cal.addWorkingTime(new Date(Number.NaN), 1, 'DAY')).toThrow('Invalid start instant');
    expect(() => cal.transferDue(new Date(Number.NaN))).toThrow('Invalid start instant');
    expect(() => cal.addWorkingTime(vn('2025-03-10 09:00'), -1, 'WORKING_DAY')).toThrow('Invalid amount -1: must be finite and not negative');
    expect(() => cal.addWorkingTime(vn('2025-03-10 09:00'), 1.5, 'DAY')).toThrow('Fractional amounts are only allowed for hour units, got 1.5 DAY');
    expect(() => cal.addWorkingTime(vn('2025-03-10 09:00'), 1, 'WEEK' as DurationUnit)).toThrow('Unknown duration unit WEEK');
    expect(() => cal.addWorkingTime(vn('2025-03-10 09:00'), 0, 'WEEK' as DurationUnit)).toThrow(RangeError);
  });

  it('a transfer warns about a year without an official notice, like any due date', () => {
    const r = computedCalendar().transferDue(vn('2026-03-11 16:10'));
    expect(r.dueAt).toEqual(vn('2026-03-12 17:00'));
    expect(r.explanation.filter((s) => s.kind === 'warning')).toHaveLength(1);
    expect(calendar2025().transferDue(vn('2025-03-11 16:10')).explanation.some((s) => s.kind === 'warning')).toBe(false);
  });
});

describe('every explanation line is written in both languages', () => {
  it('no step of any unit or branch is empty in Vietnamese or in English', () => {
    const cal = calendar2025();
    const results: DueDateResult[] = [
      cal.addWorkingTime(vn('2025-03-11 10:00'), 0, 'WORKING_DAY'),
      cal.addWorkingTime(vn('2025-03-11 16:00'), 0, 'WORKING_DAY', { dueTime: 'END_OF_DAY' }),
      cal.addWorkingTime(vn('2025-03-08 10:00'), 0, 'WORKING_DAY'),
      cal.transferDue(vn('2025-03-11 16:10')),
      cal.addWorkingTime(vn('2025-03-11 10:00'), 2, 'WORKING_DAY', { cutoffShiftsStart: true }),
      cal.addWorkingTime(vn('2025-03-11 16:00'), 2, 'WORKING_DAY', { cutoffShiftsStart: true }),
      cal.addWorkingTime(vn('2025-03-08 10:00'), 2, 'WORKING_DAY', { cutoffShiftsStart: true }),
      cal.addWorkingTime(vn('2025-03-03 09:00'), 1, 'DAY'),
      cal.addWorkingTime(vn('2025-03-03 09:00'), 5, 'DAY'),
      cal.addWorkingTime(vn('2025-01-31 09:00'), 1, 'MONTH'),
      cal.addWorkingTime(vn('2025-01-15 09:00'), 2, 'MONTH'),
      cal.addWorkingTime(vn('2025-03-08 10:00'), 1.5, 'HOUR'),
      cal.addWorkingTime(vn('2025-03-07 16:00'), 8, 'WORKING_HOUR'),
    ];
    for (const r of results) {
      for (const s of r.explanation) {
        expect(s.text.trim(), s.textEn).not.toBe('');
        expect(s.textEn.trim(), s.text).not.toBe('');
        expect(s.text).not.toBe(s.textEn);
      }
    }
  });
});
