/**
 * Working calendars for agencies, built from the database rows and handed to
 * the pure engine. Calendars are cached for a minute: holiday rows change a few
 * times a year, and every due date needs one.
 */
import type { Db, Executor } from '../../platform/db/database.ts';
import type { AgencyDirectory, WorkingHours } from '../agencies/index.ts';
import { loadCalendar } from './calendar.repo.ts';
import { WorkingCalendar, type DeadlineOptions, type OverrideType } from './engine/index.ts';

const CACHE_MS = 60_000;
export const DEFAULT_CALENDAR = 'VN';

export interface DeadlineSettings {
  cutoffShiftsStart: boolean;
  dueTime: DeadlineOptions['dueTime'];
}

export class CalendarService {
  readonly #db: Db;
  readonly #agencies: AgencyDirectory;
  readonly #settings: DeadlineSettings;
  readonly #cache = new Map<string, { calendar: WorkingCalendar; until: number }>();

  constructor(db: Db, agencies: AgencyDirectory, settings: DeadlineSettings) {
    this.#db = db;
    this.#agencies = agencies;
    this.#settings = settings;
    // A calendar is cached with its agency's office hours: a reload of the directory may bring new ones.
    agencies.onReload(() => this.invalidate());
  }

  /** The calendar of an agency (its calendar code and its own office hours, if it has them). */
  async forAgency(agencyId: string | undefined, db: Executor = this.#db): Promise<WorkingCalendar> {
    const agency = agencyId ? (await this.#agencies.current()).byId(agencyId) : undefined;
    return this.forCalendar(agency?.calendarCode ?? DEFAULT_CALENDAR, agency?.workingHours ?? undefined, db);
  }

  /** Inside a transaction, pass it as `db`: the calendar may have to be loaded. */
  async forCalendar(code: string, hours?: WorkingHours, db: Executor = this.#db): Promise<WorkingCalendar> {
    const key = `${code}|${hours ? JSON.stringify(hours) : ''}`;
    const hit = this.#cache.get(key);
    if (hit && hit.until > Date.now()) return hit.calendar;
    const loaded = await loadCalendar(db, code);
    if (!loaded) throw new Error(`Calendar ${code} does not exist; run "motcua seed" or create it.`);
    const calendar = new WorkingCalendar({
      workingHours: hours ?? loaded.calendar.workingHours,
      overrides: loaded.days
        .filter((d) => d.active)
        .map((d) => ({ date: d.day, type: d.type as OverrideType, label: d.label, source: d.sourceDocument ?? undefined })),
      officialYears: loaded.years.filter((y) => y.status === 'OFFICIAL').map((y) => y.year),
      provisionalYears: loaded.years.filter((y) => y.status === 'PROVISIONAL').map((y) => y.year),
    });
    this.#cache.set(key, { calendar, until: Date.now() + CACHE_MS });
    return calendar;
  }

  options(cutoff = '15:00'): DeadlineOptions {
    return { cutoff, cutoffShiftsStart: this.#settings.cutoffShiftsStart, dueTime: this.#settings.dueTime };
  }

  /**
   * Minutes in a working day of the default calendar, used to compare step
   * budgets with legal limits. Inside a transaction, pass it as `db`.
   */
  async workingDayMinutes(db: Executor = this.#db): Promise<number> {
    // Minutes, as the workflow's budget check counts them (segments are in milliseconds).
    return (await this.forCalendar(DEFAULT_CALENDAR, undefined, db)).workingDayMs / 60_000;
  }

  invalidate(): void {
    this.#cache.clear();
  }
}
