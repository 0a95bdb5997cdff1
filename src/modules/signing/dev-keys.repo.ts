/**
 * The development PKI's keys in the database (ADR 0022): the DevKeyStore of
 * src/platform/crypto/signing/dev-pki.ts over the `dev_signing_keys` table.
 *
 * A missing key is made inside a transaction that first takes an advisory lock
 * on its id, so of several processes starting together on an empty database one
 * makes it while the others wait and then read it; the INSERT also says
 * ON CONFLICT DO NOTHING and the row is read back, so even without the lock (a
 * pooler that drops session state, say) every process ends up with the row that
 * landed first.
 */
import { eq, sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { Db, Executor } from '../../platform/db/database.ts';
import { open, seal, SealedSecretError } from '../../platform/crypto/sealed-secret.ts';
import type { SecretKeySource } from '../../platform/crypto/secret-key.ts';
import { certificateToPem, trustListFromPem, type DevKeyRecord, type DevKeyStore } from '../../platform/crypto/signing/index.ts';
import { DevKeyUnreadableError } from './dev-key-error.ts';
import { devSigningKeys } from './signing.tables.ts';

/** 0x6d63706b = "mcpk": the advisory lock class of development keys (the id's hash is the second half). */
const DEV_KEY_LOCK = 0x6d63706b;

type Row = typeof devSigningKeys.$inferSelect;

const aad = (id: string): string => `dev-signing-key:${id}`;

/** A 32-bit lock number for an id, the same in every process (hashtext() is not promised to stay stable across PostgreSQL versions). */
function lockNumber(id: string): number {
  return createHash('sha256').update(id).digest().readInt32BE(0);
}

export function devKeyStore(db: Db, secretKey: SecretKeySource): DevKeyStore {
  const read = async (executor: Executor, id: string): Promise<DevKeyRecord | undefined> => {
    const [row] = await executor.select().from(devSigningKeys).where(eq(devSigningKeys.id, id));
    return row ? toRecord(row, secretKey()) : undefined;
  };
  return {
    find: (id) => read(db, id),
    async claim(id, make) {
      const existing = await read(db, id);
      if (existing) return existing;
      return db.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${DEV_KEY_LOCK}::int, ${lockNumber(id)}::int)`);
        const made = (await read(tx, id)) ?? (await make());
        if (made.id !== id) throw new Error(`a development key was made for ${made.id}, not ${id}`);
        await tx
          .insert(devSigningKeys)
          .values({ id, kind: made.kind, certificatePem: certificateToPem(made.certificate), privateKeySealed: seal(made.privateKeyPem, secretKey(), aad(id)) })
          .onConflictDoNothing({ target: devSigningKeys.id });
        // Whatever landed first is the key, ours or another process's.
        return (await read(tx, id))!;
      });
    },
  };
}

function toRecord(row: Row, key: Buffer): DevKeyRecord {
  let privateKeyPem: string;
  try {
    privateKeyPem = open(row.privateKeySealed, key, aad(row.id));
  } catch (err) {
    if (!(err instanceof SealedSecretError)) throw err;
    throw new DevKeyUnreadableError(
      `Không mở được khóa ký thử nghiệm "${row.id}" trong cơ sở dữ liệu: khóa bí mật (MOTCUA_SECRET_KEY hoặc <data>/secret.key) không phải khóa đã niêm phong nó ` +
        `(the development signing keys in the database were sealed under another secret key: give this process the same MOTCUA_SECRET_KEY as the others).`,
    );
  }
  const [certificate] = trustListFromPem(row.certificatePem).anchors;
  if (!certificate) throw new DevKeyUnreadableError(`Chứng thư của khóa ký thử nghiệm "${row.id}" không đọc được (unreadable certificate).`);
  return { id: row.id, kind: row.kind, certificate: Buffer.from(certificate), privateKeyPem };
}
