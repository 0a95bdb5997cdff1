// Where the sealing key comes from: MOTCUA_SECRET_KEY (checked at start-up) or, outside production, <data>/secret.key.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import { parseSecretKey, SecretKeyError, secretKeySource } from './secret-key.ts';

const bytes = randomBytes(32);
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-secret-key-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('parseSecretKey', () => {
  it('reads 32 bytes as hex or base64 (standard or URL-safe, with or without padding)', () => {
    for (const text of [bytes.toString('hex'), bytes.toString('hex').toUpperCase(), bytes.toString('base64'), bytes.toString('base64').replace(/=$/, ''), bytes.toString('base64url'), ` ${bytes.toString('hex')}\n`]) {
      expect(parseSecretKey(text), text).toEqual(bytes);
    }
  });

  it('refuses other lengths, other alphabets and non-canonical base64', () => {
    const canonical = Buffer.alloc(32, 0).toString('base64'); // ends in "A="
    for (const text of ['', 'secret', bytes.toString('hex').slice(2), `${bytes.toString('hex')}00`, randomBytes(16).toString('base64'), randomBytes(33).toString('base64'), `${canonical.slice(0, 42)}B=`, `${bytes.toString('hex').slice(1)}g`]) {
      expect(parseSecretKey(text), text).toBeNull();
    }
  });
});

describe('MOTCUA_SECRET_KEY in the configuration', () => {
  const base = { LOG_LEVEL: 'silent', MOTCUA_OIDC_ISSUER: 'https://vneid.example.vn' };

  it('is required in production, and outside production falls back to <data>/secret.key', () => {
    expect(() => loadConfig({ ...base, MOTCUA_ENV: 'production' })).toThrow(/MOTCUA_SECRET_KEY/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(ConfigError);
    const dir = tempDir();
    expect(loadConfig({ MOTCUA_ENV: 'development', MOTCUA_DATA_DIR: dir }).secretKey).toEqual({ kind: 'file', path: path.join(dir, 'secret.key') });
    expect(loadConfig({ ...base, MOTCUA_ENV: 'production', MOTCUA_SECRET_KEY: bytes.toString('base64') }).secretKey).toEqual({ kind: 'value', key: bytes });
    expect(loadConfig({ MOTCUA_ENV: 'test', MOTCUA_SECRET_KEY: bytes.toString('hex') }).secretKey).toEqual({ kind: 'value', key: bytes });
  });

  it('stops start-up on a malformed key, naming the variable but never repeating the value', () => {
    for (const value of ['', 'not-a-key', randomBytes(31).toString('hex')]) {
      let error: unknown;
      try {
        loadConfig({ MOTCUA_ENV: 'development', MOTCUA_SECRET_KEY: value });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain('MOTCUA_SECRET_KEY');
      if (value) expect((error as Error).message).not.toContain(value);
    }
  });
});

describe('the key file', () => {
  it('is made on first use only, with mode 0600, and the same key is read back afterwards', () => {
    const file = path.join(tempDir(), 'nested', 'secret.key');
    const source = secretKeySource({ kind: 'file', path: file });
    expect(fs.existsSync(file)).toBe(false);
    const key = source();
    expect(key).toHaveLength(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(key.toString('hex'));
    expect(source()).toBe(key);
    // Another process (a new source) reads the same key; nothing left behind but the key.
    expect(secretKeySource({ kind: 'file', path: file })()).toEqual(key);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['secret.key']);
  });

  it('keeps a key file that exists, and refuses a damaged one with a clear error', () => {
    const dir = tempDir();
    const file = path.join(dir, 'secret.key');
    fs.writeFileSync(file, bytes.toString('base64'), { mode: 0o600 });
    expect(secretKeySource({ kind: 'file', path: file })()).toEqual(bytes);
    fs.writeFileSync(path.join(dir, 'bad.key'), 'abc');
    expect(() => secretKeySource({ kind: 'file', path: path.join(dir, 'bad.key') })()).toThrow(SecretKeyError);
  });

  it('gives a configured key as is, touching no file', () => {
    expect(secretKeySource({ kind: 'value', key: bytes })()).toBe(bytes);
  });
});
