/**
 * Writing and verifying the audit log. Every mutation records its entries in
 * its own transaction; verification walks each chain and recomputes content
 * hashes and links, so an edited, removed or re-ordered entry is reported.
 */
import type { Executor } from '../../platform/db/database.ts';
import { sha256Hex } from '../../platform/crypto/hashing.ts';
import type { AuditEntry, Principal } from '../../platform/commands/command-context.ts';
import { chainFor, contentHash, GENESIS_HASH, linkHash } from './audit-entry.ts';
import type { NewAuditRow } from './audit-codec.ts';
import { checkAnchorFile } from './audit-anchor.ts';
import { findChainEntry, insertAuditRows, latestAnchor, listChainsWithEntries, listHeads, readChainPage } from './audit.repo.ts';

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
  problem: 'CONTENT_CHANGED' | 'LINK_BROKEN' | 'SEQUENCE_GAP' | 'HEAD_MISMATCH' | 'MISSING_CHAIN' | 'ANCHOR_INVALID' | 'ANCHOR_MISMATCH';
  /** Why an anchor was refused (ANCHOR_INVALID): FILE_MISSING, FILE_CHANGED, UNREADABLE, OTHER_KEY, MAC_MISMATCH. */
  detail?: string;
}

/** What the last anchor check needs: the file store holding anchor files and the secret key their MAC derives from. */
export interface AnchorDeps {
  store: { read(sha256: string): Promise<Buffer> };
  secretKey: () => Buffer;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  chains: { chain: number; seq: number; headHash: string }[];
  problems: AuditProblem[];
  /** The last anchor checked (null: none made yet); absent when verification ran without the file store. */
  anchor?: { slot: string; createdAt: string; sha256: string } | null;
}

export interface AuditLog {
  record(tx: Executor, ctx: AuditContext, records: AuditRecord[]): Promise<void>;
  /** The rows `record` would insert, for a caller that writes them in its own statement. */
  rows(ctx: AuditContext, records: AuditRecord[]): NewAuditRow[];
  /** Walks every chain that is configured, has a head or has entries; with `anchors`, also checks the last anchor. */
  verify(db: Executor, anchors?: AnchorDeps): Promise<AuditVerification>;
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
    verify: (db, anchors) => verifyAudit(db, chains, anchors),
  };
}

async function verifyAudit(db: Executor, configuredChains: number, anchors: AnchorDeps | undefined): Promise<AuditVerification> {
  const heads = new Map((await listHeads(db)).map((h) => [h.chain, h]));
  // A chain is expected when it is configured, has a head or has entries: a head row that went
  // missing must be reported, never read as "one chain fewer" (issue 11 item 3).
  const expected = new Set<number>([...Array.from({ length: configuredChains }, (_, i) => i), ...heads.keys(), ...(await listChainsWithEntries(db))]);
  const problems: AuditProblem[] = [];
  let entries = 0;
  for (const chain of [...expected].sort((a, b) => a - b)) {
    const head = heads.get(chain);
    if (!head) problems.push({ chain, seq: 0, problem: 'MISSING_CHAIN' });
    let prev: Buffer = GENESIS_HASH;
    let expectedSeq = 1;
    for (;;) {
      const page = await readChainPage(db, chain, expectedSeq - 1, 2000);
      if (page.length === 0) break;
      for (const row of page) {
        entries++;
        if (row.seq !== expectedSeq) problems.push({ chain, seq: expectedSeq, problem: 'SEQUENCE_GAP' });
        const recomputed = contentHash({ ...row, payload: row.payload });
        if (!recomputed.equals(row.contentHash)) {
          problems.push({ chain, seq: row.seq, id: row.id, problem: 'CONTENT_CHANGED' });
        }
        if (!row.prevHash.equals(prev) || !linkHash(prev, row.seq, row.contentHash).equals(row.hash)) {
          problems.push({ chain, seq: row.seq, id: row.id, problem: 'LINK_BROKEN' });
        }
        prev = row.hash;
        expectedSeq = row.seq + 1;
      }
    }
    if (head && (head.seq !== expectedSeq - 1 || !head.hash.equals(prev))) {
      problems.push({ chain, seq: head.seq, problem: 'HEAD_MISMATCH' });
    }
  }
  const result: AuditVerification = {
    ok: false,
    entries,
    chains: [...heads.values()].filter((h) => h.seq > 0).map((h) => ({ chain: h.chain, seq: h.seq, headHash: h.hash.toString('hex') })),
    problems,
  };
  if (anchors) result.anchor = await checkLastAnchor(db, anchors, problems);
  result.ok = problems.length === 0;
  return result;
}

/**
 * The last anchor must be intact (its file present, unchanged and MAC'd under our key) and every
 * chain must still hold the anchored entry with the anchored hash. The walk above has checked the
 * links up to each head, so "the anchored entry is in the chain" means "the rows after it extend it":
 * a chain rewritten from before the anchor, even with every link recomputed, fails here.
 */
async function checkLastAnchor(db: Executor, deps: AnchorDeps, problems: AuditProblem[]): Promise<AuditVerification['anchor']> {
  const row = await latestAnchor(db);
  if (!row) return null;
  const shown = { slot: row.slot, createdAt: row.createdAt.toISOString(), sha256: row.fileSha256 };
  const invalid = (detail: string) => {
    problems.push({ chain: -1, seq: 0, problem: 'ANCHOR_INVALID', detail });
    return shown;
  };
  let bytes: Buffer;
  try {
    bytes = await deps.store.read(row.fileSha256);
  } catch {
    return invalid('FILE_MISSING');
  }
  if (sha256Hex(bytes) !== row.fileSha256) return invalid('FILE_CHANGED');
  const checked = checkAnchorFile(bytes, deps.secretKey());
  if (!checked.ok) return invalid(checked.reason);
  if (checked.anchor.slot !== row.slot) return invalid('FILE_CHANGED');
  for (const anchored of checked.anchor.chains) {
    if (anchored.seq === 0) continue;
    const entry = await findChainEntry(db, anchored.chain, anchored.seq);
    if (!entry || entry.hash.toString('hex') !== anchored.hash) problems.push({ chain: anchored.chain, seq: anchored.seq, problem: 'ANCHOR_MISMATCH' });
  }
  return shown;
}
