/**
 * The append-only, hash-chained audit log. The application hashes each entry's
 * content; a trigger links it into one of a few chains (entries of one entity
 * always share a chain) under a row lock, so the chain order is the commit
 * order and parallel writers do not all queue on one row. Updates and deletes
 * are refused by trigger; `motcua audit verify` recomputes every link.
 */
import { sql } from 'drizzle-orm';
import { bigint, customType, index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    chain: integer('chain').notNull(),
    /** Set by the linking trigger; the defaults only satisfy the insert. */
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    requestId: text('request_id'),
    contentHash: bytea('content_hash').notNull(),
    prevHash: bytea('prev_hash').notNull().default(sql`'\\x'::bytea`),
    hash: bytea('hash').notNull().default(sql`'\\x'::bytea`),
  },
  (t) => [
    unique('audit_log_chain_seq_uq').on(t.chain, t.seq),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
  ],
);

export const auditChainHeads = pgTable('audit_chain_heads', {
  chain: integer('chain').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: bytea('hash').notNull(),
});

/** One published set of chain heads: the signed file in the file store, by slot (ADR 0023). Append-only. */
export const auditAnchors = pgTable(
  'audit_anchors',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    slot: text('slot').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    fileSha256: text('file_sha256').notNull(),
  },
  (t) => [unique('audit_anchors_slot_uq').on(t.slot)],
);

/** Each delivery of an anchor to the external party and its answer. Append-only. */
export const auditAnchorReceipts = pgTable(
  'audit_anchor_receipts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    anchorId: bigint('anchor_id', { mode: 'number' })
      .notNull()
      .references(() => auditAnchors.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    target: text('target').notNull(),
    status: integer('status').notNull(),
    receipt: text('receipt').notNull(),
  },
  (t) => [index('audit_anchor_receipts_anchor_idx').on(t.anchorId)],
);
