/** The calendar module's public surface. */
import './calendar.messages.ts'; // registers the module's message texts before anything renders them
export { CalendarService, DEFAULT_CALENDAR, type DeadlineSettings } from './calendar-service.ts';
export type { CalendarDeps } from './calendar.deps.ts';
export * from './engine/index.ts';
export { withinCalendar, withinCalendarAsync } from './within-calendar.ts';
export { holidaysOf, type YearHolidays } from './holiday-list.ts';
export { defaultWorkingHours } from './seed/demo-calendar.ts';
export { CalendarDayInput, CalendarDayType, CalendarYearInput } from './calendar.schemas.ts';
export type { CalendarDayView } from './calendar.presenter.ts';
// Commands
export { putCalendarDay } from './commands/put-calendar-day.ts';
export { switchCalendarDay } from './commands/switch-calendar-day.ts';
export { putCalendarYear } from './commands/put-calendar-year.ts';
export { seedDemoCalendar } from './commands/seed-demo-calendar.ts';
// Queries
export { listCalendarDays } from './queries/calendar-days.ts';
