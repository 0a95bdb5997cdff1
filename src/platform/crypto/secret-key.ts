/**
 * The key that seals secrets at rest (sealed-secret.ts). In production it comes
 * from MOTCUA_SECRET_KEY; elsewhere, when that is unset, from `<data>/secret.key`,
 * made on first use the way the development CA is made in `<data>/pki`, so
 * `npm start` works without setup and a developer's key never leaves their data
 * folder. The file holds the key as 64 hex digits, the same text
 * MOTCUA_SECRET_KEY accepts, so an install can move its key into the environment.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SECRET_KEY_BYTES = 32;

/** Where the key comes from, as read from the configuration. */
/** A file setting with `create: false` (MOTCUA_SECRET_KEY_FILE) names the operator's file: read, never made. */
export type SecretKeySetting = { kind: 'value'; key: Buffer } | { kind: 'file'; path: string; create?: boolean };

/** Gives the key; the first call may read or create the key file. */
export type SecretKeySource = () => Buffer;

export class SecretKeyError extends Error {}

/** 32 bytes written as 64 hex digits or as base64 (standard or URL-safe, padding optional); null for anything else. */
export function parseSecretKey(text: string): Buffer | null {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) return null;
  const standard = value.replace(/=$/, '').replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Buffer.from(standard, 'base64');
  // Non-canonical text (stray bits in the last character) is refused: one key, one spelling.
  return bytes.length === SECRET_KEY_BYTES && bytes.toString('base64').replace(/=+$/, '') === standard ? bytes : null;
}

/** A memoised source: a configured key as is; a key file read, or created with mode 0600, on the first call. */
export function secretKeySource(setting: SecretKeySetting): SecretKeySource {
  if (setting.kind === 'value') return () => setting.key;
  let key: Buffer | undefined;
  return () => (key ??= readOrCreateKeyFile(setting.path, setting.create !== false));
}

function readOrCreateKeyFile(file: string, create: boolean): Buffer {
  if (!fs.existsSync(file)) {
    if (!create) throw new SecretKeyError(`Không tìm thấy tệp khóa MOTCUA_SECRET_KEY_FILE=${file} (secret key file not found).`);
    createKeyFile(file);
  }
  const key = parseSecretKey(fs.readFileSync(file, 'utf8'));
  if (!key) throw new SecretKeyError(`Tệp khóa ${file} không hợp lệ: cần 32 byte viết bằng 64 chữ số hex (invalid secret key file; set MOTCUA_SECRET_KEY or restore the file).`);
  return key;
}

function createKeyFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temporary, `${randomBytes(SECRET_KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    // link() never replaces an existing file: of two processes starting together, the first key wins and both read it.
    fs.linkSync(temporary, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    fs.unlinkSync(temporary);
  }
}
