/** One entity's audit entries, oldest first, as supervisors and administrators read them. */
import type { Executor } from '../../../platform/db/database.ts';
import { listEntityEntries } from '../audit.repo.ts';

export interface AuditEntryView {
  seq: number;
  chain: number;
  occurredAt: string;
  actorKind: string;
  actorId: string;
  action: string;
  payload: unknown;
  hash: string;
}

export async function entityAuditEntries(db: Executor, entityType: string, entityId: string): Promise<AuditEntryView[]> {
  const rows = await listEntityEntries(db, entityType, entityId);
  return rows.map((r) => ({ seq: r.seq, chain: r.chain, occurredAt: r.occurredAt.toISOString(), actorKind: r.actorKind, actorId: r.actorId, action: r.action, payload: r.payload, hash: r.hash.toString('hex') }));
}
