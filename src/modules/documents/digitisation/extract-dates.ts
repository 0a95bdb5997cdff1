/**
 * Dates as Vietnamese documents print them — "ngày 27 tháng 5 năm 2021", "27/5/2021",
 * "27-05-2021", "27.05.2021" — matched on folded text (extract-folding.ts), so "ngay 27 thang
 * 5 nam 2021" from OCR that lost its accents reads the same. Day first, always.
 */

/** Long form; the leading "ngày" is optional so a caller's "từ ngày …" can match either form. */
const LONG = String.raw`(?:ngay\s*)?\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}`;
const NUMERIC = String.raw`(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}`;

/** A regex source matching one date in folded text, for composing labelled patterns. */
export const DATE = String.raw`(?:${LONG}|${NUMERIC})(?!\d)`;
/** The long form with its "ngày" required: the place-and-date line of a heading. */
export const LONG_DATE = String.raw`ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}(?!\d)`;

export function isoDate(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null; // 31/4, 29/2 of a common year
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date of a folded snippet matched by DATE, or null when it is not a real date. */
export function parseDate(folded: string): string | null {
  const m = /(\d{1,2})\D+?(\d{1,2})\D+?(\d{4})/.exec(folded);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
