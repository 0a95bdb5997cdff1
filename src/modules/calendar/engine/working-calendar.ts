/**
 * One agency's working calendar: which days are working days and when the
 * office is open. For a year whose government notice has been entered the
 * stored rows are the whole truth; for any other year the Labour Code holidays
 * are computed, so deadlines can be given before the notice is out (DOMAIN
 * §5.3). Day lookups are cached per year because a long deadline or a KPI
 * report asks about the same days many times.
 */
import { MAX_IDLE_DAYS, type CalendarView, type Segment } from './calendar-view.ts';
import { computeDue, sameDayDue } from './due-date.ts';
import type { YearStatus } from './explanation.ts';
import {
  DAY_MS,
  dayNumber,
  dayOfInstant,
  instantAt,
  localDate,
  parseHhmm,
  weekdayOfDay,
  yearOfDay,
} from './local-time.ts';
import { statutoryHolidays } from './statutory-holidays.ts';
import type {
  CalendarData,
  DayInfo,
  DayOverride,
  DeadlineOptions,
  DueDateResult,
  DurationUnit,
  Interval,
  LocalDate,
  Timeliness,
} from './types.ts';

export const DEFAULT_DEADLINE_OPTIONS: DeadlineOptions = {
  cutoff: '15:00',
  cutoffShiftsStart: false,
  dueTime: 'CLOSE_OF_OFFICE',
};


function parseSegments(intervals: [string, string][]): Segment[] {
  if (intervals.length === 0) throw new RangeError('Working hours need at least one office interval');
  const segments = intervals.map(([from, to]) => ({ start: parseHhmm(from), end: parseHhmm(to) }));
  let previousEnd = -1;
  for (const s of segments) {
    if (s.end <= s.start || s.start < previousEnd) {
      throw new RangeError('Office intervals must be non-empty, ascending and disjoint');
    }
    previousEnd = s.end;
  }
  return segments;
}

export class WorkingCalendar implements CalendarView {
  readonly segments: readonly Segment[];
  /** One working day: the summed length of the office intervals (7.5 h for 07:30–11:30 and 13:30–17:00), in milliseconds. */
  readonly workingDayMs: number;
  readonly #weekdays: ReadonlySet<number>;
  readonly #official: ReadonlySet<number>;
  readonly #provisional: ReadonlySet<number>;
  readonly #overridesByYear = new Map<number, DayOverride[]>();
  readonly #rowsByYear = new Map<number, Map<number, DayOverride>>();
  readonly #infoByDay = new Map<number, DayInfo>();

  constructor(data: CalendarData) {
    this.segments = parseSegments(data.workingHours.intervals);
    this.workingDayMs = this.segments.reduce((sum, s) => sum + (s.end - s.start), 0);
    this.#weekdays = new Set(data.workingHours.weekdays);
    this.#official = new Set(data.officialYears);
    // Stryker disable next-line ArrayDeclaration: equivalent — a default of ["Stryker was here"] holds no year number, so no year becomes provisional.
    this.#provisional = new Set(data.provisionalYears ?? []);
    for (const row of data.overrides) {
      const year = yearOfDay(dayNumber(row.date));
      const list = this.#overridesByYear.get(year) ?? [];
      list.push(row);
      this.#overridesByYear.set(year, list);
    }
  }

  yearStatus(year: number): YearStatus {
    if (this.#official.has(year)) return 'OFFICIAL';
    return this.#provisional.has(year) ? 'PROVISIONAL' : 'COMPUTED';
  }

  /** The effective rows of a year: entered rows alone, or computed holidays with entered rows on top. */
  #rows(year: number): Map<number, DayOverride> {
    const cached = this.#rowsByYear.get(year);
    // Stryker disable next-line ConditionalExpression: equivalent — without the cache the same rows are rebuilt; only the speed differs.
    if (cached) return cached;
    const rows = new Map<number, DayOverride>();
    if (this.yearStatus(year) === 'COMPUTED') {
      const rest = [1, 2, 3, 4, 5, 6, 7].filter((d) => !this.#weekdays.has(d));
      for (const row of statutoryHolidays(year, rest)) rows.set(dayNumber(row.date), row);
    }
    for (const row of this.#overridesByYear.get(year) ?? []) rows.set(dayNumber(row.date), row);
    this.#rowsByYear.set(year, rows);
    return rows;
  }

  infoOfDay(day: number): DayInfo {
    const cached = this.#infoByDay.get(day);
    // Stryker disable next-line ConditionalExpression: equivalent — without the cache an equal (frozen) answer is rebuilt; only the speed differs.
    if (cached) return cached;
    const weekday = weekdayOfDay(day);
    const row = this.#rows(yearOfDay(day)).get(day);
    let info: DayInfo;
    if (row) {
      info = { date: localDate(day), weekday, working: row.type === 'MAKEUP_WORKDAY', reason: row.type, label: row.label };
      if (row.source !== undefined) info.source = row.source;
    } else {
      const working = this.#weekdays.has(weekday);
      info = { date: localDate(day), weekday, working, reason: working ? 'WORKDAY' : 'WEEKEND' };
    }
    // Frozen because the cached object is shared by every caller.
    Object.freeze(info);
    this.#infoByDay.set(day, info);
    return info;
  }

  dayInfo(date: LocalDate): DayInfo {
    return this.infoOfDay(dayNumber(date));
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.dayInfo(date).working;
  }

  /** First working day strictly after (`step` 1) or before (`step` -1) `day`. */
  stepToWorkingDay(day: number, step: 1 | -1): number {
    for (let i = 1; i <= MAX_IDLE_DAYS; i++) {
      // Stryker disable next-line ArithmeticOperator: equivalent — step is 1 or -1, so i * step and i / step are the same number.
      if (this.infoOfDay(day + i * step).working) return day + i * step;
    }
    throw new RangeError(`No working day within ${MAX_IDLE_DAYS} days of ${localDate(day)}`);
  }

  nextWorkingDay(date: LocalDate): LocalDate {
    return localDate(this.stepToWorkingDay(dayNumber(date), 1));
  }

  previousWorkingDay(date: LocalDate): LocalDate {
    return localDate(this.stepToWorkingDay(dayNumber(date), -1));
  }

  /** The n-th working day after `date` (before it when n < 0); `date` itself is never counted. */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n)) throw new RangeError(`Working days must be an integer, got ${n}`);
    let day = dayNumber(date);
    // Stryker disable next-line EqualityOperator: equivalent for n < 0 → n <= 0 — at n = 0 the loop below never steps (the other operator, n >= 0, is not equivalent; it is disabled with it).
    const step = n < 0 ? -1 : 1;
    for (let i = 0; i < Math.abs(n); i++) day = this.stepToWorkingDay(day, step);
    return localDate(day);
  }

  closeOfOffice(date: LocalDate): Date {
    // Stryker disable next-line OptionalChaining: equivalent — the constructor refuses a calendar without office intervals, so the last one always exists.
    return instantAt(dayNumber(date), this.segments[this.segments.length - 1]?.end ?? DAY_MS);
  }

  openOfOffice(date: LocalDate): Date {
    // Stryker disable next-line OptionalChaining: equivalent — the constructor refuses a calendar without office intervals, so the first one always exists.
    return instantAt(dayNumber(date), this.segments[0]?.start ?? 0);
  }

  /** Due instant of a limit counted from `start` (DOMAIN §5.2), with its explanation. */
  addWorkingTime(
    start: Date,
    amount: number,
    unit: DurationUnit,
    opts: Partial<DeadlineOptions> = {},
  ): DueDateResult {
    return computeDue(this, start, amount, unit, { ...DEFAULT_DEADLINE_OPTIONS, ...opts });
  }

  /** Paper transfer to the competent agency: same working day, or the next one after the cut-off (Decree 61/2018 Art. 18). */
  transferDue(receivedAt: Date, cutoff: string = DEFAULT_DEADLINE_OPTIONS.cutoff): DueDateResult {
    return sameDayDue(this, receivedAt, { ...DEFAULT_DEADLINE_OPTIONS, cutoff }, 'TRANSFER');
  }

  /** Office-hours time between two instants, minus the parts inside `exclude` (supplement waits). */
  elapsedWorkingMs(a: Date, b: Date, exclude: Interval[] = []): number {
    const from = a.getTime();
    const to = b.getTime();
    if (!(to > from)) return 0;
    const holes = mergeIntervals(exclude, from, to);
    let total = 0;
    let h = 0;
    for (let day = dayOfInstant(a); day <= dayOfInstant(b); day++) {
      if (!this.infoOfDay(day).working) continue;
      for (const seg of this.segments) {
        const s = Math.max(instantAt(day, seg.start).getTime(), from);
        const e = Math.min(instantAt(day, seg.end).getTime(), to);
        if (e <= s) continue;
        total += e - s;
        while (h < holes.length && (holes[h]?.[1] ?? 0) <= s) h++;
        for (let k = h; k < holes.length; k++) {
          const hole = holes[k];
          if (!hole || hole[0] >= e) break;
          total -= Math.min(hole[1], e) - Math.max(hole[0], s);
        }
      }
    }
    return total;
  }

  /** Last local date on which an extension (apology and new date) may still be issued: `workingDays` working days before the due day. */
  extensionDeadline(dueAt: Date, workingDays = 1): LocalDate {
    return this.addWorkingDays(localDate(dayOfInstant(dueAt)), -workingDays);
  }

  /** On time ⇔ end ≤ due (DOMAIN §5.5); EARLY (optional split) = finished on a local day before the due day. */
  classify(endOfProcessing: Date, dueAt: Date, splitEarly: boolean): Timeliness {
    if (endOfProcessing.getTime() > dueAt.getTime()) return 'LATE';
    if (splitEarly && dayOfInstant(endOfProcessing) < dayOfInstant(dueAt)) return 'EARLY';
    return 'ON_TIME';
  }
}

/** Sorted, merged [from, to) pairs in ms, clipped to [lo, hi]. */
function mergeIntervals(intervals: Interval[], lo: number, hi: number): [number, number][] {
  const clipped = intervals
    .map((i): [number, number] => [Math.max(i.from.getTime(), lo), Math.min(i.to.getTime(), hi)])
    .filter(([s, e]) => e > s)
    .sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [s, e] of clipped) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
