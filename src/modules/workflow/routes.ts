/** Workflow definitions over HTTP: read, validate (dry run), draft and publish. */
import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import type { CommandRunner } from '../../platform/commands/command-runner.ts';
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { respond } from '../../platform/http/idempotent-command.ts';
import { commandErrors, errors, IdempotencyHeaders, localeOf } from '../../platform/http/route-helpers.ts';
import { renderIssue } from '../../platform/http/validation-issues.ts';
import { VersionNumber } from '../../platform/http/common-schemas.ts';
import type { App } from '../../platform/http/server.ts';
import { actorOf } from '../identity/index.ts';
import { legalLimitMinutes, legalLimitText, DurationUnit } from '../catalog/index.ts';
import { publishWorkflow } from './commands/publish-workflow.ts';
import { saveWorkflowDraft } from './commands/save-workflow-draft.ts';
import { checkWorkflowDefinition } from './queries/check-definition.ts';
import { findWorkflow, listWorkflows } from './queries/find-workflow.ts';
import type { WorkflowDeps } from './workflow.deps.ts';
import { WorkflowDefinition } from './workflow.schemas.ts';

export interface WorkflowRouteDeps extends WorkflowDeps {
  db: Db;
  clock: Clock;
  commands: CommandRunner;
}

const Summary = z.object({ key: z.string(), version: z.number(), status: z.string(), name: z.string(), publishedAt: z.string().nullable() });

export function registerWorkflowRoutes(app: App, deps: WorkflowRouteDeps): void {
  app.get('/api/v1/workflows', {
    config: { public: true },
    schema: { tags: ['workflow'], summary: 'Workflow definitions and their versions', response: { 200: z.object({ items: z.array(Summary) }) } },
    handler: async () => ({
      items: (await listWorkflows(deps.db)).map((w) => ({ key: w.key, version: w.version, status: w.status, name: w.name, publishedAt: w.publishedAt?.toISOString() ?? null })),
    }),
  });

  app.get('/api/v1/workflows/:key/:version', {
    config: { public: true },
    schema: {
      tags: ['workflow'],
      summary: 'One workflow definition',
      params: z.strictObject({ key: z.string().max(64), version: VersionNumber }),
      response: { 200: Summary.extend({ definition: z.unknown() }), ...errors },
    },
    handler: async (request) => {
      const row = await findWorkflow(deps.db, request.params.key, request.params.version);
      if (!row) throw new NotFoundError('workflow.notFound', request.params);
      return { key: row.key, version: row.version, status: row.status, name: row.name, publishedAt: row.publishedAt?.toISOString() ?? null, definition: row.definition };
    },
  });

  app.post('/api/v1/admin/workflows/validate', {
    schema: {
      tags: ['administration'],
      summary: 'Check a definition without saving it (optionally against a legal time limit)',
      security: [{ bearer: [] }],
      body: z.strictObject({
        definition: WorkflowDefinition,
        legalLimit: z.strictObject({ amount: z.number().int().min(0).max(3650), unit: DurationUnit }).optional(),
      }),
      response: { 200: z.object({ valid: z.boolean(), issues: z.array(z.object({ path: z.string(), message: z.string() })) }), ...commandErrors },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const dayMinutes = await deps.calendars.workingDayMinutes();
      const limit = request.body.legalLimit;
      const issues = checkWorkflowDefinition(actor, request.body.definition, {
        workingDayMinutes: dayMinutes,
        ...(limit ? { legalLimitMinutes: legalLimitMinutes(limit.amount, limit.unit, dayMinutes), legalLimitText: legalLimitText(limit.amount, limit.unit) } : {}),
      });
      const locale = localeOf(request);
      return { valid: issues.length === 0, issues: issues.map((i) => renderIssue(locale, i)) };
    },
  });

  app.post('/api/v1/admin/workflows', {
    schema: {
      tags: ['administration'],
      summary: 'Save a draft workflow version',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      body: WorkflowDefinition,
      response: { 201: Summary, ...commandErrors },
    },
    handler: async (request, reply) => {
      return respond(deps.commands, deps.db, request, reply, actorOf(request), async (ctx) => {
        const saved = await saveWorkflowDraft(ctx, { definition: request.body });
        return { status: 201, body: { key: saved.definition.key, version: saved.definition.version, status: 'DRAFT', name: saved.definition.name, publishedAt: null } };
      });
    },
  });

  app.post('/api/v1/admin/workflows/:key/:version/publish', {
    schema: {
      tags: ['administration'],
      summary: 'Publish a draft workflow after validation (unreachable steps, dead ends and bad moves are refused)',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: z.strictObject({ key: z.string().max(64), version: VersionNumber }),
      response: { 200: Summary, ...commandErrors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { key, version } = request.params;
      return respond(deps.commands, deps.db, request, reply, actor, async (ctx) => {
        const row = await publishWorkflow(ctx, deps, { key, version });
        return { status: 200, body: { key, version, status: row.status, name: row.name, publishedAt: row.publishedAt?.toISOString() ?? null } };
      });
    },
  });
}
