/** Audit over HTTP: chain verification and one entity's history, for supervisors and administrators. */
import { z } from 'zod';
import type { Db } from '../../platform/db/database.ts';
import { authErrors } from '../../platform/http/route-helpers.ts';
import type { App } from '../../platform/http/server.ts';
import { actorOf } from '../identity/index.ts';
import type { AnchorDeps, AuditLog } from './audit-log.ts';
import { authorize } from './audit.policy.ts';
import { entityAuditEntries } from './queries/entity-entries.ts';

/** With the file store and the secret key, verification also checks the last anchor (ADR 0023). */
export function registerAuditRoutes(app: App, deps: { db: Db; audit: AuditLog; files?: { store: AnchorDeps['store'] }; secretKey?: AnchorDeps['secretKey'] }): void {
  const anchors: AnchorDeps | undefined = deps.files && deps.secretKey ? { store: deps.files.store, secretKey: deps.secretKey } : undefined;
  app.get('/api/v1/admin/audit/verify', {
    schema: {
      tags: ['administration'],
      summary: 'Recompute every link of the audit chains; reports changed, missing or re-ordered entries',
      security: [{ bearer: [] }],
      response: {
        200: z.object({
          ok: z.boolean(),
          entries: z.number(),
          chains: z.array(z.object({ chain: z.number(), seq: z.number(), headHash: z.string() })),
          problems: z.array(z.object({ chain: z.number(), seq: z.number(), id: z.number().optional(), problem: z.string(), detail: z.string().optional() })),
          anchor: z.object({ slot: z.string(), createdAt: z.string(), sha256: z.string() }).nullable().optional(),
        }),
        ...authErrors,
      },
    },
    handler: async (request) => {
      authorize(actorOf(request), 'audit.verify', null);
      return deps.audit.verify(deps.db, anchors);
    },
  });

  app.get('/api/v1/admin/audit/:entityType/:entityId', {
    schema: {
      tags: ['administration'],
      summary: "One entity's audit entries, oldest first",
      security: [{ bearer: [] }],
      params: z.strictObject({ entityType: z.string().regex(/^[a-z_]{2,40}$/), entityId: z.string().max(100) }),
      response: {
        200: z.object({ items: z.array(z.object({ seq: z.number(), chain: z.number(), occurredAt: z.string(), actorKind: z.string(), actorId: z.string(), action: z.string(), payload: z.unknown(), hash: z.string() })) }),
        ...authErrors,
      },
    },
    handler: async (request) => {
      authorize(actorOf(request), 'audit.read', request.params);
      return { items: await entityAuditEntries(deps.db, request.params.entityType, request.params.entityId) };
    },
  });
}
