import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/index.ts';
import { budgetMs, HOUR_MS, workingDayMs, workingTimeLeftMs } from './working-time.ts';

/** A calendar with these office intervals on weekdays and no holidays in 2025 (an official year with nothing entered). */
const calendarOf = (...intervals: [string, string][]) => new WorkingCalendar({ workingHours: { weekdays: [1, 2, 3, 4, 5], intervals }, overrides: [], officialYears: [2025] });
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}+07:00`);

/** The handbook's office hours: 7.5 hours a day. */
const standard = calendarOf(['07:30', '11:30'], ['13:30', '17:00']);
/** An agency open 8 hours a day. */
const eightHours = calendarOf(['07:00', '11:00'], ['13:00', '17:00']);
/** A commune office open mornings only: 4 hours a day. */
const mornings = calendarOf(['07:30', '11:30']);

describe('working day', () => {
  it('is the length of the calendar’s office intervals, not a fixed 8 hours', () => {
    expect(workingDayMs(standard)).toBe(7.5 * HOUR_MS);
    expect(workingDayMs(eightHours)).toBe(8 * HOUR_MS);
    expect(workingDayMs(mornings)).toBe(4 * HOUR_MS);
  });

  it('converts a budget in days at the agency’s working day, and hours as they are', () => {
    expect(budgetMs(standard, { amount: 2, unit: 'WORKING_DAY' })).toBe(15 * HOUR_MS);
    expect(budgetMs(mornings, { amount: 2, unit: 'WORKING_DAY' })).toBe(8 * HOUR_MS);
    expect(budgetMs(eightHours, { amount: 2, unit: 'WORKING_DAY' })).toBe(16 * HOUR_MS);
    expect(budgetMs(mornings, { amount: 3, unit: 'WORKING_HOUR' })).toBe(3 * HOUR_MS);
  });
});

describe('working time left', () => {
  // Monday 10 March 2025, 16:00 → Tuesday 09:00.
  const now = vn('2025-03-10 16:00');
  const due = vn('2025-03-11 09:00');

  it('counts only office hours before the due instant, on the agency’s own hours', () => {
    expect(workingTimeLeftMs(standard, now, due)).toBe(2.5 * HOUR_MS); // 16:00–17:00 + 07:30–09:00
    expect(workingTimeLeftMs(eightHours, now, due)).toBe(3 * HOUR_MS); // 16:00–17:00 + 07:00–09:00
    expect(workingTimeLeftMs(mornings, now, due)).toBe(1.5 * HOUR_MS); // closed in the afternoon; 07:30–09:00
  });

  it('is negative by the working time overdue once the due instant has passed', () => {
    expect(workingTimeLeftMs(standard, due, now)).toBe(-2.5 * HOUR_MS);
    expect(workingTimeLeftMs(mornings, vn('2025-03-11 15:00'), vn('2025-03-11 10:00'))).toBe(-1.5 * HOUR_MS);
  });

  it('is zero at the due instant and skips the weekend', () => {
    expect(workingTimeLeftMs(standard, due, due)).toBe(0);
    // Friday 16:00 → Monday 08:30: one hour on Friday, one on Monday.
    expect(workingTimeLeftMs(standard, vn('2025-03-14 16:00'), vn('2025-03-17 08:30'))).toBe(2 * HOUR_MS);
  });
});
