/**
 * Identity over HTTP: the bearer-token hook that turns a request into an Actor,
 * officer sign-in and sign-out, the caller's profile, administration of
 * officers and API clients, and the public identifier checks.
 */
import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import type { CommandRunner } from '../../platform/commands/command-runner.ts';
import type { Db } from '../../platform/db/database.ts';
import type { SecretKeySource } from '../../platform/crypto/secret-key.ts';
import { UnauthorizedError, ValidationError, type FieldIssue } from '../../platform/errors.ts';
import { t } from '../../platform/i18n/index.ts';
import { respond } from '../../platform/http/idempotent-command.ts';
import { authErrors, commandErrors, errors, IdempotencyHeaders, localeOf } from '../../platform/http/route-helpers.ts';
import type { App } from '../../platform/http/server.ts';
import { systemActor } from './actor.ts';
import type { AgencyDirectory } from '../agencies/index.ts';
import type { AgencyTree } from './agency-tree.ts';
import type { Authenticator } from './authenticator.ts';
import { createApiClient } from './commands/create-api-client.ts';
import { createOfficer } from './commands/create-officer.ts';
import { login, type LoginPolicy } from './commands/login.ts';
import { revokeAccessToken } from './commands/revoke-access-token.ts';
import { CreateApiClientInput, CreateOfficerInput, LoginInput } from './identity.schemas.ts';
import { checkPersonalId } from './identifiers/personal-id.ts';
import { checkTaxCode } from './identifiers/tax-code.ts';
import { actorOf } from './request-actor.ts';

export interface IdentityDeps {
  db: Db;
  clock: Clock;
  commands: CommandRunner;
  agencies: AgencyDirectory;
  authenticator: Authenticator;
  loginPolicy: LoginPolicy;
  /** Opens officers' sealed TOTP secrets. */
  secretKey: SecretKeySource;
}

/** Part of parsing the body: an unknown agency code is a 400 on its field, before the command weighs the grants. */
function checkGrantAgencies(agencies: AgencyTree, grants: { agencyCode: string }[]): void {
  const issues: FieldIssue[] = grants.flatMap((g, i) =>
    agencies.resolve(g.agencyCode) ? [] : [{ path: ['body', 'grants', i, 'agencyCode'], key: 'agency.notFound', params: { code: g.agencyCode } }],
  );
  if (issues.length > 0) throw new ValidationError(issues);
}

const CheckResult = z.object({
  valid: z.boolean(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
});

export function registerIdentityRoutes(app: App, deps: IdentityDeps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('token', null);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (!header) return;
    const m = /^Bearer\s+([A-Za-z0-9._~+/=-]{10,200})$/.exec(header);
    if (!m) throw new UnauthorizedError('error.tokenInvalid');
    request.token = m[1]!;
    request.actor = (await deps.authenticator.authenticate(m[1]!)) ?? null;
  });

  app.post('/api/v1/auth/login', {
    config: { public: true },
    schema: {
      tags: ['identity'],
      summary: 'Officer sign-in (password); returns a bearer token',
      body: LoginInput,
      response: { 200: z.object({ token: z.string(), expiresAt: z.string(), officer: z.object({ id: z.string(), fullName: z.string() }) }), ...authErrors, 423: errors[400].describe('Account locked') },
    },
    handler: async (request, reply) => {
      const { username, password, totpCode } = request.body;
      const outcome = await deps.commands.run({ actor: systemActor, requestId: request.id }, (ctx) =>
        login(ctx, { username, password, totpCode, policy: deps.loginPolicy, secretKey: deps.secretKey, ip: request.ip }),
      );
      if (!outcome.ok) throw outcome.error;
      reply.header('cache-control', 'no-store');
      return { token: outcome.token, expiresAt: outcome.expiresAt.toISOString(), officer: { id: outcome.officerId, fullName: outcome.fullName } };
    },
  });

  app.post('/api/v1/auth/logout', {
    schema: { tags: ['identity'], summary: 'Revokes the bearer token', security: [{ bearer: [] }], response: { 204: z.undefined(), ...authErrors } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await deps.commands.run({ actor, requestId: request.id }, (ctx) => revokeAccessToken(ctx, { token: request.token!, authenticator: deps.authenticator }));
      return reply.code(204).send();
    },
  });

  app.get('/api/v1/me', {
    schema: {
      tags: ['identity'],
      summary: 'The caller and its scoped roles',
      security: [{ bearer: [] }],
      response: {
        200: z.object({
          kind: z.string(),
          id: z.string(),
          name: z.string(),
          grants: z.array(z.object({ role: z.string(), agency: z.object({ code: z.string(), name: z.string() }).nullable(), includeSubtree: z.boolean() })),
        }),
        ...authErrors,
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const agencies = await deps.agencies.current();
      return {
        kind: actor.kind,
        id: actor.id,
        name: actor.name,
        grants: actor.grants.map((g) => {
          const a = agencies.byId(g.agencyId);
          return { role: g.role, agency: a ? { code: a.code, name: a.name } : null, includeSubtree: g.includeSubtree };
        }),
      };
    },
  });

  app.post('/api/v1/admin/officers', {
    schema: {
      tags: ['administration'],
      summary: 'Create an officer account with scoped roles',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      body: CreateOfficerInput,
      response: { 201: z.object({ id: z.string(), username: z.string() }), ...commandErrors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const agencies = await deps.agencies.current();
      checkGrantAgencies(agencies, request.body.grants);
      return respond(deps.commands, deps.db, request, reply, actor, async (ctx) => ({ status: 201, body: await createOfficer(ctx, { agencies, officer: request.body }) }));
    },
  });

  app.post('/api/v1/admin/api-clients', {
    schema: {
      tags: ['administration'],
      summary: 'Create an API client; the token is shown once',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      body: CreateApiClientInput,
      response: { 201: z.object({ id: z.string(), token: z.string(), expiresAt: z.string().nullable() }), ...commandErrors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const agencies = await deps.agencies.current();
      checkGrantAgencies(agencies, request.body.grants);
      return respond(deps.commands, deps.db, request, reply, actor, async (ctx) => {
        const created = await createApiClient(ctx, { agencies, client: request.body });
        return { status: 201, body: { id: created.id, token: created.token, expiresAt: created.expiresAt?.toISOString() ?? null } };
      });
    },
  });

  app.get('/api/v1/validation/personal-id/:id', {
    config: { public: true },
    schema: {
      tags: ['validation'],
      summary: 'Check a 12-digit personal identification number (layout, province, century/sex, birth year)',
      params: z.strictObject({ id: z.string().max(40) }),
      querystring: z.strictObject({ birthDate: z.iso.date().optional(), sex: z.enum(['male', 'female']).optional() }),
      response: {
        200: CheckResult.extend({
          legacy: z.boolean(),
          decoded: z.object({ provinceCode: z.string(), province: z.string().nullable(), birthCentury: z.number(), sex: z.enum(['male', 'female']), birthYear: z.number() }).optional(),
        }),
        ...errors,
      },
    },
    handler: async (request) => {
      const locale = localeOf(request);
      const check = checkPersonalId(request.params.id, request.query);
      return {
        valid: check.valid,
        legacy: check.legacy,
        reasons: check.reasons.map((r) => ({ code: r.key, message: t(locale, r.key, r.params ?? {}) })),
        ...(check.decoded ? { decoded: check.decoded } : {}),
      };
    },
  });

  app.get('/api/v1/validation/tax-code/:code', {
    config: { public: true },
    schema: {
      tags: ['validation'],
      summary: 'Check a tax code (10-digit check digit, 13-digit dependent unit, or 12-digit personal id)',
      params: z.strictObject({ code: z.string().max(40) }),
      response: { 200: CheckResult.extend({ kind: z.string().nullable(), normalised: z.string().nullable() }), ...errors },
    },
    handler: async (request) => {
      const locale = localeOf(request);
      const check = checkTaxCode(request.params.code);
      return {
        valid: check.valid,
        kind: check.kind,
        normalised: check.normalised,
        reasons: check.reasons.map((r) => ({ code: r.key, message: t(locale, r.key, r.params ?? {}) })),
      };
    },
  });

}
