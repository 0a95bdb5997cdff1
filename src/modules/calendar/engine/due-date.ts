/**
 * Due dates by unit, following the Civil Code 2015 counting rules (DOMAIN
 * §5.2): day-based limits start the day after the event (Art. 147(2)) and end
 * with the last day, moved to the next working day when that is a rest day
 * (Art. 148(2)); hour limits start at the stated moment (Art. 147(1)).
 * Same-day procedures and paper transfers use the configurable cut-off.
 * Every decision is written to the explanation as it is taken, so the account
 * can never drift from the computation.
 */
import { Explanation, reasonEn, reasonVi } from './explanation.ts';
import {
  DAY_MS,
  HOUR_MS,
  dayEn,
  dayNumberFromParts,
  dayOfInstant,
  dayParts,
  dayVi,
  daysInMonth,
  formatHhmm,
  instantAt,
  instantEn,
  instantVi,
  msOfDay,
  parseHhmm,
} from './local-time.ts';
import { MAX_IDLE_DAYS, fmtAmount, lookup, noWorkingDay, plural, type CalendarView } from './calendar-view.ts';
import type { DayInfo, DeadlineOptions, DueDateResult, DurationUnit } from './types.ts';
import { workingHoursDue } from './working-hours.ts';

/** Walks forward from `day` (exclusive), writing a skip line per rest day, to the first working day. */
function nextWorking(view: CalendarView, ex: Explanation, day: number): { day: number; info: DayInfo } {
  for (let d = day + 1; d <= day + MAX_IDLE_DAYS; d++) {
    const info = lookup(view, ex, d);
    if (info.working) return { day: d, info };
    ex.skip(d, info);
  }
  throw noWorkingDay(day);
}

function dueOfDay(view: CalendarView, day: number, opts: DeadlineOptions): Date {
  if (opts.dueTime === 'END_OF_DAY') return instantAt(day, DAY_MS - 1);
  return instantAt(day, view.segments[view.segments.length - 1]?.end ?? DAY_MS);
}

function printedTimeRule(view: CalendarView, ex: Explanation, opts: DeadlineOptions): void {
  if (opts.dueTime === 'END_OF_DAY') {
    ex.add(
      'rule',
      'Giờ hẹn: 23:59 của ngày cuối cùng (Bộ luật Dân sự 2015, Điều 148 khoản 3: thời hạn kết thúc lúc 24 giờ của ngày đó).',
      'Printed time: 23:59 of the last day (Civil Code 2015, Art. 148(3): the limit ends at 24:00 of that day).',
    );
    return;
  }
  const close = formatHhmm(view.segments[view.segments.length - 1]?.end ?? DAY_MS);
  ex.add(
    'rule',
    `Giờ hẹn: hết giờ làm việc (${close}) của ngày cuối cùng (theo cấu hình; thời hạn pháp lý kết thúc lúc 24 giờ, Bộ luật Dân sự 2015, Điều 148 khoản 3).`,
    `Printed time: close of office (${close}) on the last day (configurable; the legal limit ends at 24:00, Civil Code 2015, Art. 148(3)).`,
  );
}

/** The day treated as the day of receipt: moved to the next working day only when `cutoffShiftsStart` is on. */
function receiptDay(view: CalendarView, ex: Explanation, start: Date, opts: DeadlineOptions): number {
  const d0 = dayOfInstant(start);
  if (!opts.cutoffShiftsStart) return d0;
  const info = lookup(view, ex, d0);
  const late = msOfDay(start) >= parseHhmm(opts.cutoff);
  if (info.working && !late) {
    ex.add('cutoff', `Tiếp nhận trước giờ chốt ${opts.cutoff} của ngày làm việc: ngày tiếp nhận giữ nguyên.`, `Received before the ${opts.cutoff} cut-off on a working day: the day of receipt stands.`, { day: d0 });
    return d0;
  }
  const next = firstWorkingAfter(view, ex, d0);
  const whyVi = info.working ? `sau giờ chốt ${opts.cutoff}` : `vào ngày không làm việc (${reasonVi(info)})`;
  const whyEn = info.working ? `after the ${opts.cutoff} cut-off` : `on a non-working day (${reasonEn(info)})`;
  ex.add(
    'cutoff',
    `Tiếp nhận ${whyVi} → coi như tiếp nhận vào ${dayVi(next)} (cấu hình: giờ chốt dịch ngày bắt đầu).`,
    `Received ${whyEn} → treated as received on ${dayEn(next)} (configured: the cut-off shifts the start).`,
    { day: next },
  );
  return next;
}

/** The next working day, without writing lines: the days in between are not part of any count. */
function firstWorkingAfter(view: CalendarView, ex: Explanation, day: number): number {
  for (let d = day + 1; d <= day + MAX_IDLE_DAYS; d++) {
    if (lookup(view, ex, d).working) return d;
  }
  throw noWorkingDay(day);
}

/** Art. 148(2): a limit whose last day is a rest day ends at the end of the next working day. */
function shiftLastDay(view: CalendarView, ex: Explanation, last: number): number {
  const info = lookup(view, ex, last);
  if (info.working) return last;
  ex.skip(last, info);
  const next = nextWorking(view, ex, last).day;
  ex.add(
    'shift',
    `Ngày cuối cùng ${dayVi(last)} là ngày nghỉ → thời hạn kết thúc vào ngày làm việc tiếp theo: ${dayVi(next)} (Bộ luật Dân sự 2015, Điều 148 khoản 2).`,
    `The last day ${dayEn(last)} is not a working day → the limit ends on the next working day: ${dayEn(next)} (Civil Code 2015, Art. 148(2)).`,
    { day: next },
  );
  return next;
}

export type SameDayMode = 'PROCEDURE' | 'TRANSFER';

function sameDay(view: CalendarView, ex: Explanation, start: Date, opts: DeadlineOptions, mode: SameDayMode): Date {
  const c = opts.cutoff;
  if (mode === 'TRANSFER') {
    ex.add(
      'rule',
      `Chuyển hồ sơ giấy cho cơ quan có thẩm quyền trong ngày làm việc; tiếp nhận sau ${c} thì chuyển trong ngày làm việc tiếp theo (Nghị định 61/2018/NĐ-CP, Điều 18).`,
      `Paper dossiers go to the competent agency the same working day, or the next working day when received after ${c} (Decree 61/2018/NĐ-CP, Art. 18).`,
    );
  } else {
    ex.add(
      'rule',
      `Thủ tục giải quyết trong ngày: tiếp nhận trong ngày làm việc trước giờ chốt ${c} thì hẹn trong ngày; sau giờ chốt hoặc vào ngày không làm việc thì hẹn ngày làm việc tiếp theo (giờ chốt theo cấu hình).`,
      `Same-day procedure: received on a working day before the ${c} cut-off → due that day; after the cut-off or on a non-working day → due the next working day (configurable cut-off).`,
    );
    printedTimeRule(view, ex, opts);
  }
  const d0 = dayOfInstant(start);
  const info = lookup(view, ex, d0);
  const time = formatHhmm(msOfDay(start));
  let dueDay = d0;
  if (info.working && msOfDay(start) < parseHhmm(c)) {
    ex.add('cutoff', `Tiếp nhận lúc ${time}, trước giờ chốt ${c} của ngày làm việc → hạn trong ngày ${dayVi(d0)}.`, `Received at ${time}, before the ${c} cut-off on a working day → due the same day, ${dayEn(d0)}.`, { day: d0 });
  } else {
    if (info.working) {
      ex.add('cutoff', `Tiếp nhận lúc ${time}, không trước giờ chốt ${c} → hạn vào ngày làm việc tiếp theo.`, `Received at ${time}, not before the ${c} cut-off → due the next working day.`, { day: d0 });
    } else {
      ex.add('cutoff', `${dayVi(d0)} không phải ngày làm việc (${reasonVi(info)}) → hạn vào ngày làm việc tiếp theo.`, `${dayEn(d0)} is not a working day (${reasonEn(info)}) → due the next working day.`, { day: d0 });
    }
    const next = nextWorking(view, ex, d0);
    dueDay = next.day;
    ex.count(dueDay, next.info, 'ngày làm việc tiếp theo', 'next working day');
  }
  return dueOfDay(view, dueDay, opts);
}

function workingDays(view: CalendarView, ex: Explanation, start: Date, n: number, opts: DeadlineOptions): Date {
  ex.add(
    'rule',
    `Thời hạn ${n} ngày làm việc: không tính ngày tiếp nhận, bắt đầu tính từ ngày tiếp theo (Bộ luật Dân sự 2015, Điều 147 khoản 2); bỏ qua ngày nghỉ hằng tuần, ngày nghỉ lễ, tết, ngày nghỉ bù và ngày cơ quan không làm việc; ngày làm bù được tính.`,
    `Limit of ${plural(n, 'working day')}: the day of receipt is not counted and counting starts the next day (Civil Code 2015, Art. 147(2)); weekly rest days, public holidays, substitute days off and closures are skipped; make-up working days count.`,
  );
  printedTimeRule(view, ex, opts);
  let day = receiptDay(view, ex, start, opts);
  for (let counted = 1; counted <= n; counted++) {
    const next = nextWorking(view, ex, day);
    day = next.day;
    ex.count(day, next.info, `ngày làm việc thứ ${counted}`, `working day ${counted}`);
  }
  return dueOfDay(view, day, opts);
}

function calendarDays(view: CalendarView, ex: Explanation, start: Date, n: number, opts: DeadlineOptions): Date {
  ex.add(
    'rule',
    `Thời hạn ${n} ngày (ngày lịch, tính cả ngày nghỉ): bắt đầu từ ngày tiếp theo ngày tiếp nhận (Bộ luật Dân sự 2015, Điều 147 khoản 2), kết thúc vào ngày cuối cùng (Điều 148 khoản 1 điểm a); nếu ngày cuối cùng là ngày nghỉ thì kết thúc vào cuối ngày làm việc tiếp theo (Điều 148 khoản 2).`,
    `Limit of ${plural(n, 'calendar day')} (rest days included): counting starts the day after receipt (Civil Code 2015, Art. 147(2)) and ends with the last day (Art. 148(1)(a)); if the last day is not a working day the limit ends at the end of the next working day (Art. 148(2)).`,
  );
  printedTimeRule(view, ex, opts);
  const base = receiptDay(view, ex, start, opts);
  const last = base + n;
  const firstVi = n > 1 ? `Ngày thứ 1: ${dayVi(base + 1)}; ` : '';
  const firstEn = n > 1 ? `Day 1: ${dayEn(base + 1)}; ` : '';
  ex.add('count', `${firstVi}ngày thứ ${n} (ngày cuối cùng): ${dayVi(last)}`, `${firstEn}day ${n} (the last day): ${dayEn(last)}`, { day: last });
  return dueOfDay(view, shiftLastDay(view, ex, last), opts);
}

function months(view: CalendarView, ex: Explanation, start: Date, n: number, opts: DeadlineOptions): Date {
  ex.add(
    'rule',
    `Thời hạn ${n} tháng: bắt đầu từ ngày tiếp theo ngày tiếp nhận (Bộ luật Dân sự 2015, Điều 147 khoản 2), kết thúc vào ngày tương ứng của tháng cuối cùng, hoặc ngày cuối cùng của tháng nếu tháng đó không có ngày tương ứng (Điều 148 khoản 1 điểm c); nếu là ngày nghỉ thì kết thúc vào cuối ngày làm việc tiếp theo (Điều 148 khoản 2).`,
    `Limit of ${plural(n, 'month')}: counting starts the day after receipt (Civil Code 2015, Art. 147(2)) and ends on the corresponding day of the last month, or that month's last day if it has none (Art. 148(1)(c)); if that day is not a working day the limit ends at the end of the next working day (Art. 148(2)).`,
  );
  printedTimeRule(view, ex, opts);
  const base = dayParts(receiptDay(view, ex, start, opts));
  const index = base.month - 1 + n;
  const year = base.year + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const dim = daysInMonth(year, month);
  const last = dayNumberFromParts(year, month, Math.min(base.day, dim));
  if (base.day > dim) {
    ex.add('count', `Tháng ${month}/${year} không có ngày ${base.day} → ngày cuối cùng của thời hạn là ngày cuối tháng: ${dayVi(last)}`, `${month}/${year} has no day ${base.day} → the last day is the month's last day: ${dayEn(last)}`, { day: last });
  } else {
    ex.add('count', `Ngày tương ứng của tháng cuối cùng: ${dayVi(last)}`, `Corresponding day of the last month: ${dayEn(last)}`, { day: last });
  }
  return dueOfDay(view, shiftLastDay(view, ex, last), opts);
}

function elapsedHours(ex: Explanation, start: Date, amount: number): Date {
  ex.add(
    'rule',
    `Thời hạn ${fmtAmount(amount)} giờ liên tục: tính từ thời điểm đã xác định (Bộ luật Dân sự 2015, Điều 147 khoản 1), kể cả ngoài giờ làm việc và ngày nghỉ.`,
    `Limit of ${plural(amount, 'elapsed hour')}: counted from the stated moment (Civil Code 2015, Art. 147(1)), including time outside office hours and rest days.`,
  );
  return new Date(start.getTime() + Math.round(amount * HOUR_MS));
}

const UNITS: readonly DurationUnit[] = ['WORKING_DAY', 'WORKING_HOUR', 'DAY', 'HOUR', 'MONTH'];

function validate(start: Date, amount: number, unit: DurationUnit): void {
  if (!Number.isFinite(start.getTime())) throw new RangeError('Invalid start instant');
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Invalid amount ${amount}: must be finite and not negative`);
  if (!Number.isInteger(amount) && unit !== 'WORKING_HOUR' && unit !== 'HOUR') {
    throw new RangeError(`Fractional amounts are only allowed for hour units, got ${amount} ${unit}`);
  }
  if (!UNITS.includes(unit)) throw new RangeError(`Unknown duration unit ${String(unit)}`);
}

function begin(start: Date): Explanation {
  const ex = new Explanation();
  ex.add('start', `Thời điểm tiếp nhận: ${instantVi(start)}`, `Received at: ${instantEn(start)}`, { at: start, day: dayOfInstant(start) });
  return ex;
}

export function computeDue(view: CalendarView, start: Date, amount: number, unit: DurationUnit, opts: DeadlineOptions): DueDateResult {
  validate(start, amount, unit);
  parseHhmm(opts.cutoff);
  const ex = begin(start);
  let dueAt: Date;
  if (unit === 'HOUR') dueAt = elapsedHours(ex, start, amount);
  else if (unit === 'WORKING_HOUR') dueAt = workingHoursDue(view, ex, start, amount);
  // Stryker disable next-line StringLiteral: equivalent — sameDay only asks whether the mode is 'TRANSFER', so any other string behaves as 'PROCEDURE'.
  else if (amount === 0) dueAt = sameDay(view, ex, start, opts, 'PROCEDURE');
  else if (unit === 'WORKING_DAY') dueAt = workingDays(view, ex, start, amount, opts);
  else if (unit === 'DAY') dueAt = calendarDays(view, ex, start, amount, opts);
  else dueAt = months(view, ex, start, amount, opts);
  return { dueAt, explanation: ex.finish(dueAt, (y) => view.yearStatus(y)) };
}

export function sameDayDue(view: CalendarView, start: Date, opts: DeadlineOptions, mode: SameDayMode): DueDateResult {
  if (!Number.isFinite(start.getTime())) throw new RangeError('Invalid start instant');
  parseHhmm(opts.cutoff);
  const ex = begin(start);
  const dueAt = sameDay(view, ex, start, opts, mode);
  return { dueAt, explanation: ex.finish(dueAt, (y) => view.yearStatus(y)) };
}
