/**
 * The narrow view of a calendar that the counting rules use, and helpers they
 * share. Kept apart so the unit rules do not depend on the WorkingCalendar
 * class (no import cycle) and can be exercised against any calendar source.
 */
import type { Explanation, YearStatus } from './explanation.ts';
import { dayVi, formatHhmm } from './local-time.ts';
import type { DayInfo } from './types.ts';

/** An office interval of a working day, in ms after local midnight. */
export interface Segment {
  start: number;
  end: number;
}

/** What the counting rules need from a calendar. */
export interface CalendarView {
  readonly segments: readonly Segment[];
  infoOfDay(day: number): DayInfo;
  yearStatus(year: number): YearStatus;
}

/** Reading a day through this records its year, so unofficial years are warned about. */
export function lookup(view: CalendarView, ex: Explanation, day: number): DayInfo {
  ex.touch(day);
  return view.infoOfDay(day);
}

/** Searching further than this for a working day means the calendar data has none. */
export const MAX_IDLE_DAYS = 3660;

export function noWorkingDay(day: number): RangeError {
  return new RangeError(`No working day within ${MAX_IDLE_DAYS} days after ${dayVi(day)}`);
}

export const fmtAmount = (n: number): string => String(n).replace('.', ',');
export const rangesText = (view: CalendarView): string =>
  view.segments.map((s) => `${formatHhmm(s.start)}–${formatHhmm(s.end)}`).join(', ');

/** English count with its noun, e.g. "1 month", "2 months", "7.5 working hours". */
export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
