/**
 * Dossiers over HTTP. Writes run their use case through respond() (one
 * transaction, honouring Idempotency-Key); reads are scoped to the caller; the public look-up needs no
 * sign-in and shows no personal data.
 */
import { z } from 'zod';
import { ValidationError } from '../../platform/errors.ts';
import type { CommandRunner } from '../../platform/commands/command-runner.ts';
import { respond } from '../../platform/http/idempotent-command.ts';
import { commandErrors, errors, IdempotencyHeaders, localeOf, authErrors } from '../../platform/http/route-helpers.ts';
import type { App } from '../../platform/http/server.ts';
import { actorOf } from '../identity/index.ts';
import { ActionInput } from './action-inputs.ts';
import { actOnDossier } from './commands/act-on-dossier.ts';
import { submitDossier } from './commands/submit-dossier.ts';
import type { DossierDeps } from './dossier.deps.ts';
import { DOSSIER_CODE_RE } from './dossier-code.ts';
import { SubmitDossierInput } from './dossier.schemas.ts';
import { DossierCommandResult, DossierView, DossierSummary, PublicDossierView } from './dossier.views.ts';
import { commandResult } from './queries/command-result.ts';
import { findVisibleDossier, getDossier } from './queries/get-dossier.ts';
import { ListDossiersQuery, listDossiersFor } from './queries/list-dossiers.ts';
import { lookupPublic } from './queries/public-lookup.ts';

export interface DossierRouteDeps extends DossierDeps {
  commands: CommandRunner;
}

const IdParam = z.strictObject({ id: z.string().min(3).max(60).describe('Internal id (UUID) or dossier code') });

export function registerDossierRoutes(app: App, deps: DossierRouteDeps): void {
  app.post('/api/v1/dossiers', {
    schema: {
      tags: ['dossiers'],
      summary: 'Register a dossier (online, at a desk, by post or kiosk); it is received with a separate action',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      body: SubmitDossierInput,
      response: { 201: DossierCommandResult, ...commandErrors },
    },
    handler: async (request, reply) =>
      respond(deps.commands, deps.db, request, reply, actorOf(request), async (ctx) => {
        const row = await submitDossier(ctx, deps, request.body);
        return { status: 201, body: await commandResult(ctx.tx, deps, row, 1, localeOf(request)) };
      }),
  });

  app.get('/api/v1/dossiers', {
    schema: {
      tags: ['dossiers'],
      summary: "Dossiers in the caller's scope, or (view=work) the caller's work queue, soonest due first",
      security: [{ bearer: [] }],
      querystring: ListDossiersQuery,
      response: { 200: z.object({ items: z.array(DossierSummary), nextCursor: z.string().nullable() }), ...authErrors },
    },
    handler: async (request) => listDossiersFor(deps, actorOf(request), request.query, localeOf(request)),
  });

  app.get('/api/v1/dossiers/:id', {
    schema: {
      tags: ['dossiers'],
      summary: 'One dossier in full, with its action log, due-date explanation and the actions the caller may take (the read is audited)',
      security: [{ bearer: [] }],
      params: IdParam,
      response: { 200: DossierView, ...authErrors },
    },
    handler: async (request) => getDossier(deps, actorOf(request), request.params.id, localeOf(request), request.id),
  });

  app.post('/api/v1/dossiers/:id/actions', {
    schema: {
      tags: ['dossiers'],
      summary: 'Take an action (receive, assign, approve, request_supplement, extend, return_result, …); 409 lists the allowed actions',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: IdParam,
      body: ActionInput,
      response: { 200: DossierCommandResult, ...commandErrors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const target = await findVisibleDossier(deps, actor, request.params.id);
      return respond(deps.commands, deps.db, request, reply, actor, async (ctx) => {
        const result = await actOnDossier(ctx, deps, { dossierId: target.id, action: request.body });
        return { status: 200, body: await commandResult(ctx.tx, deps, result.dossier, result.seq, localeOf(request)) };
      });
    },
  });

  app.post('/api/v1/dossiers/:id/receive', {
    schema: {
      tags: ['dossiers'],
      summary: 'Receive a dossier: allocates its code and due date (shortcut for the receive action)',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: IdParam,
      body: z.strictObject({ componentsProvided: z.array(z.string().min(1).max(40)).max(60).optional(), note: z.string().trim().min(1).max(2000).optional(), expectedVersion: z.number().int().min(0).optional() }).default({}),
      response: { 200: DossierCommandResult, ...commandErrors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const target = await findVisibleDossier(deps, actor, request.params.id);
      return respond(deps.commands, deps.db, request, reply, actor, async (ctx) => {
        const result = await actOnDossier(ctx, deps, { dossierId: target.id, action: { type: 'receive', ...request.body } });
        return { status: 200, body: await commandResult(ctx.tx, deps, result.dossier, result.seq, localeOf(request)) };
      });
    },
  });

  app.get('/api/v1/public/dossiers/:dossierCode', {
    config: { public: true },
    schema: {
      tags: ['public'],
      summary: 'Public look-up by dossier code (or QR): status and dates only; the owner name is masked',
      params: z.strictObject({ dossierCode: z.string().max(60) }),
      response: { 200: PublicDossierView, ...errors },
    },
    handler: async (request, reply) => {
      const code = request.params.dossierCode.trim().toUpperCase();
      if (!DOSSIER_CODE_RE.test(code)) {
        reply.header('cache-control', 'no-store');
        throw new ValidationError([{ path: ['params', 'dossierCode'], key: 'validation.dossierCode' }]);
      }
      reply.header('cache-control', 'public, max-age=30');
      return lookupPublic(deps, code, localeOf(request));
    },
  });

}
