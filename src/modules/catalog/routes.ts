/** The catalogue over HTTP: ranked Vietnamese search, a procedure's published version, and version administration. */
import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import type { CommandRunner } from '../../platform/commands/command-runner.ts';
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { respond } from '../../platform/http/idempotent-command.ts';
import { commandErrors, errors, IdempotencyHeaders } from '../../platform/http/route-helpers.ts';
import { VersionNumber } from '../../platform/http/common-schemas.ts';
import type { App } from '../../platform/http/server.ts';
import { actorOf } from '../identity/index.ts';
import type { CatalogDeps } from './catalog.deps.ts';
import { findVersion, listFields, listVersions, searchProcedures } from './catalog.repo.ts';
import { LifeEvent, OnlineLevel, ProcedureCode, ProcedureLevel, ProcedureVersionInput } from './catalog.schemas.ts';
import { ProcedureView, presentProcedure } from './catalog.presenter.ts';
import { draftProcedureVersion } from './commands/draft-procedure-version.ts';
import { publishProcedureVersion } from './commands/publish-procedure-version.ts';
import { foldVietnamese, queryTokens } from './search-text.ts';

export interface CatalogRouteDeps extends CatalogDeps {
  db: Db;
  clock: Clock;
  commands: CommandRunner;
}

const SearchItem = z.object({
  code: z.string(),
  name: z.string(),
  field: z.object({ code: z.string(), name: z.string() }),
  level: z.string(),
  onlineLevel: z.string(),
  score: z.number(),
});

export function registerCatalogRoutes(app: App, deps: CatalogRouteDeps): void {
  app.get('/api/v1/procedures', {
    config: { public: true },
    schema: {
      tags: ['catalogue'],
      summary: 'Search procedures: accent-insensitive, typo-tolerant, ranked ("cap giay phep in" finds "Cấp giấy phép hoạt động in")',
      querystring: z.strictObject({
        q: z.string().max(200).optional(),
        field: z.string().max(40).optional(),
        agency: z.string().max(40).optional(),
        level: ProcedureLevel.optional(),
        online: OnlineLevel.optional(),
        lifeEvent: LifeEvent.optional(),
        limit: z.coerce.number().int().min(1).max(100).default(20),
        offset: z.coerce.number().int().min(0).max(10_000).default(0),
      }),
      response: { 200: z.object({ items: z.array(SearchItem), total: z.number(), limit: z.number(), offset: z.number() }), ...errors },
    },
    handler: async (request) => {
      const q = request.query;
      const agency = q.agency ? (await deps.agencies.current()).resolve(q.agency)?.agency : undefined;
      if (q.agency && !agency) throw new NotFoundError('agency.notFound', { code: q.agency });
      const { hits, total } = await searchProcedures(deps.db, {
        tokens: queryTokens(q.q ?? ''),
        folded: foldVietnamese(q.q ?? ''),
        fieldCode: q.field,
        agencyId: agency?.id,
        level: q.level,
        onlineLevel: q.online,
        lifeEvent: q.lifeEvent,
        limit: q.limit,
        offset: q.offset,
      });
      return {
        items: hits.map((h) => ({ code: h.code, name: h.name, field: { code: h.fieldCode, name: h.fieldName }, level: h.level, onlineLevel: h.onlineLevel, score: Math.round(h.score * 1000) / 1000 })),
        total,
        limit: q.limit,
        offset: q.offset,
      };
    },
  });

  app.get('/api/v1/procedures/:code', {
    config: { public: true },
    schema: {
      tags: ['catalogue'],
      summary: 'The current published version of a procedure (or ?version=n), with components, fees and e-form',
      params: z.strictObject({ code: ProcedureCode }),
      querystring: z.strictObject({ version: VersionNumber.optional() }),
      response: { 200: ProcedureView, ...errors },
    },
    handler: async (request) => {
      const found = await deps.procedures.currentByCode(deps.db, request.params.code);
      if (!found) throw new NotFoundError('procedure.notFound', { code: request.params.code });
      let loaded = found.current;
      if (request.query.version) {
        const row = await findVersion(deps.db, found.procedure.id, request.query.version);
        loaded = row && row.status !== 'DRAFT' ? await deps.procedures.versionById(deps.db, row.id) : undefined;
        if (!loaded) throw new NotFoundError('procedure.notFound', { code: `${request.params.code} v${request.query.version}` });
      }
      if (!loaded) throw new NotFoundError('procedure.noPublishedVersion', { code: request.params.code });
      return presentProcedure(loaded, await deps.agencies.current());
    },
  });

  app.get('/api/v1/procedures/:code/versions', {
    config: { public: true },
    schema: {
      tags: ['catalogue'],
      summary: 'All versions of a procedure',
      params: z.strictObject({ code: ProcedureCode }),
      response: { 200: z.object({ items: z.array(z.object({ version: z.number(), status: z.string(), publishedAt: z.string().nullable() })) }), ...errors },
    },
    handler: async (request) => {
      const found = await deps.procedures.currentByCode(deps.db, request.params.code);
      if (!found) throw new NotFoundError('procedure.notFound', { code: request.params.code });
      const rows = await listVersions(deps.db, found.procedure.id);
      return { items: rows.map((r) => ({ version: r.version, status: r.status, publishedAt: r.publishedAt?.toISOString() ?? null })) };
    },
  });

  app.get('/api/v1/fields', {
    config: { public: true },
    schema: { tags: ['catalogue'], summary: 'Fields (lĩnh vực) of the catalogue', response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), sector: z.string() })) }) } },
    handler: async () => ({ items: await listFields(deps.db) }),
  });

  app.post('/api/v1/admin/procedures/:code/versions', {
    schema: {
      tags: ['administration'],
      summary: 'Draft a new version of a procedure (creates the procedure on its first version)',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: z.strictObject({ code: ProcedureCode }),
      body: ProcedureVersionInput,
      response: { 201: z.object({ code: z.string(), version: z.number(), status: z.literal('DRAFT') }), ...commandErrors },
    },
    handler: async (request, reply) => {
      const { code } = request.params;
      return respond(deps.commands, deps.db, request, reply, actorOf(request), async (ctx) => {
        const created = await draftProcedureVersion(ctx, deps, { code, version: request.body });
        return { status: 201, body: { code, version: created.version, status: 'DRAFT' as const } };
      });
    },
  });

  app.post('/api/v1/admin/procedures/:code/versions/:version/publish', {
    schema: {
      tags: ['administration'],
      summary: 'Publish a drafted version: its workflow budgets must fit the legal time limit; it is frozen afterwards',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: z.strictObject({ code: ProcedureCode, version: VersionNumber }),
      response: { 200: z.object({ code: z.string(), version: z.number(), status: z.literal('PUBLISHED') }), ...commandErrors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { code, version } = request.params;
      return respond(deps.commands, deps.db, request, reply, actor, async (ctx) => {
        await publishProcedureVersion(ctx, deps, { code, version });
        return { status: 200, body: { code, version, status: 'PUBLISHED' as const } };
      });
    },
  });
}
