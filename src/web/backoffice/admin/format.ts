/** Dates as officers read them: dd/mm/yyyy hh:mm in Vietnam time. */
import { toVnIso } from '../../../platform/clock.ts';

export function formatVnDateTime(at: Date): string {
  const s = toVnIso(at);
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)} ${s.slice(11, 16)}`;
}

export function formatVnDate(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}
