/**
 * Publishes the audit chain heads (ADR 0023): every head at this instant goes
 * into a MAC'd anchor file in the file store, recorded by slot, and — where an
 * external party is configured — is POSTed to it. Idempotent per slot: a
 * retried job reuses the slot's file and only delivers what was not yet
 * delivered, so the external party never sees two different anchors for one day.
 */
import type { Executor } from '../../platform/db/database.ts';
import type { AnchorPublisher } from './anchor-publisher.ts';
import { buildAnchorFile } from './audit-anchor.ts';
import { findAnchorBySlot, hasSuccessfulReceipt, insertAnchor, insertAnchorReceipt, latestAnchor, listHeads } from './audit.repo.ts';

export interface AnchorWriterDeps {
  db: Executor;
  store: { put(bytes: Buffer, contentType: string): Promise<{ sha256: string }>; read(sha256: string): Promise<Buffer> };
  secretKey: () => Buffer;
  publisher?: AnchorPublisher | undefined;
}

export interface AnchorOutcome {
  slot: string;
  createdAt: Date;
  sha256: string;
  chains: { chain: number; seq: number; hash: string }[];
  /** Null when no external party is configured; `delivered` false means it must be retried. */
  publication: { target: string; status: number; delivered: boolean; alreadyDelivered: boolean } | null;
}

export class AnchorNotDeliveredError extends Error {}

export async function anchorAuditHeads(deps: AnchorWriterDeps, input: { slot: string; at: Date }): Promise<AnchorOutcome> {
  const { db, store } = deps;
  let anchor = await findAnchorBySlot(db, input.slot);
  if (!anchor) {
    // One statement reads every head: a consistent snapshot, each head a committed entry.
    const heads = await listHeads(db);
    const previous = await latestAnchor(db);
    const file = buildAnchorFile(
      { slot: input.slot, createdAt: input.at, previous: previous?.fileSha256 ?? null, chains: heads.map((h) => ({ chain: h.chain, seq: h.seq, hash: h.hash.toString('hex') })) },
      deps.secretKey(),
    );
    const { sha256 } = await store.put(file, 'application/json');
    anchor = await insertAnchor(db, { slot: input.slot, createdAt: input.at, fileSha256: sha256 });
  }
  const file = await store.read(anchor.fileSha256);
  const chains = (JSON.parse(file.toString('utf8')) as { chains: AnchorOutcome['chains'] }).chains;
  const outcome: AnchorOutcome = { slot: anchor.slot, createdAt: anchor.createdAt, sha256: anchor.fileSha256, chains, publication: null };
  const publisher = deps.publisher;
  if (!publisher) return outcome;
  if (await hasSuccessfulReceipt(db, anchor.id)) {
    outcome.publication = { target: publisher.target, status: 200, delivered: true, alreadyDelivered: true };
    return outcome;
  }
  const sent = await publisher.publish(file);
  await insertAnchorReceipt(db, { anchorId: anchor.id, publishedAt: new Date(), target: publisher.target, status: sent.status, receipt: sent.receipt });
  const delivered = sent.status >= 200 && sent.status < 300;
  outcome.publication = { target: publisher.target, status: sent.status, delivered, alreadyDelivered: false };
  return outcome;
}
