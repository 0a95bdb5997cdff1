/** The calendar module's public surface. */
export { CalendarService, DEFAULT_CALENDAR, type DeadlineSettings } from './calendar-service.ts';
export * from './engine/index.ts';
export { withinCalendar, withinCalendarAsync } from './within-calendar.ts';
export { holidaysOf, type YearHolidays } from './holiday-list.ts';
export { demoCalendarYears, defaultWorkingHours } from './seed/demo-calendar.ts';
export { calendarExists, listDays, setDayActive, upsertDay } from './calendar.repo.ts';
