// Issue 11, item 9: the development PKI lives in the database (ADR 0022). Several motcua
// instances starting together on one empty database all end with the same root and the same
// subject keys, so a result signed by one verifies in the others — in one process (parallel
// creations, PGlite and PostgreSQL) and, on PostgreSQL, across real processes.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSigningKeys, DevKeyUnreadableError, type SignerSubject, type SigningKeys } from '../../src/modules/signing/index.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { ensureDevPki, signPdf, verifyPdfSignatures } from '../../src/platform/crypto/signing/index.ts';
import { makePdf } from '../../src/platform/crypto/signing/test-fixtures.ts';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { migrate } from '../../src/platform/db/migrator.ts';
import { rawQuery } from '../../src/platform/db/raw-query.ts';

const root = path.resolve(import.meta.dirname, '../..');
const pgUrl = process.env.TEST_DATABASE_URL;
const AGENCY: SignerSubject = { kind: 'agency', key: 'H21.10', commonName: 'Sở Khoa học và Công nghệ tỉnh Gia Lai', organisation: 'Ủy ban nhân dân tỉnh Gia Lai' };
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** An empty, migrated database, and more handles on it (separate pools on PostgreSQL: separate connections, as separate processes have). */
interface EmptyDatabase {
  url: string | undefined;
  handles: Database[];
  drop(): Promise<void>;
}

async function emptyDatabase(handles: number): Promise<EmptyDatabase> {
  if (!pgUrl) {
    // One PGlite is one process's database: the instances of that process share its handle.
    const database = await openDatabase({ kind: 'pglite-memory' });
    await migrate(database);
    return { url: undefined, handles: Array.from({ length: handles }, () => database), drop: () => database.close() };
  }
  const name = `motcua_t_keys_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = Object.assign(new URL(pgUrl), { pathname: `/${name}` }).toString();
  const opened = await Promise.all(Array.from({ length: handles }, () => openDatabase({ kind: 'postgresql', url, poolMax: 3 })));
  await migrate(opened[0]!);
  return {
    url,
    handles: opened,
    async drop() {
      for (const d of opened) await d.close();
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const devConfig = (dir: string) => ({ kind: 'dev' as const, dir });

describe('development signing keys kept in the database', () => {
  let temp: string;
  const secret = randomBytes(32);
  beforeAll(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-shared-keys-'));
  });
  afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('three instances starting together on an empty database share one root and one key per subject; each verifies the others’ signatures', async () => {
    const empty = await emptyDatabase(3);
    try {
      // Each instance has its own (empty) pki folder, as separate machines would: the folder plays no part.
      const instances: SigningKeys[] = await Promise.all(
        empty.handles.map((h, i) => createSigningKeys(devConfig(path.join(temp, `empty-${i}`)), systemClock, { db: h.db, secretKey: () => secret })),
      );
      const anchors = instances.map((k) => k.trust().anchors.map(hex));
      expect(anchors[0]).toHaveLength(1);
      expect(anchors[1]).toEqual(anchors[0]);
      expect(anchors[2]).toEqual(anchors[0]);

      const signers = await Promise.all(instances.map((k) => k.signerFor(AGENCY)));
      const leaves = await Promise.all(signers.map(async (s) => hex((await s.certificates()).certificate)));
      expect(new Set(leaves).size).toBe(1);

      const signed = await signPdf(await makePdf(), signers[0]!, { name: AGENCY.commonName, reason: 'Kết quả thử', location: 'Gia Lai', signedAt: new Date() });
      for (const other of instances.slice(1)) {
        const [check] = await verifyPdfSignatures(signed, other.trust(), new Date());
        expect(check).toMatchObject({ intact: true, chainTrusted: true });
      }

      // Only the sealed form is stored: a dump of this table alone signs nothing.
      const [row] = await rawQuery(empty.handles[0]!.db, `SELECT count(*)::int AS n, bool_and(private_key_sealed NOT LIKE '%PRIVATE KEY%') AS sealed FROM dev_signing_keys`, []);
      expect(row).toEqual({ n: 2, sealed: true });
    } finally {
      await empty.drop();
    }
  });

  it('adopts the root an older install kept in its pki folder, and refuses keys sealed under another secret key', async () => {
    const legacyDir = path.join(temp, 'legacy-pki');
    const legacy = await ensureDevPki(legacyDir, [], new Date());
    const empty = await emptyDatabase(1);
    try {
      const db = empty.handles[0]!.db;
      const keys = await createSigningKeys(devConfig(legacyDir), systemClock, { db, secretKey: () => secret });
      expect(keys.trust().anchors.map(hex)).toEqual(legacy.trust.anchors.map(hex));
      // Another process with another secret key cannot open them, and says why instead of making a second root.
      await expect(createSigningKeys(devConfig(legacyDir), systemClock, { db, secretKey: () => randomBytes(32) })).rejects.toBeInstanceOf(DevKeyUnreadableError);
      // A row is never rewritten (migration 0015).
      const update = await rawQuery(db, 'UPDATE dev_signing_keys SET kind = kind', []).then(() => 'updated', (e: Error) => e.message);
      expect(update).toMatch(/append-only/);
    } finally {
      await empty.drop();
    }
  });

  describe.skipIf(!pgUrl)('across processes (PostgreSQL)', () => {
    const script = `
      const [{ openDatabase }, { createSigningKeys }, { systemClock }] = await Promise.all([
        import(${JSON.stringify(path.join(root, 'src/platform/db/database.ts'))}),
        import(${JSON.stringify(path.join(root, 'src/modules/signing/index.ts'))}),
        import(${JSON.stringify(path.join(root, 'src/platform/clock.ts'))}),
      ]);
      const database = await openDatabase({ kind: 'postgresql', url: process.env.KEYS_DB_URL, poolMax: 2 });
      const secret = Buffer.from(process.env.KEYS_SECRET, 'hex');
      process.stdout.write('ready\\n');
      // A barrier: every process has loaded motcua before any of them looks at the keys.
      await new Promise((resolve) => process.stdin.once('data', resolve));
      const keys = await createSigningKeys({ kind: 'dev', dir: process.env.KEYS_DIR }, systemClock, { db: database.db, secretKey: () => secret });
      const signer = await keys.signerFor(JSON.parse(process.env.KEYS_SUBJECT));
      const leaf = Buffer.from((await signer.certificates()).certificate).toString('hex');
      process.stdout.write(JSON.stringify({ ca: Buffer.from(keys.trust().anchors[0]).toString('hex'), leaf }) + '\\n');
      await database.close();
      process.exit(0);
    `;

    it('three processes started together on an empty database end with the same root and subject key', async () => {
      const empty = await emptyDatabase(1);
      try {
        const children = [0, 1, 2].map((i) =>
          spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
            cwd: root,
            env: { ...process.env, KEYS_DB_URL: empty.url, KEYS_SECRET: secret.toString('hex'), KEYS_DIR: path.join(temp, `proc-${i}`), KEYS_SUBJECT: JSON.stringify(AGENCY) },
            stdio: ['pipe', 'pipe', 'pipe'],
          }),
        );
        const outputs = children.map((c) => {
          let out = '';
          let err = '';
          c.stdout.on('data', (d: Buffer) => (out += d.toString()));
          c.stderr.on('data', (d: Buffer) => (err += d.toString()));
          return { get out() { return out; }, get err() { return err; }, exit: new Promise<number | null>((r) => c.once('exit', r)) };
        });
        for (let i = 0; i < 1200 && !outputs.every((o) => o.out.includes('ready')); i++) await new Promise((r) => setTimeout(r, 100));
        for (const c of children) c.stdin.write('go\n');
        const codes = await Promise.all(outputs.map((o) => o.exit));
        expect(codes, outputs.map((o) => o.err).join('\n')).toEqual([0, 0, 0]);
        const results = outputs.map((o) => JSON.parse(o.out.split('\n').find((l) => l.startsWith('{'))!) as { ca: string; leaf: string });
        expect(new Set(results.map((r) => r.ca)).size).toBe(1);
        expect(new Set(results.map((r) => r.leaf)).size).toBe(1);
      } finally {
        await empty.drop();
      }
    }, 180_000);
  });
});
