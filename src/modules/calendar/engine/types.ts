/**
 * Types of the pure due-date engine. It takes calendar data and instants and
 * has no I/O, so it can be property-tested and explain every answer.
 * Local dates are 'YYYY-MM-DD' in Vietnam's civil time (UTC+7, no DST).
 */

export type LocalDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface WorkingHours {
  weekdays: number[];
  /** Office intervals of a working day, 'HH:MM' local, ascending and disjoint. */
  intervals: [string, string][];
}

export type OverrideType = 'HOLIDAY' | 'SUBSTITUTE_HOLIDAY' | 'MAKEUP_WORKDAY' | 'CLOSURE';

export interface DayOverride {
  date: LocalDate;
  type: OverrideType;
  label: string;
  source?: string | undefined;
}

export interface CalendarData {
  workingHours: WorkingHours;
  /** Active calendar rows (the yearly notice, closures, switched-on optional holidays). */
  overrides: DayOverride[];
  /** Years whose notice has been entered: for them the rows are the whole truth. Other years use computed statutory holidays. */
  officialYears: number[];
  /** Years whose rows are entered but only provisional (explanations warn). */
  provisionalYears?: number[];
}

export type DurationUnit = 'WORKING_DAY' | 'WORKING_HOUR' | 'DAY' | 'HOUR' | 'MONTH';

export interface DeadlineOptions {
  /** Cut-off 'HH:MM' (default '15:00'): same-day procedures received after it are due the next working day. */
  cutoff: string;
  /** ⚠ unconfirmed rule: whether a receipt after the cut-off also shifts the start of multi-day limits. */
  cutoffShiftsStart: boolean;
  /** Printed appointment time of day-based limits: close of office hours, or 23:59 of the last day. */
  dueTime: 'CLOSE_OF_OFFICE' | 'END_OF_DAY';
}

export type ExplanationKind =
  | 'start'
  | 'rule'
  | 'cutoff'
  | 'count'
  | 'skip'
  | 'shift'
  | 'pause'
  | 'extension'
  | 'warning'
  | 'due';

export interface ExplanationStep {
  kind: ExplanationKind;
  /** The local date the step is about, when it is about one. */
  date?: LocalDate;
  /** The instant the step is about, ISO-8601 with +07:00. */
  at?: string;
  /** Plain Vietnamese. */
  text: string;
  /** Plain English. */
  textEn: string;
}

export interface DueDateResult {
  dueAt: Date;
  explanation: ExplanationStep[];
}

export interface Interval {
  from: Date;
  to: Date;
}

export type Timeliness = 'EARLY' | 'ON_TIME' | 'LATE';

export interface DayInfo {
  date: LocalDate;
  weekday: Weekday;
  working: boolean;
  /** Why the day is (not) working: WORKDAY, WEEKEND, or the override type. */
  reason: 'WORKDAY' | 'WEEKEND' | OverrideType;
  label?: string;
  source?: string;
}
