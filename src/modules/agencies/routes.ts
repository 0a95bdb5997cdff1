/** Agencies, one-stop desks and administrative units over HTTP (public reference data). */
import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import { vnLocalDate } from '../../platform/clock.ts';
import type { CommandRunner } from '../../platform/commands/command-runner.ts';
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { respond } from '../../platform/http/idempotent-command.ts';
import { CalendarDate } from '../../platform/http/common-schemas.ts';
import { commandErrors, errors, IdempotencyHeaders } from '../../platform/http/route-helpers.ts';
import { actorOf } from '../identity/index.ts';
import type { App } from '../../platform/http/server.ts';
import type { AgencyDeps } from './agencies.deps.ts';
import { AgencySummary, DeskView, presentAgency, presentDesk } from './agency.presenter.ts';
import { getAdminUnitByCode, listAdminUnits } from './agency.repo.ts';
import { AgencyKind, WorkingHoursInput } from './agency.schemas.ts';
import { setWorkingHours } from './commands/set-working-hours.ts';

export interface AgencyRouteDeps extends AgencyDeps {
  db: Db;
  clock: Clock;
  commands: CommandRunner;
}

const AdminUnit = z.object({ code: z.string(), name: z.string(), kind: z.string(), validFrom: z.string(), validTo: z.string().nullable(), legalBasis: z.string().nullable() });

export function registerAgencyRoutes(app: App, deps: AgencyRouteDeps): void {
  app.get('/api/v1/agencies', {
    config: { public: true },
    schema: {
      tags: ['agencies'],
      summary: 'Agencies, optionally filtered; by default those active today',
      querystring: z.strictObject({
        kind: AgencyKind.optional(),
        level: z.enum(['CENTRAL', 'PROVINCE', 'COMMUNE']).optional(),
        parent: z.string().max(35).optional(),
        activeOn: CalendarDate.optional(),
        includeInactive: z.enum(['true', 'false']).default('false'),
      }),
      response: { 200: z.object({ items: z.array(AgencySummary) }), ...errors },
    },
    handler: async (request) => {
      const agencies = await deps.agencies.current();
      const q = request.query;
      const day = q.activeOn ?? vnLocalDate(deps.clock.now());
      const parent = q.parent ? agencies.resolve(q.parent)?.agency : undefined;
      if (q.parent && !parent) throw new NotFoundError('agency.notFound', { code: q.parent });
      const items = agencies
        .all()
        .filter((a) => (!q.kind || a.kind === q.kind) && (!q.level || a.level === q.level))
        .filter((a) => !parent || a.parentId === parent.id)
        .filter((a) => q.includeInactive === 'true' || agencies.isActiveOn(a, day));
      return { items: items.map((a) => presentAgency(a, agencies)) };
    },
  });

  app.get('/api/v1/agencies/:code', {
    config: { public: true },
    schema: {
      tags: ['agencies'],
      summary: 'One agency by code; legacy right-to-left codes are accepted and normalised',
      params: z.strictObject({ code: z.string().max(40) }),
      response: {
        200: AgencySummary.extend({
          requestedCode: z.string(),
          matchedBy: z.enum(['CODE', 'ALIAS', 'MECHANICAL']),
          activeToday: z.boolean(),
          children: z.array(AgencySummary),
          desks: z.array(DeskView),
          predecessors: z.array(AgencySummary),
          successors: z.array(AgencySummary),
        }),
        ...errors,
      },
    },
    handler: async (request) => {
      const agencies = await deps.agencies.current();
      const found = agencies.resolve(request.params.code);
      if (!found) throw new NotFoundError('agency.notFound', { code: request.params.code });
      const a = found.agency;
      const view = (x: typeof a) => presentAgency(x, agencies);
      return {
        ...view(a),
        requestedCode: request.params.code,
        matchedBy: found.matchedBy,
        activeToday: agencies.isActiveOn(a, vnLocalDate(deps.clock.now())),
        children: agencies.children(a.id).map(view),
        desks: agencies.desksOf(a.id).map((d) => presentDesk(d, agencies)),
        predecessors: agencies.predecessorsOf(a.id).map(view),
        successors: agencies.successorsOf(a.id).map(view),
      };
    },
  });

  app.get('/api/v1/desks', {
    config: { public: true },
    schema: { tags: ['agencies'], summary: 'One-stop desks', response: { 200: z.object({ items: z.array(DeskView) }) } },
    handler: async () => {
      const agencies = await deps.agencies.current();
      return { items: agencies.all().flatMap((a) => agencies.desksOf(a.id).map((d) => presentDesk(d, agencies))) };
    },
  });

  app.put('/api/v1/admin/agencies/:code/working-hours', {
    schema: {
      tags: ['administration'],
      summary: "Set an agency's own office hours (null: back to its calendar's hours); due dates use them from now on",
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: z.strictObject({ code: z.string().max(40) }),
      body: z.strictObject({ workingHours: WorkingHoursInput.nullable() }),
      response: { 200: z.object({ code: z.string(), workingHours: WorkingHoursInput.nullable() }), ...commandErrors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const workingHours = request.body.workingHours;
      return respond(deps.commands, deps.db, request, reply, actor, async (ctx) => {
        const { code } = await setWorkingHours(ctx, deps, { code: request.params.code, workingHours });
        return { status: 200, body: { code, workingHours } };
      });
    },
  });

  app.get('/api/v1/admin-units', {
    config: { public: true },
    schema: {
      tags: ['agencies'],
      summary: 'Administrative units (province → communes/wards), with their history on request',
      querystring: z.strictObject({ parent: z.string().regex(/^\d{2,5}$/).optional(), history: z.enum(['true', 'false']).default('false') }),
      response: { 200: z.object({ items: z.array(AdminUnit) }), ...errors },
    },
    handler: async (request) => {
      const history = request.query.history === 'true';
      let parentId: string | null = null;
      if (request.query.parent) {
        const units = await getAdminUnitByCode(deps.db, request.query.parent);
        const current = units.find((u) => u.validTo === null) ?? units.at(-1);
        if (!current) throw new NotFoundError('error.notFound');
        parentId = current.id;
      }
      const rows = await listAdminUnits(deps.db, parentId, history);
      return { items: rows.map((r) => ({ code: r.code, name: r.name, kind: r.kind, validFrom: r.validFrom, validTo: r.validTo, legalBasis: r.legalBasis })) };
    },
  });
}
