/**
 * Building an audit entry: which chain it joins and the hash of its content.
 * The same functions are used to write and to verify, so they cannot drift.
 */
import { canonicalJson, sha256 } from '../../platform/crypto/hashing.ts';

export interface AuditContent {
  chain: number;
  occurredAt: Date;
  actorKind: string;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  payload: Record<string, unknown>;
  requestId: string | null;
}

/** FNV-1a: a stable, cheap spread of entities over chains (all entries of one entity share a chain). */
export function chainFor(entityType: string, entityId: string, chains: number): number {
  let h = 0x811c9dc5;
  const s = `${entityType}:${entityId}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % chains;
}

export function contentHash(c: AuditContent): Buffer {
  return sha256(
    canonicalJson({
      chain: c.chain,
      occurredAt: c.occurredAt.toISOString(),
      actorKind: c.actorKind,
      actorId: c.actorId,
      action: c.action,
      entityType: c.entityType,
      entityId: c.entityId,
      payload: c.payload,
      requestId: c.requestId,
    }),
  );
}

/** The link the database trigger computes: sha256(prev || seq as 8 bytes big-endian || content hash). */
export function linkHash(prev: Buffer, seq: number, content: Buffer): Buffer {
  const seqBytes = Buffer.alloc(8);
  seqBytes.writeBigInt64BE(BigInt(seq));
  return sha256(Buffer.concat([prev, seqBytes, content]));
}

export const GENESIS_HASH = Buffer.alloc(32);
