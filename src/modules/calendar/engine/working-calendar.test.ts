import { describe, expect, it } from 'vitest';
import { dayNumber, isoLocal, localDate } from './local-time.ts';
import { OFFICE_HOURS, TET_2025_NOTICE, calendar2025, computedCalendar, row, vn } from './test-fixtures.ts';
import type { DueDateResult } from './types.ts';
import { DEFAULT_DEADLINE_OPTIONS, WorkingCalendar } from './working-calendar.ts';

const H = 3_600_000;
const texts = (r: DueDateResult): string[] => r.explanation.map((s) => s.text);
const last = (r: DueDateResult) => r.explanation[r.explanation.length - 1];

describe('DOMAIN §5.6 worked examples', () => {
  it('A. 5 working days received Mon 06/01/2025 09:00 → Mon 13/01/2025', () => {
    const r = calendar2025().addWorkingTime(vn('2025-01-06 09:00'), 5, 'WORKING_DAY');
    expect(r.dueAt).toEqual(vn('2025-01-13 17:00'));
    expect(texts(r)).toContain('Thứ Ba 07/01/2025: ngày làm việc thứ 1');
    expect(texts(r)).toContain('Thứ Hai 13/01/2025: ngày làm việc thứ 5');
    expect(texts(r)).toContain('Thứ Bảy 11/01/2025: bỏ qua — ngày nghỉ hằng tuần');
    expect(r.explanation.some((s) => s.kind === 'warning')).toBe(false);
    expect(last(r)).toMatchObject({ kind: 'due', at: '2025-01-13T17:00:00+07:00', text: 'Hạn: Thứ Hai 13/01/2025 17:00' });
  });

  it('B. 3 working days across the Tết notice → Wed 05/02/2025', () => {
    const r = calendar2025().addWorkingTime(vn('2025-01-24 10:00'), 3, 'WORKING_DAY');
    expect(r.dueAt).toEqual(vn('2025-02-05 17:00'));
    expect(texts(r)).toContain(`Thứ Hai 27/01/2025: bỏ qua — Tết Nguyên đán (${TET_2025_NOTICE})`);
    const skipped = r.explanation.filter((s) => s.kind === 'skip').map((s) => s.date);
    expect(skipped).toEqual(['2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02']);
    expect(texts(r)).toContain('Thứ Hai 03/02/2025: ngày làm việc thứ 1');
  });

  it('C. 15 calendar days from Thu 16/04/2026 end on the 01/05 holiday → Mon 04/05/2026 (Art. 148)', () => {
    const r = computedCalendar().addWorkingTime(vn('2026-04-16 10:00'), 15, 'DAY');
    expect(r.dueAt).toEqual(vn('2026-05-04 17:00'));
    const shift = r.explanation.find((s) => s.kind === 'shift');
    expect(shift?.text).toContain('Điều 148 khoản 2');
    expect(shift?.date).toBe('2026-05-04');
    // 2026 has no notice in this calendar: the answer must say so.
    expect(r.explanation.find((s) => s.kind === 'warning')?.text).toContain('Năm 2026');
  });

  it('D. 8 working hours from Fri 07/03/2025 16:00 → Mon 10/03 16:30; from Sat 10:00 → Tue 11/03 08:00', () => {
    const cal = calendar2025();
    expect(cal.addWorkingTime(vn('2025-03-07 16:00'), 8, 'WORKING_HOUR').dueAt).toEqual(vn('2025-03-10 16:30'));
    const sat = cal.addWorkingTime(vn('2025-03-08 10:00'), 8, 'WORKING_HOUR');
    expect(sat.dueAt).toEqual(vn('2025-03-11 08:00'));
    expect(texts(sat)).toContain('Thứ Hai 10/03/2025: tính 7 giờ 30 phút (07:30–11:30, 13:30–17:00), cộng dồn 7 giờ 30 phút');
    expect(sat.explanation.some((s) => s.kind === 'start' && s.at === '2025-03-10T07:30:00+07:00')).toBe(true);
  });

  it('E. KPI subtraction of a supplement interval, and the RESTART rule', () => {
    const cal = calendar2025();
    const received = vn('2025-03-03 09:00');
    const due = cal.addWorkingTime(received, 5, 'WORKING_DAY').dueAt;
    expect(due).toEqual(vn('2025-03-10 17:00'));
    const supplement = { from: vn('2025-03-05 10:00'), to: vn('2025-03-07 10:00') };
    const issued = vn('2025-03-12 09:00');
    // DVCQG's literal rule: end − supplement interval (48 h) = Mon 10/03 09:00 ≤ due.
    const kpiEnd = new Date(issued.getTime() - (supplement.to.getTime() - supplement.from.getTime()));
    expect(kpiEnd).toEqual(vn('2025-03-10 09:00'));
    expect(cal.classify(kpiEnd, due, false)).toBe('ON_TIME');
    // The same in working time: 52.5 h elapsed − 15 h inside the supplement wait = 37.5 h ≤ 43.5 h budget.
    const H = 3_600_000;
    expect(cal.elapsedWorkingMs(received, issued)).toBe(52.5 * H);
    expect(cal.elapsedWorkingMs(received, issued, [supplement])).toBe(37.5 * H);
    expect(cal.elapsedWorkingMs(received, due)).toBe(43.5 * H);
    // Without subtracting, the dossier is late.
    expect(cal.classify(issued, due, false)).toBe('LATE');
    // RESTART: 5 working days after the complete dossier (Fri 07/03) → Fri 14/03/2025.
    expect(cal.addWorkingTime(supplement.to, 5, 'WORKING_DAY').dueAt).toEqual(vn('2025-03-14 17:00'));
  });

  it('F. extension must be issued by the last working day before the due day', () => {
    const cal = calendar2025();
    expect(cal.extensionDeadline(vn('2025-03-10 17:00'))).toBe('2025-03-07');
    expect(cal.extensionDeadline(vn('2025-02-03 17:00'))).toBe('2025-01-24');
    expect(cal.extensionDeadline(vn('2025-03-10 17:00'), 2)).toBe('2025-03-06');
  });

  it('G. transfer: Tue 16:10 → end of Wednesday; Tue 14:50 → end of Tuesday', () => {
    const cal = calendar2025();
    const late = cal.transferDue(vn('2025-03-11 16:10'), '15:00');
    expect(late.dueAt).toEqual(vn('2025-03-12 17:00'));
    expect(late.explanation.some((s) => s.kind === 'cutoff')).toBe(true);
    expect(late.explanation.find((s) => s.kind === 'rule')?.text).toContain('Điều 18');
    expect(cal.transferDue(vn('2025-03-11 14:50'), '15:00').dueAt).toEqual(vn('2025-03-11 17:00'));
    // Received Friday after the cut-off → Monday.
    expect(cal.transferDue(vn('2025-03-07 15:30'), '15:00').dueAt).toEqual(vn('2025-03-10 17:00'));
  });
});

describe('day information', () => {
  it('weekends, computed holidays and the 2026 Hùng Kings substitute', () => {
    const cal = computedCalendar();
    expect(cal.dayInfo('2026-04-25')).toMatchObject({ working: false, reason: 'WEEKEND', weekday: 6 });
    expect(cal.dayInfo('2026-04-26')).toMatchObject({ working: false, reason: 'HOLIDAY', label: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
    expect(cal.dayInfo('2026-04-27')).toMatchObject({ working: false, reason: 'SUBSTITUTE_HOLIDAY', label: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
    expect(cal.dayInfo('2026-04-28')).toMatchObject({ working: true, reason: 'WORKDAY', weekday: 2 });
    expect(cal.nextWorkingDay('2026-04-24')).toBe('2026-04-28');
    expect(cal.previousWorkingDay('2026-04-28')).toBe('2026-04-24');
  });

  it('2030 Tết is computed at UTC+7: Fri 01/02 (eve) and Sat 02/02 are holidays, Tue 05/02 too, not Wed 06/02', () => {
    const cal = computedCalendar();
    expect(cal.dayInfo('2030-02-01')).toMatchObject({ reason: 'HOLIDAY', label: 'Tết Nguyên đán' });
    expect(cal.dayInfo('2030-02-05')).toMatchObject({ reason: 'HOLIDAY' });
    expect(cal.dayInfo('2030-02-06').reason).toBe('SUBSTITUTE_HOLIDAY');
    expect(cal.dayInfo('2030-02-08').working).toBe(true);
  });

  it('an official year uses only its rows: no computed holiday leaks in', () => {
    const cal = calendar2025();
    // Hùng Kings 07/04/2025 was not entered in this notice fixture, so it is a working day.
    expect(cal.isWorkingDay('2025-04-07')).toBe(true);
    expect(computedCalendar().isWorkingDay('2025-04-07')).toBe(false);
  });

  it('overrides apply on top of computed years (CLOSURE, MAKEUP_WORKDAY)', () => {
    const cal = computedCalendar([row('2026-03-10', 'CLOSURE', 'Mất điện toàn trụ sở'), row('2026-02-07', 'MAKEUP_WORKDAY', 'Làm bù Tết')]);
    expect(cal.dayInfo('2026-03-10')).toMatchObject({ working: false, reason: 'CLOSURE' });
    expect(cal.dayInfo('2026-02-07')).toMatchObject({ working: true, reason: 'MAKEUP_WORKDAY' });
    expect(cal.dayInfo('2026-02-17').reason).toBe('HOLIDAY');
  });

  it('provisional years use their rows and warn', () => {
    const cal = new WorkingCalendar({
      workingHours: OFFICE_HOURS,
      overrides: [row('2027-02-08', 'HOLIDAY', 'Tết Nguyên đán')],
      officialYears: [],
      provisionalYears: [2027],
    });
    expect(cal.isWorkingDay('2027-02-09')).toBe(true);
    const r = cal.addWorkingTime(vn('2027-02-05 10:00'), 1, 'WORKING_DAY');
    expect(r.dueAt).toEqual(vn('2027-02-09 17:00'));
    expect(r.explanation.find((s) => s.kind === 'warning')?.text).toContain('tạm thời');
  });

  it('addWorkingDays, office open and close', () => {
    const cal = calendar2025();
    expect(cal.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    expect(cal.addWorkingDays('2025-02-05', -3)).toBe('2025-01-24');
    expect(cal.addWorkingDays('2025-02-05', 0)).toBe('2025-02-05');
    expect(isoLocal(cal.openOfOffice('2025-02-05'))).toBe('2025-02-05T07:30:00+07:00');
    expect(isoLocal(cal.closeOfOffice('2025-02-05'))).toBe('2025-02-05T17:00:00+07:00');
  });

  it('rejects bad working hours and dates', () => {
    expect(() => new WorkingCalendar({ workingHours: { weekdays: [1], intervals: [] }, overrides: [], officialYears: [] })).toThrow(RangeError);
    expect(() => new WorkingCalendar({ workingHours: { weekdays: [1], intervals: [['13:00', '12:00']] }, overrides: [], officialYears: [] })).toThrow(RangeError);
    expect(() => new WorkingCalendar({ workingHours: { weekdays: [1], intervals: [['08:00', '12:00'], ['11:00', '17:00']] }, overrides: [], officialYears: [] })).toThrow(RangeError);
    expect(() => calendar2025().dayInfo('2025-02-30')).toThrow(RangeError);
    const none = new WorkingCalendar({ workingHours: { weekdays: [], intervals: [['08:00', '12:00']] }, overrides: [], officialYears: [2025] });
    expect(() => none.nextWorkingDay('2025-01-01')).toThrow(RangeError);
    expect(() => none.addWorkingTime(vn('2025-01-01 08:00'), 1, 'WORKING_DAY')).toThrow(RangeError);
  });
});

describe('the length of a working day', () => {
  it('is the sum of the office intervals, in milliseconds (7.5 h for 07:30–11:30 and 13:30–17:00)', () => {
    const cal = new WorkingCalendar({ workingHours: { weekdays: [1, 2, 3, 4, 5], intervals: [['07:30', '11:30'], ['13:30', '17:00']] }, overrides: [], officialYears: [] });
    expect(cal.workingDayMs).toBe(7.5 * 3_600_000);
  });

  it('follows an agency open half a day', () => {
    const cal = new WorkingCalendar({ workingHours: { weekdays: [1, 2, 3, 4, 5, 6], intervals: [['08:00', '12:00']] }, overrides: [], officialYears: [] });
    expect(cal.workingDayMs).toBe(4 * 3_600_000);
  });
});

// Cases found by mutation testing (issue 22, docs/mutation-testing.md): each pins a boundary or a
// branch of the calendar to an observable result.
describe('office intervals: what is accepted', () => {
  const make = (intervals: [string, string][]) => new WorkingCalendar({ workingHours: { weekdays: [1, 2, 3, 4, 5], intervals }, overrides: [], officialYears: [] });

  it('refuses an empty interval and accepts one minute; accepts touching intervals and one from midnight', () => {
    expect(() => make([['12:00', '12:00']])).toThrow('Office intervals must be non-empty, ascending and disjoint');
    expect(make([['12:00', '12:01']]).workingDayMs).toBe(60_000);
    expect(make([['08:00', '12:00'], ['12:00', '17:00']]).workingDayMs).toBe(9 * H);
    expect(make([['00:00', '06:00']]).workingDayMs).toBe(6 * H);
    expect(() => make([['13:00', '17:00'], ['08:00', '12:00']])).toThrow(RangeError);
    expect(() => make([])).toThrow('Working hours need at least one office interval');
  });
});

describe('day information: rows and computed years', () => {
  it('a row carries its type, label and source; an ordinary day has neither', () => {
    const cal = calendar2025([row('2025-03-12', 'CLOSURE', 'Bão số 3', 'Quyết định của UBND tỉnh'), row('2025-03-13', 'CLOSURE', 'Mất điện')]);
    expect(cal.dayInfo('2025-03-12')).toEqual({ date: '2025-03-12', weekday: 3, working: false, reason: 'CLOSURE', label: 'Bão số 3', source: 'Quyết định của UBND tỉnh' });
    expect(cal.dayInfo('2025-03-13')).toEqual({ date: '2025-03-13', weekday: 4, working: false, reason: 'CLOSURE', label: 'Mất điện' });
    expect('source' in cal.dayInfo('2025-03-13')).toBe(false);
    expect(cal.dayInfo('2025-03-14')).toEqual({ date: '2025-03-14', weekday: 5, working: true, reason: 'WORKDAY' });
    expect(cal.dayInfo('2025-03-15')).toEqual({ date: '2025-03-15', weekday: 6, working: false, reason: 'WEEKEND' });
    // The shared cached answer cannot be changed by one caller for the others.
    expect(Object.isFrozen(cal.dayInfo('2025-03-12'))).toBe(true);
    expect(Object.isFrozen(cal.dayInfo('2025-03-14'))).toBe(true);
  });

  it('only a MAKEUP_WORKDAY row makes a day working; every other row type closes it', () => {
    const cal = computedCalendar([
      row('2026-03-07', 'MAKEUP_WORKDAY'),
      row('2026-03-09', 'HOLIDAY'),
      row('2026-03-10', 'SUBSTITUTE_HOLIDAY'),
      row('2026-03-11', 'CLOSURE'),
    ]);
    expect(['2026-03-07', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12'].map((d) => cal.isWorkingDay(d))).toEqual([true, false, false, false, true]);
  });

  it('computed substitute days follow the agency’s own rest days', () => {
    // Tết 2025 day 5 is Saturday 01/02: a rest day gives a substitute on Monday 03/02; an agency working Saturdays gets none.
    const fiveDays = computedCalendar();
    const sixDays = new WorkingCalendar({ workingHours: { ...OFFICE_HOURS, weekdays: [1, 2, 3, 4, 5, 6] }, overrides: [], officialYears: [] });
    expect(fiveDays.dayInfo('2025-02-03').reason).toBe('SUBSTITUTE_HOLIDAY');
    expect(sixDays.dayInfo('2025-02-03')).toMatchObject({ working: true, reason: 'WORKDAY' });
    expect(sixDays.dayInfo('2025-02-08')).toMatchObject({ working: true, reason: 'WORKDAY' });
  });

  it('a row entered for a computed year replaces the computed holiday of that day', () => {
    const cal = computedCalendar([row('2026-09-02', 'MAKEUP_WORKDAY', 'Làm việc')]);
    expect(cal.dayInfo('2026-09-02')).toMatchObject({ working: true, reason: 'MAKEUP_WORKDAY' });
    expect(cal.dayInfo('2026-09-01').working).toBe(false);
  });

  it('tells official, provisional and computed years apart', () => {
    const cal = new WorkingCalendar({ workingHours: OFFICE_HOURS, overrides: [], officialYears: [2025], provisionalYears: [2026] });
    expect([2025, 2026, 2027].map((y) => cal.yearStatus(y))).toEqual(['OFFICIAL', 'PROVISIONAL', 'COMPUTED']);
    expect(computedCalendar().yearStatus(2025)).toBe('COMPUTED');
  });
});

describe('stepping over working days', () => {
  // Weekdays off everywhere: the only working days are the rows given.
  const only = (...days: string[]) => new WorkingCalendar({ workingHours: { weekdays: [], intervals: [['08:00', '12:00']] }, overrides: days.map((d) => row(d, 'MAKEUP_WORKDAY')), officialYears: [] });

  it('looks exactly 3660 days ahead or back, and no further', () => {
    const base = dayNumber('2030-01-01');
    const ahead = localDate(base + 3660);
    const back = localDate(base - 3660);
    expect(only(ahead, back).nextWorkingDay('2030-01-01')).toBe(ahead);
    expect(only(ahead, back).previousWorkingDay('2030-01-01')).toBe(back);
    expect(() => only(localDate(base + 3661)).nextWorkingDay('2030-01-01')).toThrow('No working day within 3660 days of 2030-01-01');
    expect(() => only(localDate(base - 3661)).previousWorkingDay('2030-01-01')).toThrow(RangeError);
  });

  it('addWorkingDays: forwards, backwards, never counting the date itself; integers only', () => {
    const cal = calendar2025();
    expect(cal.addWorkingDays('2025-03-14', 1)).toBe('2025-03-17');
    expect(cal.addWorkingDays('2025-03-17', -1)).toBe('2025-03-14');
    expect(cal.addWorkingDays('2025-03-15', 0)).toBe('2025-03-15');
    expect(() => cal.addWorkingDays('2025-03-14', 1.5)).toThrow('Working days must be an integer, got 1.5');
  });

  it('extension deadline defaults to one working day before the due day', () => {
    const cal = calendar2025();
    expect(cal.extensionDeadline(vn('2025-03-11 17:00'))).toBe('2025-03-10');
    expect(cal.extensionDeadline(vn('2025-03-11 17:00'), 0)).toBe('2025-03-11');
  });

  it('office opening and closing follow the first and last interval', () => {
    const cal = new WorkingCalendar({ workingHours: { weekdays: [1, 2, 3, 4, 5], intervals: [['07:00', '09:00'], ['10:00', '11:00'], ['14:00', '16:30']] }, overrides: [], officialYears: [] });
    expect(isoLocal(cal.openOfOffice('2025-03-10'))).toBe('2025-03-10T07:00:00+07:00');
    expect(isoLocal(cal.closeOfOffice('2025-03-10'))).toBe('2025-03-10T16:30:00+07:00');
  });

  it('a transfer uses the 15:00 cut-off unless told otherwise', () => {
    const cal = calendar2025();
    expect(cal.transferDue(vn('2025-03-11 14:59')).dueAt).toEqual(vn('2025-03-11 17:00'));
    expect(cal.transferDue(vn('2025-03-11 15:00')).dueAt).toEqual(vn('2025-03-12 17:00'));
    expect(cal.transferDue(vn('2025-03-11 15:30'), '16:00').dueAt).toEqual(vn('2025-03-11 17:00'));
  });

  it('addWorkingTime fills missing options from the defaults', () => {
    const cal = calendar2025();
    expect(DEFAULT_DEADLINE_OPTIONS).toEqual({ cutoff: '15:00', cutoffShiftsStart: false, dueTime: 'CLOSE_OF_OFFICE' });
    expect(cal.addWorkingTime(vn('2025-03-11 16:00'), 0, 'WORKING_DAY', { dueTime: 'END_OF_DAY' }).dueAt).toEqual(new Date(vn('2025-03-13 00:00').getTime() - 1));
    expect(cal.addWorkingTime(vn('2025-03-11 16:00'), 2, 'WORKING_DAY', { cutoff: '17:00' }).dueAt).toEqual(vn('2025-03-13 17:00'));
  });
});

describe('elapsed working time: edges of segments and exclusions', () => {
  const cal = calendar2025();
  const t = (s: string) => vn(`2025-03-10 ${s}`);
  const ex = (from: string, to: string) => ({ from: t(from), to: t(to) });

  it('clips to the segments and is zero for an empty or reversed span', () => {
    expect(cal.elapsedWorkingMs(t('11:00'), t('14:00'))).toBe(1 * H);
    expect(cal.elapsedWorkingMs(t('12:00'), t('13:00'))).toBe(0);
    expect(cal.elapsedWorkingMs(t('09:00'), t('09:00'))).toBe(0);
    expect(cal.elapsedWorkingMs(t('07:30'), t('11:30'))).toBe(4 * H);
    expect(cal.elapsedWorkingMs(vn('2025-03-08 08:00'), vn('2025-03-09 17:00'))).toBe(0);
  });

  it('subtracts an exclusion only where it overlaps office time', () => {
    expect(cal.elapsedWorkingMs(t('07:30'), t('17:00'), [ex('11:30', '13:30')])).toBe(7.5 * H);
    expect(cal.elapsedWorkingMs(t('07:30'), t('17:00'), [ex('07:00', '08:00')])).toBe(7 * H);
    expect(cal.elapsedWorkingMs(t('07:30'), t('17:00'), [ex('16:30', '18:00')])).toBe(7 * H);
    expect(cal.elapsedWorkingMs(t('07:30'), t('17:00'), [ex('11:00', '14:00')])).toBe(6.5 * H);
    // An exclusion ending exactly where a segment starts, or starting where it ends, takes nothing from it.
    expect(cal.elapsedWorkingMs(t('07:30'), t('17:00'), [ex('06:00', '07:30'), ex('17:00', '18:00')])).toBe(7.5 * H);
  });

  it('merges nested, overlapping and touching exclusions given in any order, and ignores empty ones', () => {
    expect(cal.elapsedWorkingMs(t('07:30'), t('17:00'), [ex('09:00', '10:00'), ex('08:00', '11:00')])).toBe(4.5 * H);
    expect(cal.elapsedWorkingMs(t('07:30'), t('17:00'), [ex('08:00', '11:00'), ex('09:00', '10:00')])).toBe(4.5 * H);
    expect(cal.elapsedWorkingMs(t('07:30'), t('17:00'), [ex('08:00', '09:00'), ex('09:00', '10:00')])).toBe(5.5 * H);
    expect(cal.elapsedWorkingMs(t('07:30'), t('17:00'), [ex('10:00', '10:00'), ex('15:00', '14:00')])).toBe(7.5 * H);
    // Several exclusions across both segments and a later day.
    const twoDays = [ex('08:00', '09:00'), ex('14:00', '15:00'), { from: vn('2025-03-11 08:00'), to: vn('2025-03-11 08:30') }];
    expect(cal.elapsedWorkingMs(t('07:30'), vn('2025-03-11 17:00'), twoDays)).toBe(12.5 * H);
    // Exclusions outside the span are clipped away.
    expect(cal.elapsedWorkingMs(t('09:00'), t('10:00'), [ex('07:00', '09:30'), ex('09:45', '12:00')])).toBe(0.25 * H);
  });

  it('classify compares instants, and EARLY is about local days (midnight at +07:00)', () => {
    const due = vn('2025-03-10 17:00');
    expect(cal.classify(vn('2025-03-10 00:00'), due, true)).toBe('ON_TIME');
    expect(cal.classify(vn('2025-03-09 23:59:59'), due, true)).toBe('EARLY');
    expect(cal.classify(new Date(due.getTime() + 1), due, true)).toBe('LATE');
    expect(cal.classify(new Date(due.getTime() + 1), due, false)).toBe('LATE');
  });
});
