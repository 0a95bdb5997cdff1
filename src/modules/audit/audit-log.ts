/**
 * Writing and verifying the audit log. Every mutation records its entries in
 * its own transaction; verification walks each chain and recomputes content
 * hashes and links, so an edited, removed or re-ordered entry is reported.
 */
import type { Executor } from '../../platform/db/database.ts';
import type { AuditEntry, Principal } from '../../platform/commands/command-context.ts';
import { chainFor, contentHash, GENESIS_HASH, linkHash } from './audit-entry.ts';
import type { NewAuditRow } from './audit-codec.ts';
import { insertAuditRows, listHeads, readChainPage } from './audit.repo.ts';

/** One line of the trail as a change states it (the platform's command contract names the same shape). */
export type AuditRecord = AuditEntry;

export interface AuditContext {
  actor: Principal;
  at: Date;
  requestId?: string | undefined;
}

export interface AuditProblem {
  chain: number;
  seq: number;
  id?: number;
  problem: 'CONTENT_CHANGED' | 'LINK_BROKEN' | 'SEQUENCE_GAP' | 'HEAD_MISMATCH';
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  chains: { chain: number; seq: number; headHash: string }[];
  problems: AuditProblem[];
}

export interface AuditLog {
  record(tx: Executor, ctx: AuditContext, records: AuditRecord[]): Promise<void>;
  /** The rows `record` would insert, for a caller that writes them in its own statement. */
  rows(ctx: AuditContext, records: AuditRecord[]): NewAuditRow[];
  verify(db: Executor): Promise<AuditVerification>;
}

export function createAuditLog(chains: number): AuditLog {
  const rows = (ctx: AuditContext, records: AuditRecord[]): NewAuditRow[] =>
        records.map((r) => {
          const chain = chainFor(r.entityType, r.entityId, chains);
          const content = {
            chain,
            occurredAt: ctx.at,
            actorKind: (r.actor ?? ctx.actor).kind,
            actorId: (r.actor ?? ctx.actor).id,
            action: r.action,
            entityType: r.entityType,
            entityId: r.entityId,
            payload: r.payload ?? {},
            requestId: ctx.requestId ?? null,
          };
          return { ...content, contentHash: contentHash(content) };
        });
  return {
    async record(tx, ctx, records) {
      await insertAuditRows(tx, rows(ctx, records));
    },
    rows,
    verify: verifyAudit,
  };
}

async function verifyAudit(db: Executor): Promise<AuditVerification> {
  const heads = await listHeads(db);
  const problems: AuditProblem[] = [];
  let entries = 0;
  for (const head of heads) {
    let prev: Buffer = GENESIS_HASH;
    let expectedSeq = 1;
    for (;;) {
      const page = await readChainPage(db, head.chain, expectedSeq - 1, 2000);
      if (page.length === 0) break;
      for (const row of page) {
        entries++;
        if (row.seq !== expectedSeq) problems.push({ chain: head.chain, seq: expectedSeq, problem: 'SEQUENCE_GAP' });
        const recomputed = contentHash({ ...row, payload: row.payload });
        if (!recomputed.equals(row.contentHash)) {
          problems.push({ chain: head.chain, seq: row.seq, id: row.id, problem: 'CONTENT_CHANGED' });
        }
        if (!row.prevHash.equals(prev) || !linkHash(prev, row.seq, row.contentHash).equals(row.hash)) {
          problems.push({ chain: head.chain, seq: row.seq, id: row.id, problem: 'LINK_BROKEN' });
        }
        prev = row.hash;
        expectedSeq = row.seq + 1;
      }
    }
    if (head.seq !== expectedSeq - 1 || !head.hash.equals(prev)) {
      problems.push({ chain: head.chain, seq: head.seq, problem: 'HEAD_MISMATCH' });
    }
  }
  return {
    ok: problems.length === 0,
    entries,
    chains: heads.filter((h) => h.seq > 0).map((h) => ({ chain: h.chain, seq: h.seq, headHash: h.hash.toString('hex') })),
    problems,
  };
}
