/**
 * What `motcua backup` and `motcua restore` share (ADR 0023): the manifest,
 * file hashing, the passphrase-encrypted key bundle, the listing of every
 * object in the file store, and row counts per table. Kept apart from the two
 * commands so the format is written and read by the same code.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../config.ts';
import { UsageError } from './cli-kit.ts';

export const BACKUP_FORMAT = 'motcua-backup/1';
export const MANIFEST = 'manifest.json';
export const KEYS_FILE = 'keys.enc';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  motcuaVersion: string;
  database: { kind: 'pglite' | 'postgresql'; file: string };
  storage: { kind: 'local' | 's3'; objects: number };
  /** Chain heads in the very snapshot the dump holds; a restore must show exactly these. */
  audit: { chains: { chain: number; seq: number; hash: string }[]; anchors: { slot: string; createdAt: string; sha256: string; file: string }[] };
  /** Rows per table in the dump's snapshot: the restore drill compares them. */
  tables: Record<string, number>;
  /** SHA-256 of every other file of the backup, by path relative to the backup folder. */
  files: Record<string, string>;
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A folder that does not exist or holds nothing. */
export async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).length === 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw err;
  }
}

/** The passphrase: --passphrase-file (first line) or MOTCUA_BACKUP_PASSPHRASE; never a prompt, so cron can run it. */
export async function passphraseOf(values: Record<string, unknown>, config: Config): Promise<string> {
  let phrase = config.backupPassphrase;
  if (typeof values['passphrase-file'] === 'string') {
    phrase = (await fs.readFile(values['passphrase-file'], 'utf8')).split(/\r?\n/)[0];
  }
  if (!phrase) throw new UsageError('Cần mật khẩu sao lưu: đặt MOTCUA_BACKUP_PASSPHRASE hoặc --passphrase-file TỆP (the keys in a backup are always encrypted).');
  if (phrase.length < 12) throw new UsageError('Mật khẩu sao lưu cần ít nhất 12 ký tự (the backup passphrase needs at least 12 characters).');
  return phrase;
}

// scrypt with N = 2^17 costs ~128 MB and a few hundred ms: once per backup, and it is what stands
// between a stolen backup and the keys. It runs on libuv's thread pool, off the event loop.
const KDF = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } as const;

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { N: params.N, r: params.r, p: params.p, maxmem: 256 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export interface KeyBundle {
  /** The secret key (64 hex digits) that seals secrets in the database; null if none was made yet. */
  secretKey: string | null;
  secretKeyFrom: 'environment' | 'file';
  /** Key material found on disk (the signing folder), by path relative to that folder. */
  signing: { kind: Config['signing']['kind']; files: { path: string; mode: number; data: string }[] };
}

export async function sealKeys(bundle: KeyBundle, passphrase: string): Promise<Buffer> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, KDF);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(BACKUP_FORMAT));
  const data = Buffer.concat([cipher.update(JSON.stringify(bundle)), cipher.final()]);
  const sealed = { format: `${BACKUP_FORMAT}/keys`, kdf: { ...KDF, salt: salt.toString('base64') }, cipher: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
  return Buffer.from(`${JSON.stringify(sealed, null, 1)}\n`);
}

export class WrongPassphraseError extends Error {}

export async function openKeys(file: Buffer, passphrase: string): Promise<KeyBundle> {
  const sealed = JSON.parse(file.toString('utf8')) as { kdf: { N: number; r: number; p: number; salt: string }; iv: string; tag: string; data: string };
  const key = await deriveKey(passphrase, Buffer.from(sealed.kdf.salt, 'base64'), sealed.kdf);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(Buffer.from(BACKUP_FORMAT));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return JSON.parse(Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8')) as KeyBundle;
  } catch {
    throw new WrongPassphraseError('Không mở được khóa trong bản sao lưu: sai mật khẩu hoặc tệp keys.enc bị sửa (wrong passphrase or altered keys.enc).');
  }
}

/** Every file under `dir`, as paths relative to it (a missing folder has none). */
export async function walkFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const e of entries) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) await walk(child);
      else if (e.isFile()) out.push(child);
    }
  }
  await walk('');
  return out.sort();
}

/** The folder of signing key files, if the configured signing keeps any on disk. */
export function signingDir(config: Config): string | undefined {
  return config.signing.kind === 'csc' ? undefined : config.signing.dir;
}

const SHA256_NAME = /^[0-9a-f]{64}$/;

/**
 * The hash of every object in the file store — all of them, not only those the database names, so
 * anchor files and anything stored by a newer module travel too. Temporary files of an unfinished
 * write (`.<hash>.<uuid>.tmp`) are not objects.
 */
export async function* storeObjects(storage: Config['storage']): AsyncGenerator<string> {
  if (storage.kind === 'local') {
    for (const rel of await walkFiles(storage.dir)) {
      const name = path.basename(rel);
      if (SHA256_NAME.test(name) && rel === path.join(name.slice(0, 2), name.slice(2, 4), name)) yield name;
    }
    return;
  }
  const client = new S3Client({
    ...(storage.endpoint ? { endpoint: storage.endpoint } : {}),
    region: storage.region,
    forcePathStyle: Boolean(storage.endpoint),
    credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey },
  });
  try {
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: storage.bucket, Prefix: storage.prefix, ContinuationToken: token }));
      for (const o of page.Contents ?? []) {
        const name = o.Key?.slice(storage.prefix.length) ?? '';
        if (SHA256_NAME.test(name)) yield name;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  } finally {
    client.destroy();
  }
}

/** A raw query on one connection: the dump's snapshot on PostgreSQL, the embedded database on PGlite. */
export type RawQuery = (text: string) => Promise<Record<string, unknown>[]>;

/** Rows per ordinary table outside the system schemas (partitions counted as themselves and in their parent). */
export async function tableCounts(query: RawQuery): Promise<Record<string, number>> {
  const tables = await query(
    `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const name = String(t.name);
    const [row] = await query(`SELECT count(*)::bigint AS n FROM ${name}`);
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await fs.readFile(path.join(dir, MANIFEST), 'utf8')) as BackupManifest;
  } catch {
    throw new UsageError(`${dir} không phải bản sao lưu motcua: thiếu hoặc hỏng ${MANIFEST} (not a motcua backup).`);
  }
  if (manifest.format !== BACKUP_FORMAT) throw new UsageError(`Định dạng sao lưu ${String(manifest.format)} không được hỗ trợ (expected ${BACKUP_FORMAT}).`);
  return manifest;
}

export const say = (s: string): void => void process.stdout.write(`${s}\n`);
