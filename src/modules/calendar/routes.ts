/** The working calendar over HTTP: due dates with their explanation, the holidays of a year, and editing the rows. */
import { z } from 'zod';
import { toVnIso, type Clock } from '../../platform/clock.ts';
import type { CommandRunner } from '../../platform/commands/command-runner.ts';
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError, ValidationError } from '../../platform/errors.ts';
import { respond } from '../../platform/http/idempotent-command.ts';
import { commandErrors, errors, IdempotencyHeaders, localeOf } from '../../platform/http/route-helpers.ts';
import { CalendarDate, CalendarInstant } from '../../platform/http/common-schemas.ts';
import type { App } from '../../platform/http/server.ts';
import type { AgencyDirectory } from '../agencies/index.ts';
import type { ProcedureStore } from '../catalog/index.ts';
import { actorOf } from '../identity/index.ts';
import type { CalendarDeps } from './calendar.deps.ts';
import { CalendarDayInput, CalendarYearInput } from './calendar.schemas.ts';
import { putCalendarDay } from './commands/put-calendar-day.ts';
import { putCalendarYear } from './commands/put-calendar-year.ts';
import { switchCalendarDay } from './commands/switch-calendar-day.ts';
import type { DurationUnit } from './engine/index.ts';
import { holidaysOf } from './holiday-list.ts';
import { listCalendarDays } from './queries/calendar-days.ts';
import { withinCalendar } from './within-calendar.ts';

export interface CalendarRouteDeps extends CalendarDeps {
  db: Db;
  clock: Clock;
  commands: CommandRunner;
  agencies: AgencyDirectory;
  procedures: ProcedureStore;
}

const units: Record<string, DurationUnit> = {
  working_days: 'WORKING_DAY',
  working_hours: 'WORKING_HOUR',
  days: 'DAY',
  hours: 'HOUR',
  months: 'MONTH',
};

const Explanation = z.array(z.object({ kind: z.string(), date: z.string().optional(), at: z.string().optional(), text: z.string() }));
const DayRow = z.object({ date: z.string(), type: z.string(), label: z.string(), sourceDocument: z.string().nullable(), optional: z.boolean(), active: z.boolean() });

export function registerCalendarRoutes(app: App, deps: CalendarRouteDeps): void {
  app.get('/api/v1/calendar/due-date', {
    config: { public: true },
    schema: {
      tags: ['calendar'],
      summary: 'Due date for a time limit from a start instant, explained step by step',
      querystring: z.strictObject({
        start: CalendarInstant,
        amount: z.coerce.number().min(0).max(3650),
        unit: z.enum(['working_days', 'working_hours', 'days', 'hours', 'months']),
        agency: z.string().max(40).optional(),
        procedure: z.string().max(40).optional(),
      }),
      response: {
        200: z.object({ dueAt: z.string(), explanation: Explanation, cutoff: z.string(), agency: z.string().nullable(), procedure: z.string().nullable() }),
        ...errors,
      },
    },
    handler: async (request) => {
      const q = request.query;
      const unit = units[q.unit]!;
      if ((unit === 'WORKING_DAY' || unit === 'DAY' || unit === 'MONTH') && !Number.isInteger(q.amount)) {
        throw new ValidationError([{ path: ['querystring', 'amount'], key: 'validation.integer' }]);
      }
      const agencies = await deps.agencies.current();
      const agency = q.agency ? agencies.resolve(q.agency)?.agency : undefined;
      if (q.agency && !agency) throw new NotFoundError('calendar.unknownAgency', { code: q.agency });
      let cutoff = '15:00';
      if (q.procedure) {
        const found = await deps.procedures.currentByCode(deps.db, q.procedure);
        if (!found?.current) throw new NotFoundError('procedure.notFound', { code: q.procedure });
        cutoff = found.current.version.cutoffTime;
      }
      const calendar = await deps.calendars.forAgency(agency?.id);
      const result = withinCalendar(() => calendar.addWorkingTime(new Date(q.start), q.amount, unit, deps.calendars.options(cutoff)));
      const en = localeOf(request) === 'en';
      return {
        dueAt: toVnIso(result.dueAt),
        explanation: result.explanation.map((s) => ({ kind: s.kind, ...(s.date ? { date: s.date } : {}), ...(s.at ? { at: s.at } : {}), text: en ? s.textEn : s.text })),
        cutoff,
        agency: agency?.code ?? null,
        procedure: q.procedure ?? null,
      };
    },
  });

  app.get('/api/v1/calendar/holidays', {
    config: { public: true },
    schema: {
      tags: ['calendar'],
      summary: 'Holidays, substitute days and make-up working days of a year (entered notice, or computed from the Labour Code)',
      querystring: z.strictObject({ year: z.coerce.number().int().min(1900).max(2199), agency: z.string().max(40).optional() }),
      response: {
        200: z.object({
          year: z.number(),
          status: z.enum(['OFFICIAL', 'PROVISIONAL', 'COMPUTED']),
          lunar: z.object({ tet: z.string(), hungKings: z.string() }),
          days: z.array(z.object({ date: z.string(), weekday: z.number(), working: z.boolean(), reason: z.string(), label: z.string().optional(), source: z.string().optional() })),
        }),
        ...errors,
      },
    },
    handler: async (request) => {
      const agency = request.query.agency ? (await deps.agencies.current()).resolve(request.query.agency)?.agency : undefined;
      if (request.query.agency && !agency) throw new NotFoundError('calendar.unknownAgency', { code: request.query.agency });
      return holidaysOf(await deps.calendars.forAgency(agency?.id), request.query.year);
    },
  });

  app.get('/api/v1/calendar/:calendar/days', {
    config: { public: true },
    schema: {
      tags: ['calendar'],
      summary: 'The stored calendar rows between two dates (including switched-off optional days)',
      params: z.strictObject({ calendar: z.string().regex(/^[A-Z0-9_]{1,20}$/) }),
      querystring: z.strictObject({ from: CalendarDate, to: CalendarDate }),
      response: { 200: z.object({ items: z.array(DayRow) }), ...errors },
    },
    handler: async (request) => {
      return { items: await listCalendarDays(deps.db, request.params.calendar, request.query.from, request.query.to) };
    },
  });

  app.put('/api/v1/admin/calendar/:calendar/days/:date', {
    schema: {
      tags: ['administration'],
      summary: 'Enter or change one calendar row (a holiday, substitute day, make-up Saturday or closure)',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: z.strictObject({ calendar: z.string().regex(/^[A-Z0-9_]{1,20}$/), date: CalendarDate }),
      body: CalendarDayInput,
      response: { 200: DayRow, ...commandErrors },
    },
    handler: async (request, reply) => {
      const { calendar, date } = request.params;
      return respond(deps.commands, deps.db, request, reply, actorOf(request), async (ctx) => ({
        status: 200,
        body: await putCalendarDay(ctx, deps, { calendarCode: calendar, date, day: request.body }),
      }));
    },
  });

  app.patch('/api/v1/admin/calendar/:calendar/days/:date', {
    schema: {
      tags: ['administration'],
      summary: 'Switch a row on or off (e.g. the optional 24/11 holiday)',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: z.strictObject({ calendar: z.string().regex(/^[A-Z0-9_]{1,20}$/), date: CalendarDate }),
      body: z.strictObject({ active: z.boolean() }),
      response: { 200: DayRow, ...commandErrors },
    },
    handler: async (request, reply) => {
      const { calendar, date } = request.params;
      return respond(deps.commands, deps.db, request, reply, actorOf(request), async (ctx) => ({
        status: 200,
        body: await switchCalendarDay(ctx, deps, { calendarCode: calendar, date, active: request.body.active }),
      }));
    },
  });

  app.put('/api/v1/admin/calendar/:calendar/years/:year', {
    schema: {
      tags: ['administration'],
      summary: "Record that a year's notice has been entered (its rows become the whole truth for that year)",
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: z.strictObject({ calendar: z.string().regex(/^[A-Z0-9_]{1,20}$/), year: z.coerce.number().int().min(1900).max(2199) }),
      body: CalendarYearInput,
      response: { 200: z.object({ year: z.number(), status: z.string(), sourceDocument: z.string() }), ...commandErrors },
    },
    handler: async (request, reply) => {
      const { calendar, year } = request.params;
      return respond(deps.commands, deps.db, request, reply, actorOf(request), async (ctx) => {
        await putCalendarYear(ctx, deps, { calendarCode: calendar, year, notice: request.body });
        return { status: 200, body: { year, ...request.body } };
      });
    },
  });
}
