/**
 * Shared fixtures for the engine tests: the example office hours of DOMAIN
 * §5.6 and a helper to write local +07:00 instants, so tests read like the
 * handbook and never depend on the machine's time zone.
 */
import { WorkingCalendar } from './working-calendar.ts';
import type { CalendarData, DayOverride, LocalDate, OverrideType } from './types.ts';

export const OFFICE_HOURS: CalendarData['workingHours'] = {
  weekdays: [1, 2, 3, 4, 5],
  intervals: [
    ['07:30', '11:30'],
    ['13:30', '17:00'],
  ],
};

/** An instant written as local Vietnam time, e.g. vn('2025-01-06 09:00'). */
export function vn(local: string): Date {
  const d = new Date(`${local.replace(' ', 'T')}+07:00`);
  if (Number.isNaN(d.getTime())) throw new Error(`bad test instant ${local}`);
  return d;
}

export function row(date: LocalDate, type: OverrideType, label = 'test', source?: string): DayOverride {
  return source === undefined ? { date, type, label } : { date, type, label, source };
}

export const TET_2025_NOTICE = 'Thông báo nghỉ Tết 2025 (ví dụ)';

/** Example B: the 2025 notice sets Tết as Mon 27/01 – Fri 31/01/2025. */
export function calendar2025(extra: DayOverride[] = []): WorkingCalendar {
  const tet = ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((d) =>
    row(d, 'HOLIDAY', 'Tết Nguyên đán', TET_2025_NOTICE),
  );
  return new WorkingCalendar({ workingHours: OFFICE_HOURS, overrides: [...tet, ...extra], officialYears: [2025] });
}

/** Only computed statutory holidays (no notice entered for any year). */
export function computedCalendar(overrides: DayOverride[] = []): WorkingCalendar {
  return new WorkingCalendar({ workingHours: OFFICE_HOURS, overrides, officialYears: [] });
}
