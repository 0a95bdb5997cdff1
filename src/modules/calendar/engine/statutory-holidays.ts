/**
 * Public holidays computed from the Labour Code 2019 (Law 45/2019/QH14). They
 * are the fallback for years whose government notice has not been entered
 * (DOMAIN §5.3): the notice fixes the exact Tết range and the day next to 2/9,
 * so the defaults here are the most common choices, and every row says it was
 * computed so that explanations can warn about it.
 *
 * Art. 112(1): 01/01; Tết 5 days; 10/3 lunar; 30/04; 01/05; 02/09 + 1 adjacent
 * day. Art. 111(3): a holiday on the weekly rest day gives a day off on the
 * next working day.
 */
import { lunarToSolar } from './lunar.ts';
import { dayNumber, dayNumberFromParts, localDate, weekdayOfDay } from './local-time.ts';
import type { DayOverride, LocalDate } from './types.ts';

export const STATUTORY_SOURCE = 'Bộ luật Lao động 2019, Điều 112 (tính theo luật)';
export const SUBSTITUTE_SOURCE = 'Bộ luật Lao động 2019, Điều 111 khoản 3 (tính theo luật)';

export const HOLIDAY_LABELS = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  victory: 'Ngày Chiến thắng (30/4)',
  labour: 'Ngày Quốc tế Lao động (1/5)',
  national: 'Quốc khánh (2/9)',
} as const;

const THURSDAY = 4;

/** The day of National Day's pair: 01/09 by default, 03/09 when 02/09 is a Thursday so that Friday joins the weekend. */
function nationalDayPair(year: number): number {
  const sept2 = dayNumberFromParts(year, 9, 2);
  return weekdayOfDay(sept2) === THURSDAY ? sept2 + 1 : sept2 - 1;
}

interface Holiday {
  day: number;
  label: string;
}

/** Substitute rows name the holiday without its date note: "Nghỉ bù Giỗ Tổ Hùng Vương". */
function substituteLabel(label: string): string {
  return `Nghỉ bù ${label.replace(/\s*\([^)]*\)$/, '')}`;
}

function holidaysOf(year: number): Holiday[] {
  const tet = dayNumber(lunarToSolar(1, 1, year));
  const list: Holiday[] = [
    { day: dayNumberFromParts(year, 1, 1), label: HOLIDAY_LABELS.newYear },
    // Default Tết range without a notice: New Year's Eve and days 1–4 of month 1.
    ...[-1, 0, 1, 2, 3].map((offset) => ({ day: tet + offset, label: HOLIDAY_LABELS.tet })),
    { day: dayNumber(lunarToSolar(10, 3, year)), label: HOLIDAY_LABELS.hungKings },
    { day: dayNumberFromParts(year, 4, 30), label: HOLIDAY_LABELS.victory },
    { day: dayNumberFromParts(year, 5, 1), label: HOLIDAY_LABELS.labour },
    { day: dayNumberFromParts(year, 9, 2), label: HOLIDAY_LABELS.national },
    { day: nationalDayPair(year), label: HOLIDAY_LABELS.national },
  ];
  return list.sort((a, b) => a.day - b.day);
}

/**
 * Statutory holidays and their substitute days for a Gregorian year, sorted by
 * date. `weeklyRestDays` are ISO weekdays (civil servants rest on Saturday and Sunday).
 */
export function statutoryHolidays(year: number, weeklyRestDays: readonly number[] = [6, 7]): DayOverride[] {
  if (!Number.isInteger(year)) throw new RangeError(`Invalid year ${year}`);
  const holidays = holidaysOf(year);
  const taken = new Set(holidays.map((h) => h.day));
  const isRest = (day: number): boolean => weeklyRestDays.includes(weekdayOfDay(day));
  const rows: DayOverride[] = holidays.map((h) => ({
    date: localDate(h.day),
    type: 'HOLIDAY',
    label: h.label,
    source: STATUTORY_SOURCE,
  }));
  // A 7-day rest week would make the search below endless; with no working day there is nothing to give.
  if (weeklyRestDays.length < 7) {
    for (const h of holidays) {
      if (!isRest(h.day)) continue;
      let day = h.day + 1;
      while (isRest(day) || taken.has(day)) day++;
      taken.add(day);
      rows.push({ date: localDate(day), type: 'SUBSTITUTE_HOLIDAY', label: substituteLabel(h.label), source: SUBSTITUTE_SOURCE });
    }
  }
  return rows.sort((a, b) => compareDates(a.date, b.date));
}

function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
