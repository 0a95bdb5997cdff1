/**
 * Runs a state-changing request as one transaction, honouring Idempotency-Key:
 * the key row is inserted first in the same transaction, so a concurrent
 * duplicate waits on the unique key and then replays the stored answer, and a
 * failed attempt leaves no key behind.
 */
import { and, eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { canonicalJson, sha256Hex } from '../crypto/hashing.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { idempotencyKeys } from './idempotency.tables.ts';
import type { CommandRunner } from '../commands/command-runner.ts';
import type { CommandContext, Principal } from '../commands/command-context.ts';

const KEY_RE = /^[A-Za-z0-9._:-]{8,128}$/;

export interface CommandResult<T> {
  status: number;
  body: T;
}

export interface CommandOptions {
  /** Who the key belongs to: keys of different callers never collide. */
  principal: string;
  afterCommit?: () => void | Promise<void>;
}

/** The request's Idempotency-Key, checked for form (400 when malformed). */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const rawKey = request.headers['idempotency-key'];
  const key = Array.isArray(rawKey) ? rawKey[0] : rawKey;
  if (key !== undefined && !KEY_RE.test(key)) throw new AppError(400, 'error.idempotencyKeyFormat');
  return key;
}

/**
 * A REST route's state change: the use case runs in the command runner's
 * context inside the transaction that also holds the idempotency row, so a
 * replay answers what the first call answered. The actor keys the idempotency
 * row: keys of different callers never collide.
 */
export async function respond<A extends Principal, T>(
  runner: CommandRunner,
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  actor: A,
  useCase: (ctx: CommandContext<A>) => Promise<CommandResult<T>>,
): Promise<T> {
  const idempotencyKey = idempotencyKeyOf(request);
  let committed: (() => Promise<void>) | undefined;
  const body = await runCommand(db, request, reply, { principal: actor.id, afterCommit: () => committed?.() }, async (tx) => {
    const out = await runner.within(tx, { actor, requestId: request.id, idempotencyKey }, useCase);
    committed = out.committed;
    return out.result;
  });
  return body;
}

export async function runCommand<T>(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  opts: CommandOptions,
  fn: (tx: Tx) => Promise<CommandResult<T>>,
): Promise<T> {
  const key = idempotencyKeyOf(request);
  const path = request.routeOptions.url ?? request.url;
  const requestHash = sha256Hex(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`);

  const outcome = await db.transaction(async (tx) => {
    if (key) {
      const inserted = await tx
        .insert(idempotencyKeys)
        .values({ principal: opts.principal, key, method: request.method, path, requestHash })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (inserted.length === 0) {
        const [stored] = await tx
          .select()
          .from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.principal, opts.principal), eq(idempotencyKeys.key, key)));
        if (!stored || stored.requestHash !== requestHash) throw new AppError(422, 'error.idempotencyMismatch');
        return { replayed: true, status: stored.responseStatus ?? 200, body: stored.responseBody as T };
      }
    }
    const result = await fn(tx);
    if (key) {
      await tx
        .update(idempotencyKeys)
        .set({ responseStatus: result.status, responseBody: result.body as object })
        .where(and(eq(idempotencyKeys.principal, opts.principal), eq(idempotencyKeys.key, key)));
    }
    return { replayed: false, ...result };
  });
  if (!outcome.replayed) await opts.afterCommit?.();
  reply.code(outcome.status);
  if (outcome.replayed) reply.header('idempotent-replayed', 'true');
  return outcome.body;
}
