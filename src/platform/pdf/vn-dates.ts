/**
 * Dates and times as Vietnamese documents print them, always in Asia/Ho_Chi_Minh (UTC+7, no
 * daylight saving) whatever the server's TZ, so a slip printed on a UTC host shows the time the
 * citizen saw on the wall clock.
 */
import { VN_OFFSET_MS } from '../clock.ts';

interface VnParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function vnParts(at: Date): VnParts {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** `dd/mm/yyyy`, e.g. `02/03/2026`. */
export function vnDate(at: Date): string {
  const p = vnParts(at);
  return `${two(p.day)}/${two(p.month)}/${p.year}`;
}

/** `hh:mm dd/mm/yyyy`, the form used for receipt and hand-over times (TT 01/2018 Form 01 item 4). */
export function vnDateTime(at: Date): string {
  const p = vnParts(at);
  return `${two(p.hour)}:${two(p.minute)} ${vnDate(at)}`;
}

/**
 * The place-and-date line of an administrative document, e.g. `Gia Lai, ngày 02 tháng 3 năm 2026`.
 * Decree 30/2020/NĐ-CP Appendix I (II.5.b): days below 10 and the months 1 and 2 take a leading
 * zero, other months do not (so "tháng 01", "tháng 02" but "tháng 3").
 */
export function vnPlaceDate(place: string, at: Date): string {
  const p = vnParts(at);
  const month = p.month <= 2 ? two(p.month) : String(p.month);
  return `${place}, ngày ${two(p.day)} tháng ${month} năm ${p.year}`;
}
