/**
 * WORKING_HOUR limits (e.g. the 8-working-hour intake check, Decree 45/2020):
 * the clock runs only inside office intervals of working days. An hour limit
 * starts at the stated moment (Civil Code 2015 Art. 147(1)); when that moment
 * is outside office hours nothing can elapse until the next opening, which is
 * where counting effectively begins (DOMAIN example D). A limit that uses up
 * an interval exactly ends at that interval's close, not at the next opening.
 */
import { MAX_IDLE_DAYS, fmtAmount, lookup, noWorkingDay, plural, rangesText, type CalendarView } from './calendar-view.ts';
import type { Explanation } from './explanation.ts';
import {
  HOUR_MS,
  dayEn,
  dayOfInstant,
  dayVi,
  durationEn,
  durationVi,
  formatHhmm,
  instantAt,
  instantEn,
  instantVi,
  msOfDay,
} from './local-time.ts';

export function workingHoursDue(view: CalendarView, ex: Explanation, start: Date, amount: number): Date {
  const ranges = rangesText(view);
  ex.add(
    'rule',
    `Thời hạn ${fmtAmount(amount)} giờ làm việc: tính từ thời điểm đã xác định (Bộ luật Dân sự 2015, Điều 147 khoản 1), chỉ tính thời gian trong giờ làm việc (${ranges}) của ngày làm việc; bắt đầu ngoài giờ làm việc thì tính từ lúc mở cửa kế tiếp.`,
    `Limit of ${plural(amount, 'working hour')}: counted from the stated moment (Civil Code 2015, Art. 147(1)), only within office hours (${ranges}) of working days; a start outside office hours begins at the next opening.`,
  );
  const startMs = start.getTime();
  let remaining = Math.round(amount * HOUR_MS);
  let total = 0;
  let started = false;
  let idle = 0;
  const firstDay = dayOfInstant(start);
  for (let day = firstDay; ; day++) {
    const info = lookup(view, ex, day);
    if (!info.working) {
      ex.skip(day, info);
      if (++idle > MAX_IDLE_DAYS) throw noWorkingDay(firstDay);
      continue;
    }
    idle = 0;
    const parts: string[] = [];
    let got = 0;
    let due: number | undefined;
    for (const seg of view.segments) {
      const open = instantAt(day, seg.start).getTime();
      const close = instantAt(day, seg.end).getTime();
      if (close <= startMs) continue;
      const from = Math.max(open, startMs);
      if (!started) {
        started = true;
        if (from > startMs) {
          const at = new Date(from);
          ex.add('start', `Tiếp nhận ngoài giờ làm việc → bắt đầu tính từ ${instantVi(at)}.`, `Received outside office hours → the clock starts at ${instantEn(at)}.`, { day, at });
        }
      }
      const take = Math.min(remaining, close - from);
      if (take > 0) parts.push(`${formatHhmm(msOfDay(new Date(from)))}–${formatHhmm(msOfDay(new Date(from + take)))}`);
      got += take;
      remaining -= take;
      if (remaining === 0) {
        due = from + take;
        break;
      }
    }
    total += got;
    if (got > 0) {
      ex.count(day, info, `cộng dồn ${durationVi(total)}`, `running total ${durationEn(total)}`, {
        vi: `tính ${durationVi(got)} (${parts.join(', ')})`,
        en: `${durationEn(got)} counted (${parts.join(', ')})`,
      });
    } else if (due === undefined) {
      ex.add('skip', `${dayVi(day)}: đã hết giờ làm việc lúc tiếp nhận, không còn thời gian để tính`, `${dayEn(day)}: received after office hours, nothing left to count`, { day });
    }
    if (due !== undefined) return new Date(due);
  }
}
