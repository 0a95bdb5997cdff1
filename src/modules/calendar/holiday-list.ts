/**
 * The non-working days of a year (and the working Saturdays) as one list, from
 * whichever source applies: the entered notice, or the statutory computation.
 * Used by `motcua calendar holidays` and GET /api/v1/calendar/holidays.
 */
import { lunarNewYear, lunarToSolar, type DayInfo, type WorkingCalendar } from './engine/index.ts';

export interface YearHolidays {
  year: number;
  status: 'OFFICIAL' | 'PROVISIONAL' | 'COMPUTED';
  lunar: { tet: string; hungKings: string };
  days: DayInfo[];
}

export function holidaysOf(calendar: WorkingCalendar, year: number): YearHolidays {
  const days: DayInfo[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    const info = calendar.dayInfo(d.toISOString().slice(0, 10));
    if (info.reason !== 'WORKDAY' && info.reason !== 'WEEKEND') days.push(info);
  }
  return {
    year,
    status: calendar.yearStatus(year),
    lunar: { tet: lunarNewYear(year), hungKings: lunarToSolar(10, 3, year) },
    days,
  };
}
