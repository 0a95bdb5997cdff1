/**
 * One administrative change = one transaction with its audit entry, as the
 * REST API does it; command errors with field issues become messages next to
 * the fields instead of an error page.
 */
import type { FastifyRequest } from 'fastify';
import type { AuditRecord } from '../../../modules/audit/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { UnprocessableError, ValidationError, type FieldIssue } from '../../../platform/errors.ts';
import type { WebDeps } from '../../web-deps.ts';
import type { Officer } from '../officer-session.ts';

export async function audited<T>(
  deps: WebDeps,
  request: FastifyRequest,
  officer: Officer,
  change: (tx: Executor, now: Date) => Promise<{ result: T; audit: AuditRecord[] }>,
): Promise<T> {
  const out = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const { result, audit } = await change(tx, now);
    if (audit.length > 0) await deps.services.audit.record(tx, { actor: officer.actor, at: now, requestId: request.id }, audit);
    return result;
  });
  deps.afterCommit();
  return out;
}

/** The field issues of a refused command, or undefined when the error is of another kind (rethrow it). */
export function issuesOf(err: unknown): FieldIssue[] | undefined {
  if (err instanceof ValidationError || err instanceof UnprocessableError) return err.issues.length > 0 ? err.issues : [{ path: [], key: err.key, params: err.params }];
  return undefined;
}
