/**
 * Fixed UTC+7 civil-time arithmetic. Vietnam has no daylight saving, so every
 * conversion is a constant offset; nothing here may read the host time zone,
 * otherwise deadlines would change with the server's TZ setting.
 * Local dates are handled internally as integer day numbers (days since
 * 1970-01-01) because adding and comparing integers is cheap and exact.
 */
import type { LocalDate, Weekday } from './types.ts';

export const VN_OFFSET_HOURS = 7;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const OFFSET_MS = VN_OFFSET_HOURS * HOUR_MS;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HHMM_RE = /^([01]\d|2[0-4]):([0-5]\d)$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Day number of a 'YYYY-MM-DD' local date; rejects impossible dates such as 2025-02-30. */
export function dayNumber(date: LocalDate): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Invalid local date '${date}' (expected YYYY-MM-DD)`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`Invalid local date '${date}'`);
  }
  return ms / DAY_MS;
}

export function dayNumberFromParts(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function localDate(day: number): LocalDate {
  const d = new Date(day * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Calendar parts of a day number, used for month arithmetic. */
export function dayParts(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function weekdayOfDay(day: number): Weekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7 + 1) as Weekday;
}

/** Local day number of an instant. */
export function dayOfInstant(instant: Date): number {
  return Math.floor((instant.getTime() + OFFSET_MS) / DAY_MS);
}

/** Milliseconds since local midnight of an instant. */
export function msOfDay(instant: Date): number {
  const t = instant.getTime() + OFFSET_MS;
  return t - Math.floor(t / DAY_MS) * DAY_MS;
}

/** The instant at `ms` after local midnight of `day`. */
export function instantAt(day: number, ms: number): Date {
  return new Date(day * DAY_MS + ms - OFFSET_MS);
}

/** Parses 'HH:MM' (00:00–24:00) into milliseconds since midnight. */
export function parseHhmm(value: string): number {
  const m = HHMM_RE.exec(value);
  if (!m) throw new RangeError(`Invalid time '${value}' (expected HH:MM)`);
  const ms = Number(m[1]) * HOUR_MS + Number(m[2]) * MINUTE_MS;
  if (ms > DAY_MS) throw new RangeError(`Invalid time '${value}'`);
  return ms;
}

export function formatHhmm(ms: number): string {
  const minutes = Math.floor(ms / MINUTE_MS);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** ISO-8601 with an explicit +07:00 offset, so stored explanations read as local time. */
export function isoLocal(instant: Date): string {
  const day = dayOfInstant(instant);
  const ms = msOfDay(instant);
  const s = Math.floor(ms / 1000) % 60;
  const frac = ms % 1000;
  const fracText = frac === 0 ? '' : `.${pad(frac, 3)}`;
  return `${localDate(day)}T${formatHhmm(ms)}:${pad(s)}${fracText}+07:00`;
}

const WEEKDAY_VI = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** dd/mm/yyyy: the form printed on Vietnamese notices. */
export function formatDmy(day: number): string {
  const p = dayParts(day);
  return `${pad(p.day)}/${pad(p.month)}/${pad(p.year, 4)}`;
}

export function dayVi(day: number): string {
  return `${WEEKDAY_VI[weekdayOfDay(day)] ?? ''} ${formatDmy(day)}`;
}

export function dayEn(day: number): string {
  return `${WEEKDAY_EN[weekdayOfDay(day)] ?? ''} ${formatDmy(day)}`;
}

export function instantVi(instant: Date): string {
  return `${dayVi(dayOfInstant(instant))} ${formatHhmm(msOfDay(instant))}`;
}

export function instantEn(instant: Date): string {
  return `${dayEn(dayOfInstant(instant))} ${formatHhmm(msOfDay(instant))}`;
}

/** A duration as "7 giờ 30 phút" / "7 h 30 min"; seconds are dropped as no limit is finer than a minute. */
export function durationVi(ms: number): string {
  const minutes = Math.round(ms / MINUTE_MS);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (m === 0) return `${h} giờ`;
  return h === 0 ? `${m} phút` : `${h} giờ ${m} phút`;
}

export function durationEn(ms: number): string {
  const minutes = Math.round(ms / MINUTE_MS);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (m === 0) return `${h} h`;
  return h === 0 ? `${m} min` : `${h} h ${m} min`;
}
