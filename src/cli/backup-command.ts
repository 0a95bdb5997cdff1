/**
 * `motcua backup --out DIR`: everything needed to bring motcua back on a new
 * machine (ADR 0023) — the database dump, every object of the file store, the
 * keys encrypted under a passphrase, copies of the audit anchor files, and a
 * manifest with the SHA-256 of each file, the row counts and the audit heads.
 *
 * Consistency: on PostgreSQL the heads and counts are read in the very
 * snapshot pg_dump dumps (pg_export_snapshot), so they describe the dump
 * exactly; files are copied after the dump, and since stored files are
 * immutable and named by their hash, every file the dump names is there (files
 * stored meanwhile are extra, never missing). PGlite is opened exclusively, so
 * nothing writes during its backup: stop the server first.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database, type Db } from '../platform/db/database.ts';
import type { FileStore } from '../platform/storage/index.ts';
import { auditAnchorList, auditChainHeads } from '../modules/audit/index.ts';
import { UsageError, type CommandSpec } from './cli-kit.ts';
import { BACKUP_FORMAT, signingDir, isEmptyDir, KEYS_FILE, MANIFEST, passphraseOf, say, sealKeys, sha256OfFile, storeObjects, tableCounts, walkFiles, type BackupManifest, type KeyBundle, type RawQuery } from './backup-kit.ts';

interface Snapshot {
  heads: BackupManifest['audit']['chains'];
  anchors: { slot: string; createdAt: Date; sha256: string }[];
  tables: Record<string, number>;
}

async function readSnapshot(db: Db, query: RawQuery): Promise<Snapshot> {
  return { heads: await auditChainHeads(db), anchors: await auditAnchorList(db), tables: await tableCounts(query) };
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}: ${err.trim()}`))));
  });
}

/** pg_dump of the snapshot in which the heads and counts are read. */
async function dumpPostgres(url: string, file: string): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: url, application_name: 'motcua-backup' });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
    const snapshot = await readSnapshot(drizzle(client) as unknown as Db, async (text) => (await client.query(text)).rows as Record<string, unknown>[]);
    // The custom format: compressed, and pg_restore can list or pick from it.
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0]!.id}`, `--file=${file}`, `--dbname=${url}`]);
    await client.query('COMMIT');
    return snapshot;
  } finally {
    await client.end();
  }
}

async function dumpPglite(database: Database, file: string): Promise<Snapshot> {
  // PGlite is held by this process alone: nothing writes between these reads and the dump. (The
  // counts use the raw transaction; the heads go through the module's queries on the root handle.)
  const tables = await database.rawTransaction((query) => tableCounts(query));
  const snapshot = { heads: await auditChainHeads(database.db), anchors: await auditAnchorList(database.db), tables };
  const tar = Buffer.from(await (await database.dump!()).arrayBuffer());
  // zlib's gzip runs on the thread pool, not the event loop.
  await fs.writeFile(file, await promisify(gzip)(tar));
  return snapshot;
}

/** Reads the key material: the secret key however it is configured, and the signing folder if it still exists. */
async function collectKeys(config: Config): Promise<KeyBundle> {
  let secretKey: string | null = null;
  if (config.secretKey.kind === 'value') secretKey = config.secretKey.key.toString('hex');
  else {
    try {
      secretKey = (await fs.readFile(config.secretKey.path, 'utf8')).trim();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  // Remote signing (CSC) keeps no key here; the development and PKCS#12 folders may still hold some.
  const dir = signingDir(config);
  const files: KeyBundle['signing']['files'] = [];
  for (const rel of dir ? await walkFiles(dir) : []) {
    const full = path.join(dir!, rel);
    files.push({ path: rel, mode: (await fs.stat(full)).mode & 0o777, data: (await fs.readFile(full)).toString('base64') });
  }
  return { secretKey, secretKeyFrom: config.secretKey.kind === 'value' ? 'environment' : 'file', signing: { kind: config.signing.kind, files } };
}

export interface BackupOptions {
  config: Config;
  database: Database;
  /** The PostgreSQL URL of `database` (pg_dump connects itself); unused for PGlite. */
  url?: string | undefined;
  store: FileStore;
  out: string;
  passphrase: string;
  version: string;
}

export async function createBackup(o: BackupOptions): Promise<BackupManifest> {
  const out = path.resolve(o.out);
  if (!(await isEmptyDir(out))) throw new UsageError(`Thư mục ${out} không trống: sao lưu cần một thư mục mới (the backup folder must be new or empty).`);
  await fs.mkdir(path.join(out, 'files'), { recursive: true });
  await fs.mkdir(path.join(out, 'anchors'), { recursive: true });

  const dbFile = o.database.kind === 'postgresql' ? 'database.pgdump' : 'database.pglite.tar.gz';
  let snapshot: Snapshot;
  if (o.database.kind === 'postgresql') {
    if (!o.url) throw new Error('createBackup: a PostgreSQL database needs its url');
    snapshot = await dumpPostgres(o.url, path.join(out, dbFile));
  } else snapshot = await dumpPglite(o.database, path.join(out, dbFile));

  // After the dump: every object the dump refers to is already stored, and stored objects never change.
  let objects = 0;
  for await (const sha256 of storeObjects(o.config.storage)) {
    const target = path.join(out, 'files', sha256);
    await pipeline(await o.store.open(sha256), createWriteStream(target, { flags: 'wx' }));
    if ((await sha256OfFile(target)) !== sha256) throw new Error(`Tệp ${sha256} trong kho bị hỏng: nội dung không khớp mã băm (a stored object is corrupt).`);
    objects++;
  }

  const anchors: BackupManifest['audit']['anchors'] = [];
  for (const a of snapshot.anchors) {
    const file = `anchors/${a.createdAt.toISOString().replace(/[:.]/g, '-')}-${a.sha256.slice(0, 12)}.json`;
    await fs.writeFile(path.join(out, file), await o.store.read(a.sha256), { flag: 'wx' });
    anchors.push({ slot: a.slot, createdAt: a.createdAt.toISOString(), sha256: a.sha256, file });
  }

  await fs.writeFile(path.join(out, KEYS_FILE), await sealKeys(await collectKeys(o.config), o.passphrase), { flag: 'wx', mode: 0o600 });

  const files: Record<string, string> = {};
  for (const rel of await walkFiles(out)) files[rel.split(path.sep).join('/')] = await sha256OfFile(path.join(out, rel));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    motcuaVersion: o.version,
    database: { kind: o.database.kind, file: dbFile },
    storage: { kind: o.config.storage.kind, objects },
    audit: { chains: snapshot.heads, anchors },
    tables: snapshot.tables,
    files,
  };
  await fs.writeFile(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  return manifest;
}

export const backupCommand: CommandSpec = {
  name: 'backup',
  summary: 'Back up the database, files, keys (encrypted) and audit anchors: backup --out DIR',
  usage: `motcua backup --out DIR [--passphrase-file FILE]

Writes into DIR (new or empty):
  database.pgdump | database.pglite.tar.gz   the database (pg_dump -Fc, or PGlite's data folder)
  files/<sha256>                             every object of the file store (local or S3)
  anchors/*.json                             the audit anchor files
  keys.enc                                   the secret key and any key files on disk, encrypted
                                             (AES-256-GCM, scrypt) with MOTCUA_BACKUP_PASSPHRASE
                                             or the first line of --passphrase-file
  manifest.json                              SHA-256 of every file, rows per table, audit heads

PostgreSQL: runs while motcua serves (one consistent snapshot). PGlite: stop the server first.
Keep the folder off this machine; see docs/operations.md "Backup and restore".`,
  options: { out: { type: 'string' }, 'passphrase-file': { type: 'string' } },
  async run(values) {
    if (typeof values.out !== 'string') throw new UsageError(backupCommand.usage);
    const config = loadConfig();
    const passphrase = await passphraseOf(values, config);
    const { databaseTarget, version } = await import('../app.ts');
    const { fileStoreOf } = await import('../services.ts');
    // No migration: a backup records the database as it is.
    const database = await openDatabase(databaseTarget(config));
    try {
      const manifest = await createBackup({ config, database, url: config.database.kind === 'postgresql' ? config.database.url : undefined, store: fileStoreOf(config), out: values.out, passphrase, version });
      const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
      say(`Đã sao lưu vào ${path.resolve(values.out)}: ${Object.keys(manifest.tables).length} bảng (${rows} dòng), ${manifest.storage.objects} tệp, ${manifest.audit.anchors.length} mốc neo.`);
      say(`Mã băm manifest.json: ${await sha256OfFile(path.join(path.resolve(values.out), MANIFEST))} (ghi lại nơi khác để đối chiếu khi phục hồi).`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
