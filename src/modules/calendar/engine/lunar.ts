/**
 * The Vietnamese lunisolar calendar, needed because Tết and the Hùng Kings'
 * Commemoration (10/3 lunar) are statutory holidays (DOMAIN §5.3).
 * Vietnam computes it at UTC+7 (since 1968); Chinese tables use UTC+8 and
 * disagree in some years (e.g. Tết 2030 is 02/02 here, 03/02 in China), so the
 * offset is a parameter that defaults to +7 and is never taken from a library.
 *
 * Rules: a month begins on the local day of a new moon; the month containing
 * the December solstice (Sun at 270°) is month 11; when 13 months separate two
 * months 11, the first month after month 11 without a major solar term (a
 * multiple of 30° of solar longitude) is leap and repeats the previous number.
 */
import { NEW_MOON_EPOCH, SYNODIC_MONTH, newMoonJdUt, sunApparentLongitude, utToTt } from './astronomy.ts';
import { dayNumber, dayNumberFromParts, localDate } from './local-time.ts';
import type { LocalDate } from './types.ts';

export const VN_LUNAR_UTC_OFFSET = 7;

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year, named by the Gregorian year in which its month 1 begins. */
  year: number;
  leap: boolean;
}

interface LunarMonth {
  start: number;
  month: number;
  leap: boolean;
  lunarYear: number;
}

interface LunarYearSpan {
  /** Months from month 11 of the previous lunar year up to (not including) the next month 11. */
  months: LunarMonth[];
  end: number;
}

const UNIX_EPOCH_JD = 2440587.5;
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Lunar calendar supports years ${MIN_YEAR}–${MAX_YEAR}, got ${year}`);
  }
}

/** Local day number on which lunation k begins. */
function monthStart(k: number, tz: number): number {
  return Math.floor(newMoonJdUt(k) - UNIX_EPOCH_JD + tz / 24);
}

/** 30° sector of the Sun's longitude at local midnight beginning `day`. */
function solarSector(day: number, tz: number): number {
  const jdUt = day + UNIX_EPOCH_JD - tz / 24;
  return Math.floor(sunApparentLongitude(utToTt(jdUt)) / 30);
}

/** Lunation index of month 11 of the lunar year ending around December of `gregYear`. */
function month11Lunation(gregYear: number, tz: number): number {
  const dec31 = dayNumberFromParts(gregYear, 12, 31) + UNIX_EPOCH_JD;
  let k = Math.floor((dec31 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  // Sector 9 = [270°, 300°): the solstice has passed. Around December no wrap-around can occur.
  while (solarSector(monthStart(k, tz), tz) >= 9) k--;
  while (solarSector(monthStart(k + 1, tz), tz) < 9) k++;
  return k;
}

const spanCache = new Map<string, LunarYearSpan>();

function yearSpan(lunarYear: number, tz: number): LunarYearSpan {
  const key = `${lunarYear}@${tz}`;
  const cached = spanCache.get(key);
  if (cached) return cached;

  const first = month11Lunation(lunarYear - 1, tz);
  const last = month11Lunation(lunarYear, tz);
  const hasLeap = last - first === 13;
  const months: LunarMonth[] = [];
  let number = 11;
  let leapFound = false;
  for (let k = first; k < last; k++) {
    let leap = false;
    if (k > first) {
      const start = monthStart(k, tz);
      const next = monthStart(k + 1, tz);
      if (hasLeap && !leapFound && solarSector(start, tz) === solarSector(next, tz)) {
        leap = true;
        leapFound = true;
      } else {
        number = (number % 12) + 1;
      }
    }
    months.push({ start: monthStart(k, tz), month: number, leap, lunarYear: number >= 11 ? lunarYear - 1 : lunarYear });
  }
  if (hasLeap && !leapFound) throw new Error(`No month without a major solar term in lunar year ${lunarYear}`);
  const span: LunarYearSpan = { months, end: monthStart(last, tz) };
  spanCache.set(key, span);
  return span;
}

function monthEnd(span: LunarYearSpan, index: number): number {
  return span.months[index + 1]?.start ?? span.end;
}

/** 1/1 of the lunar year beginning in Gregorian `year` (Tết Nguyên đán). */
export function lunarNewYear(year: number, utcOffsetHours = VN_LUNAR_UTC_OFFSET): LocalDate {
  return lunarToSolar(1, 1, year, false, utcOffsetHours);
}

/** The leap month of a lunar year (months 1–12 of that year, leap 11/12 included), or null. */
export function leapMonthOf(lunarYear: number, utcOffsetHours = VN_LUNAR_UTC_OFFSET): number | null {
  checkYear(lunarYear);
  const all = [...yearSpan(lunarYear, utcOffsetHours).months, ...yearSpan(lunarYear + 1, utcOffsetHours).months];
  const leap = all.find((m) => m.leap && m.lunarYear === lunarYear);
  return leap ? leap.month : null;
}

export function lunarToSolar(
  day: number,
  month: number,
  lunarYear: number,
  leap = false,
  utcOffsetHours = VN_LUNAR_UTC_OFFSET,
): LocalDate {
  checkYear(lunarYear);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid lunar month ${month}`);
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`Invalid lunar day ${day}`);
  // Months 11 and 12 close the lunar year, so they sit in the next span.
  const span = yearSpan(month >= 11 ? lunarYear + 1 : lunarYear, utcOffsetHours);
  const index = span.months.findIndex((m) => m.month === month && m.leap === leap && m.lunarYear === lunarYear);
  const found = span.months[index];
  if (!found) throw new RangeError(`Lunar year ${lunarYear} has no ${leap ? 'leap ' : ''}month ${month}`);
  const length = monthEnd(span, index) - found.start;
  if (day > length) throw new RangeError(`Lunar month ${month}/${lunarYear} has only ${length} days`);
  return localDate(found.start + day - 1);
}

export function solarToLunar(date: LocalDate, utcOffsetHours = VN_LUNAR_UTC_OFFSET): LunarDate {
  const n = dayNumber(date);
  const gregYear = Number(date.slice(0, 4));
  checkYear(gregYear);
  let span = yearSpan(gregYear, utcOffsetHours);
  if (n >= span.end) span = yearSpan(gregYear + 1, utcOffsetHours);
  for (let i = span.months.length - 1; i >= 0; i--) {
    const m = span.months[i];
    if (m && m.start <= n) return { day: n - m.start + 1, month: m.month, year: m.lunarYear, leap: m.leap };
  }
  // Month 11 always begins by the December solstice, so every date of gregYear is covered above.
  throw new Error(`Date ${date} precedes its lunar year span`);
}
