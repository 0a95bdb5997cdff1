/**
 * `motcua restore --from DIR`: brings a backup (backup-command.ts) into an
 * EMPTY database and data folder, in this order: every file of the backup is
 * checked against the manifest and the keys are opened before anything is
 * written; then the targets are checked empty; then database, file store and
 * keys are restored; finally the restored system is checked — rows per table
 * and audit heads exactly as in the manifest, every chain verified, and the
 * last anchor consistent.
 *
 * PostgreSQL: pg_restore creates the tables, loads the data, and only then
 * (post-data section) the triggers, so the append-only and chain-linking
 * triggers never see the restored rows; the whole restore is one transaction.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, pgliteExtensions, type Database } from '../platform/db/database.ts';
import { acquireDataDirLock } from '../platform/db/lock-file.ts';
import type { FileStore } from '../platform/storage/index.ts';
import { auditChainHeads, createAuditLog, type AuditVerification } from '../modules/audit/index.ts';
import { UsageError, type CommandSpec } from './cli-kit.ts';
import { isEmptyDir, signingDir, KEYS_FILE, MANIFEST, openKeys, passphraseOf, readManifest, say, sha256OfFile, storeObjects, tableCounts, walkFiles, type BackupManifest, type KeyBundle } from './backup-kit.ts';

export class RestoreRefusedError extends Error {}

/** Every file listed with its hash, and nothing the manifest does not know (a planted file is as suspect as a changed one). */
async function checkBackupFiles(from: string, manifest: BackupManifest): Promise<void> {
  const problems: string[] = [];
  for (const [rel, expected] of Object.entries(manifest.files)) {
    const full = path.join(from, ...rel.split('/'));
    if (path.relative(from, full).startsWith('..')) problems.push(`${rel}: đường dẫn ra ngoài bản sao lưu`);
    else {
      try {
        if ((await sha256OfFile(full)) !== expected) problems.push(`${rel}: mã băm không khớp (changed)`);
      } catch {
        problems.push(`${rel}: thiếu tệp (missing)`);
      }
    }
  }
  for (const rel of await walkFiles(from)) {
    const name = rel.split(path.sep).join('/');
    if (name !== MANIFEST && !(name in manifest.files)) problems.push(`${name}: không có trong manifest (unexpected file)`);
  }
  if (problems.length) throw new RestoreRefusedError(`Bản sao lưu không toàn vẹn, không phục hồi gì:\n  ${problems.join('\n  ')}`);
}

async function postgresIsEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, application_name: 'motcua-restore' });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
    );
    return Number(rows[0]!.n) === 0;
  } finally {
    await client.end();
  }
}

/** Refuses unless every target is empty: a restore never merges into, or overwrites, a live system. */
async function checkTargetsEmpty(config: Config, manifest: BackupManifest, keys: KeyBundle): Promise<void> {
  const refusals: string[] = [];
  if (config.database.kind !== manifest.database.kind) {
    refusals.push(`bản sao lưu là cơ sở dữ liệu ${manifest.database.kind}, cấu hình hiện tại là ${config.database.kind} (restore into the same engine, then move data with pg_dump if needed)`);
  } else if (config.database.kind === 'postgresql') {
    if (!(await postgresIsEmpty(config.database.url))) refusals.push('cơ sở dữ liệu PostgreSQL đích đã có bảng (the target database is not empty)');
  } else if (!(await isEmptyDir(config.database.dataDir))) refusals.push(`thư mục ${config.database.dataDir} không trống (the PGlite folder is not empty)`);
  if (config.storage.kind === 'local') {
    if (!(await isEmptyDir(config.storage.dir))) refusals.push(`kho tệp ${config.storage.dir} không trống (the file store is not empty)`);
  } else {
    for await (const _ of storeObjects(config.storage)) {
      refusals.push(`bucket ${config.storage.bucket}/${config.storage.prefix} đã có tệp (the S3 prefix is not empty)`);
      break;
    }
  }
  if (config.secretKey.kind === 'file') {
    if (keys.secretKey && (await fileExists(config.secretKey.path))) refusals.push(`tệp khóa ${config.secretKey.path} đã tồn tại (a secret key file already exists)`);
  } else if (keys.secretKey && config.secretKey.key.toString('hex') !== keys.secretKey) {
    refusals.push('MOTCUA_SECRET_KEY khác khóa trong bản sao lưu: các bí mật đã niêm phong sẽ không mở được (set MOTCUA_SECRET_KEY to the backed-up key, or unset it to restore the key file)');
  }
  const dir = signingDir(config);
  if (keys.signing.files.length > 0 && !dir) refusals.push('bản sao lưu có tệp khóa ký nhưng cấu hình ký hiện tại (csc) không dùng thư mục khóa (the backup holds signing key files; configure MOTCUA_SIGNING=dev or p12)');
  else if (keys.signing.files.length > 0 && dir && !(await isEmptyDir(dir))) refusals.push(`thư mục khóa ký ${dir} không trống (the signing folder is not empty)`);
  if (refusals.length) throw new RestoreRefusedError(`Từ chối phục hồi vào đích không trống:\n  ${refusals.join('\n  ')}`);
}

async function fileExists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
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

async function restoreDatabase(config: Config, file: string): Promise<void> {
  if (config.database.kind === 'postgresql') {
    await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${config.database.url}`, file]);
    return;
  }
  const dataDir = config.database.dataDir;
  const lock = acquireDataDirLock(dataDir);
  try {
    const tar = await promisify(gunzip)(await fs.readFile(file));
    const client = await PGlite.create(dataDir, { extensions: pgliteExtensions, loadDataDir: new Blob([new Uint8Array(tar)]) });
    await client.close();
  } finally {
    lock.release();
  }
}

async function restoreKeys(config: Config, keys: KeyBundle): Promise<void> {
  if (keys.secretKey && config.secretKey.kind === 'file') {
    await fs.mkdir(path.dirname(config.secretKey.path), { recursive: true, mode: 0o700 });
    await fs.writeFile(config.secretKey.path, `${keys.secretKey}\n`, { mode: 0o600, flag: 'wx' });
  }
  const dir = signingDir(config);
  for (const f of dir ? keys.signing.files : []) {
    const target = path.join(dir!, f.path);
    if (path.relative(dir!, target).startsWith('..')) throw new RestoreRefusedError(`keys.enc: đường dẫn ${f.path} ra ngoài thư mục khóa`);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await fs.writeFile(target, Buffer.from(f.data, 'base64'), { mode: f.mode, flag: 'wx' });
  }
}

export interface RestoreReport {
  tables: { expected: number; restored: number; differing: string[] };
  files: number;
  heads: { same: boolean };
  audit: AuditVerification;
  ok: boolean;
}

/** The checks after a restore: the same rows per table and heads as the manifest, and the audit trail verifies. */
async function checkRestored(database: Database, config: Config, store: FileStore, manifest: BackupManifest, secretKey: () => Buffer, files: number): Promise<RestoreReport> {
  const counts = await database.rawTransaction((query) => tableCounts(query));
  const names = new Set([...Object.keys(counts), ...Object.keys(manifest.tables)]);
  const differing = [...names].filter((n) => counts[n] !== manifest.tables[n]);
  const heads = await auditChainHeads(database.db);
  const same = JSON.stringify(heads) === JSON.stringify(manifest.audit.chains);
  const audit = await createAuditLog(config.auditChains).verify(database.db, { store, secretKey });
  return { tables: { expected: Object.keys(manifest.tables).length, restored: Object.keys(counts).length, differing }, files, heads: { same }, audit, ok: differing.length === 0 && same && audit.ok };
}

export interface RestoreOptions {
  config: Config;
  from: string;
  passphrase: string;
  store: FileStore;
}

export async function restoreBackup(o: RestoreOptions): Promise<RestoreReport> {
  const from = path.resolve(o.from);
  const manifest = await readManifest(from);
  await checkBackupFiles(from, manifest);
  const keys = await openKeys(await fs.readFile(path.join(from, KEYS_FILE)), o.passphrase);
  await checkTargetsEmpty(o.config, manifest, keys);

  await restoreDatabase(o.config, path.join(from, manifest.database.file));
  let files = 0;
  for (const rel of Object.keys(manifest.files)) {
    const m = /^files\/([0-9a-f]{64})$/.exec(rel);
    if (!m) continue;
    const full = path.join(from, 'files', m[1]!);
    // Content types live in the database next to the hash; the store only needs the bytes.
    await o.store.putFile(full, m[1]!, (await fs.stat(full)).size, 'application/octet-stream');
    files++;
  }
  await restoreKeys(o.config, keys);

  const target = o.config.database.kind === 'postgresql' ? { kind: 'postgresql' as const, url: o.config.database.url, poolMax: 2 } : { kind: 'pglite' as const, dataDir: o.config.database.dataDir };
  const database = await openDatabase(target);
  try {
    const key = keys.secretKey ? Buffer.from(keys.secretKey, 'hex') : Buffer.alloc(32);
    return await checkRestored(database, o.config, o.store, manifest, () => key, files);
  } finally {
    await database.close();
  }
}

export const restoreCommand: CommandSpec = {
  name: 'restore',
  summary: 'Restore a backup into an empty database and data folder: restore --from DIR',
  usage: `motcua restore --from DIR [--passphrase-file FILE]

Restores a folder written by \`motcua backup\` into the configured database (DATABASE_URL, or
PGlite in MOTCUA_DATA_DIR), file store and data folder, which must all be EMPTY: a restore never
merges into a running system. Before writing anything it checks every file against
manifest.json and opens keys.enc with MOTCUA_BACKUP_PASSPHRASE (or --passphrase-file). After
restoring it compares rows per table and the audit heads with the manifest and verifies the
audit trail; exit code 1 if anything differs. Then run \`motcua migrate\` (or start) as usual.`,
  options: { from: { type: 'string' }, 'passphrase-file': { type: 'string' } },
  async run(values) {
    if (typeof values.from !== 'string') throw new UsageError(restoreCommand.usage);
    const config = loadConfig();
    const passphrase = await passphraseOf(values, config);
    const { fileStoreOf } = await import('../services.ts');
    try {
      const report = await restoreBackup({ config, from: values.from, passphrase, store: fileStoreOf(config) });
      say(`Đã phục hồi ${report.tables.restored} bảng và ${report.files} tệp từ ${path.resolve(values.from)}.`);
      say(report.tables.differing.length ? `LỖI: số dòng khác bản sao lưu ở: ${report.tables.differing.join(', ')}` : 'Số dòng mọi bảng khớp manifest.');
      say(report.heads.same ? 'Đầu các chuỗi nhật ký khớp manifest.' : 'LỖI: đầu chuỗi nhật ký khác manifest.');
      if (report.audit.ok) say(`Nhật ký kiểm toán toàn vẹn (${report.audit.entries} mục${report.audit.anchor ? `, khớp mốc neo ${report.audit.anchor.createdAt}` : ''}).`);
      else for (const p of report.audit.problems) say(`  LỖI chuỗi ${p.chain} mục ${p.seq}: ${p.problem}${p.detail ? ` (${p.detail})` : ''}`);
      return report.ok ? 0 : 1;
    } catch (err) {
      if (err instanceof RestoreRefusedError || err instanceof (await import('./backup-kit.ts')).WrongPassphraseError) {
        process.stderr.write(`${err.message}\n`);
        return 1;
      }
      throw err;
    }
  },
};
