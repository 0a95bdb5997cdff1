import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, dayNumber, dayOfInstant, localDate } from './local-time.ts';
import { OFFICE_HOURS, calendar2025, row, vn } from './test-fixtures.ts';
import type { DeadlineOptions, DurationUnit } from './types.ts';
import { WorkingCalendar } from './working-calendar.ts';

const RUNS = { numRuns: 200 };
const H = 3_600_000;

// 2025 is official (Tết notice + a make-up Saturday + a closure); 2024 and 2026–2030 are computed.
const cal = calendar2025([
  row('2025-02-08', 'MAKEUP_WORKDAY', 'Làm bù'),
  row('2025-06-11', 'CLOSURE', 'Đóng cửa'),
  row('2026-03-04', 'CLOSURE', 'Đóng cửa'),
]);

const FIRST = dayNumber('2024-01-01');
const LAST = dayNumber('2030-12-31');
const dayArb = fc.integer({ min: FIRST, max: LAST });
const instantArb = fc.integer({ min: FIRST * DAY_MS, max: LAST * DAY_MS }).map((ms) => new Date(ms));
const optsArb: fc.Arbitrary<Partial<DeadlineOptions>> = fc.record({
  cutoff: fc.constantFrom('15:00', '11:00', '16:30'),
  cutoffShiftsStart: fc.boolean(),
  dueTime: fc.constantFrom('CLOSE_OF_OFFICE' as const, 'END_OF_DAY' as const),
});

/** A random calendar: random weekdays and rows over 2025–2026, some years official. */
const calendarArb = fc
  .record({
    weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    rows: fc.array(
      fc.record({
        day: fc.integer({ min: dayNumber('2025-01-01'), max: dayNumber('2026-12-31') }),
        type: fc.constantFrom('HOLIDAY' as const, 'SUBSTITUTE_HOLIDAY' as const, 'MAKEUP_WORKDAY' as const, 'CLOSURE' as const),
      }),
      { maxLength: 40 },
    ),
    official: fc.subarray([2025, 2026]),
  })
  .map(
    ({ weekdays, rows, official }) =>
      new WorkingCalendar({
        workingHours: { weekdays, intervals: OFFICE_HOURS.intervals },
        overrides: rows.map((r) => row(localDate(r.day), r.type)),
        officialYears: official,
      }),
  );

describe('working-day properties', () => {
  it('adding n working days never lands on a non-working day', () => {
    fc.assert(
      fc.property(calendarArb, dayArb, fc.integer({ min: 0, max: 60 }), optsArb, (c, day, n, opts) => {
        const start = new Date(day * DAY_MS + 2 * H); // 09:00 local
        const due = c.addWorkingTime(start, n, 'WORKING_DAY', opts).dueAt;
        expect(c.isWorkingDay(localDate(dayOfInstant(due)))).toBe(true);
        if (n > 0) expect(c.isWorkingDay(c.addWorkingDays(localDate(day), n))).toBe(true);
      }),
      RUNS,
    );
  });

  it('adding a then b working days equals adding a + b (from a close of office)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), (day, a, b, eod) => {
        const opts: Partial<DeadlineOptions> = { dueTime: eod ? 'END_OF_DAY' : 'CLOSE_OF_OFFICE' };
        const start = cal.closeOfOffice(localDate(day));
        const first = cal.addWorkingTime(start, a, 'WORKING_DAY', opts).dueAt;
        const twice = cal.addWorkingTime(first, b, 'WORKING_DAY', opts).dueAt;
        expect(twice).toEqual(cal.addWorkingTime(start, a + b, 'WORKING_DAY', opts).dueAt);
        const date = localDate(day);
        expect(cal.addWorkingDays(cal.addWorkingDays(date, a), b)).toBe(cal.addWorkingDays(date, a + b));
        expect(cal.addWorkingDays(cal.addWorkingDays(date, a), -a) <= date).toBe(true);
      }),
      RUNS,
    );
  });

  it('one more working day is always later (a same-day limit may equal one day after the cut-off)', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 40 }), (start, n) => {
        const a = cal.addWorkingTime(start, n, 'WORKING_DAY').dueAt;
        const b = cal.addWorkingTime(start, n + 1, 'WORKING_DAY').dueAt;
        if (n === 0) expect(b.getTime()).toBeGreaterThanOrEqual(a.getTime());
        else expect(b.getTime()).toBeGreaterThan(a.getTime());
      }),
      RUNS,
    );
  });
});

describe('working-hour properties', () => {
  it('elapsedWorkingMs(start, start + h working hours) = h for starts inside office hours', () => {
    const officeStart = fc
      .tuple(dayArb, fc.integer({ min: 0, max: 7.5 * H - 1 }))
      .filter(([day]) => cal.isWorkingDay(localDate(day)))
      .map(([day, offset]) => {
        // 07:30 + offset, jumping the 11:30–13:30 lunch break.
        const ms = offset < 4 * H ? 7.5 * H + offset : 13.5 * H + (offset - 4 * H);
        return vn(`${localDate(day)} 00:00`).getTime() + ms;
      });
    fc.assert(
      fc.property(officeStart, fc.integer({ min: 0, max: 400 * 60 }), (startMs, minutes) => {
        const start = new Date(startMs);
        const due = cal.addWorkingTime(start, minutes / 60, 'WORKING_HOUR').dueAt;
        expect(cal.elapsedWorkingMs(start, due)).toBe(minutes * 60_000);
      }),
      RUNS,
    );
  });

  it('elapsed time is additive and exclusions never add time', () => {
    fc.assert(
      fc.property(instantArb, instantArb, instantArb, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        const whole = cal.elapsedWorkingMs(a, c);
        expect(whole).toBe(cal.elapsedWorkingMs(a, b) + cal.elapsedWorkingMs(b, c));
        const less = cal.elapsedWorkingMs(a, c, [{ from: b, to: c }]);
        expect(less).toBe(cal.elapsedWorkingMs(a, b));
        expect(less).toBeLessThanOrEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});

describe('every result', () => {
  const unitArb = fc.constantFrom<DurationUnit>('WORKING_DAY', 'WORKING_HOUR', 'DAY', 'HOUR', 'MONTH');
  const caseArb = unitArb.chain((unit) =>
    fc.record({
      unit: fc.constant(unit),
      amount:
        unit === 'WORKING_HOUR' || unit === 'HOUR'
          ? fc.integer({ min: 0, max: 4000 }).map((q) => q / 4)
          : fc.integer({ min: 0, max: unit === 'MONTH' ? 24 : 90 }),
      start: instantArb,
      opts: optsArb,
    }),
  );

  it('is never before the start and ends with a due step at dueAt', () => {
    fc.assert(
      fc.property(caseArb, ({ unit, amount, start, opts }) => {
        const r = cal.addWorkingTime(start, amount, unit, opts);
        expect(r.dueAt.getTime()).toBeGreaterThanOrEqual(start.getTime());
        const first = r.explanation[0];
        const last = r.explanation[r.explanation.length - 1];
        expect(first?.kind).toBe('start');
        expect(last?.kind).toBe('due');
        expect(new Date(last?.at ?? '').getTime()).toBe(r.dueAt.getTime());
        expect(last?.at?.endsWith('+07:00')).toBe(true);
        expect(r.explanation.filter((s) => s.kind === 'due')).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it('transferDue is a working day’s close, at most one working day later', () => {
    fc.assert(
      fc.property(instantArb, (start) => {
        const due = cal.transferDue(start, '15:00').dueAt;
        const day = localDate(dayOfInstant(due));
        expect(cal.isWorkingDay(day)).toBe(true);
        expect(due).toEqual(cal.closeOfOffice(day));
        const received = localDate(dayOfInstant(start));
        expect(day === received || day === cal.nextWorkingDay(received)).toBe(true);
      }),
      RUNS,
    );
  });
});
