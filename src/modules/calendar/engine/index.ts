/**
 * Public surface of the pure due-date engine: the rest of the system should
 * import from here only, so the internal split of files can change freely.
 */
export type * from './types.ts';
export type { YearStatus } from './explanation.ts';
export type { LunarDate } from './lunar.ts';
export { lunarNewYear, lunarToSolar, solarToLunar, leapMonthOf, VN_LUNAR_UTC_OFFSET } from './lunar.ts';
export { statutoryHolidays, HOLIDAY_LABELS, STATUTORY_SOURCE, SUBSTITUTE_SOURCE } from './statutory-holidays.ts';
export { WorkingCalendar, DEFAULT_DEADLINE_OPTIONS } from './working-calendar.ts';
export { isoLocal } from './local-time.ts';
