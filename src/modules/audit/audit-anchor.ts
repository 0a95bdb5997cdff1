/**
 * The anchor file: every chain's head at one instant, with an HMAC under a key
 * derived from motcua's secret key (ADR 0023). The same functions write and
 * check it, so the format cannot drift between the two. The MAC covers the
 * canonical JSON of every field but `mac`, so the file can be pretty-printed,
 * stored and sent as it is.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson, sha256Hex } from '../../platform/crypto/hashing.ts';

export const ANCHOR_FORMAT = 'motcua-audit-anchor/1';

/** A purpose-bound key: the secret key itself never signs, and a MAC made here means nothing elsewhere. */
export function anchorKey(secretKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'motcua audit anchor v1', 32));
}

/** Names the key without revealing it, so a verifier can tell "made under another key" from "altered". */
function keyId(key: Buffer): string {
  return sha256Hex(Buffer.concat([Buffer.from('key-id:'), key])).slice(0, 16);
}

const Head = z.object({ chain: z.number().int().min(0), seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });
export type AnchorHead = z.infer<typeof Head>;

const AnchorFile = z.object({
  format: z.literal(ANCHOR_FORMAT),
  slot: z.string().min(1),
  createdAt: z.string(),
  /** The previous anchor file's SHA-256: anchors form their own chain, so a dropped one shows. */
  previous: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  chains: z.array(Head),
  mac: z.object({ alg: z.literal('HMAC-SHA256'), keyId: z.string(), value: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type AnchorFile = z.infer<typeof AnchorFile>;

function macOf(body: Omit<AnchorFile, 'mac'>, key: Buffer): string {
  return createHmac('sha256', key).update(canonicalJson(body)).digest('hex');
}

export function buildAnchorFile(input: { slot: string; createdAt: Date; previous: string | null; chains: AnchorHead[] }, secretKey: Buffer): Buffer {
  const key = anchorKey(secretKey);
  const body = { format: ANCHOR_FORMAT, slot: input.slot, createdAt: input.createdAt.toISOString(), previous: input.previous, chains: input.chains } as const;
  const file: AnchorFile = { ...body, mac: { alg: 'HMAC-SHA256', keyId: keyId(key), value: macOf(body, key) } };
  return Buffer.from(`${JSON.stringify(file, null, 2)}\n`);
}

export type AnchorCheck = { ok: true; anchor: AnchorFile } | { ok: false; reason: 'UNREADABLE' | 'OTHER_KEY' | 'MAC_MISMATCH' };

/** Parses an anchor file and checks its MAC; nothing in a file that fails is to be trusted. */
export function checkAnchorFile(bytes: Buffer, secretKey: Buffer): AnchorCheck {
  let parsed: AnchorFile;
  try {
    const result = AnchorFile.safeParse(JSON.parse(bytes.toString('utf8')));
    if (!result.success) return { ok: false, reason: 'UNREADABLE' };
    parsed = result.data;
  } catch {
    return { ok: false, reason: 'UNREADABLE' };
  }
  const key = anchorKey(secretKey);
  if (parsed.mac.keyId !== keyId(key)) return { ok: false, reason: 'OTHER_KEY' };
  const { mac, ...body } = parsed;
  const expected = Buffer.from(macOf(body, key), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(mac.value, 'hex'))) return { ok: false, reason: 'MAC_MISMATCH' };
  return { ok: true, anchor: parsed };
}
