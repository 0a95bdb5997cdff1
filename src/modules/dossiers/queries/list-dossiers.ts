/**
 * Lists and work queues, always within the actor's scope (the scope is part of
 * the SQL, never a filter after the fact). Keyset cursors keep pages stable and
 * fast at millions of rows.
 */
import { z } from 'zod';
import { ValidationError } from '../../../platform/errors.ts';
import { UUID_RE } from '../../../platform/ids.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { listScope } from '../dossier.policy.ts';
import { presentSummary } from '../dossier.presenter.ts';
import { listDossiers } from '../dossier.repo.ts';

export const ListDossiersQuery = z.strictObject({
  /** `work`: what the caller must act on now; `all`: everything in the caller's scope. */
  view: z.enum(['work', 'all']).default('all'),
  state: z.string().regex(/^[A-Z_]+(,[A-Z_]+)*$/).optional(),
  risk: z.enum(['NONE', 'WARN', 'AT_RISK', 'OVERDUE']).optional(),
  open: z.enum(['true', 'false']).optional(),
  procedure: z.string().max(40).optional(),
  owner: z.string().max(20).optional(),
  code: z.string().max(40).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListDossiersQuery = z.infer<typeof ListDossiersQuery>;

function decodeCursor(cursor: string): { dueAt: Date; id: string } {
  try {
    const [ms, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
    const dueAt = new Date(Number(ms));
    const year = dueAt.getUTCFullYear();
    if (!id || !UUID_RE.test(id) || Number.isNaN(dueAt.getTime()) || year < 1900 || year > 9999) throw new Error('bad cursor');
    return { dueAt, id };
  } catch {
    throw new ValidationError([{ path: ['querystring', 'cursor'], key: 'validation.invalid' }]);
  }
}

export async function listDossiersFor(deps: DossierDeps, actor: Actor, q: ListDossiersQuery, locale: Locale) {
  const scope = listScope(actor);
  const rows = await listDossiers(deps.db, {
    visibleAgencyIds: scope.visibleAgencyIds,
    queue: q.view === 'work' ? scope.queue : undefined,
    assigneeId: q.view === 'work' ? actor.id : undefined,
    states: q.state?.split(','),
    risk: q.risk,
    open: q.open === undefined ? undefined : q.open === 'true',
    procedureCode: q.procedure,
    ownerId: q.owner,
    codePrefix: q.code?.toUpperCase(),
    after: q.cursor ? decodeCursor(q.cursor) : undefined,
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const agencies = await deps.agencies.current();
  const ctx = { locale, agencies, refusalSyncStatus: deps.config.refusalSyncStatus, now: deps.clock.now() };
  const names = new Map<string, string>();
  for (const r of page) {
    if (!names.has(r.procedureVersionId)) {
      names.set(r.procedureVersionId, (await deps.procedures.versionById(deps.db, r.procedureVersionId))?.procedure.name ?? '');
    }
  }
  return {
    items: page.map((r) => presentSummary(r, ctx, names.get(r.procedureVersionId))),
    nextCursor: rows.length > q.limit && last ? Buffer.from(`${last.queueDueAt.getTime()}|${last.id}`).toString('base64url') : null,
  };
}
