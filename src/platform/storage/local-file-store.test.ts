import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalFileStore } from './local-file-store.ts';
import { RangeNotSatisfiableError, StoredFileNotFoundError } from './storage-errors.ts';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-local-store-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Every file under the store, relative paths. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

describe('local file store', () => {
  it('stores under ab/cd/<sha256>, read-only, and reads back whole or by range', async () => {
    const store = createLocalFileStore(path.join(dir, 'files'));
    const bytes = Buffer.from('Giấy khai sinh — bản sao', 'utf8');
    const { sha256, size } = await store.put(bytes, 'text/plain');
    expect(sha256).toBe(sha(bytes));
    expect(size).toBe(bytes.length);
    const file = path.join(dir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o444);
    expect(await store.has(sha256)).toBe(true);
    expect((await store.read(sha256)).equals(bytes)).toBe(true);
    expect(await text(await store.open(sha256))).toBe('Giấy khai sinh — bản sao');
    // Inclusive end: bytes 0–4 are "G", "i" and the three bytes of "ấ".
    expect(await text(await store.open(sha256, { start: 0, end: 4 }))).toBe('Giấ');
    // An end past the end of the file is cut, as HTTP does.
    expect(await text(await store.open(sha256, { start: bytes.length - 3, end: 10_000 }))).toBe('sao');
  });

  it('refuses missing files (404) and ranges starting past the end (416)', async () => {
    const store = createLocalFileStore(dir);
    await expect(store.open('0'.repeat(64))).rejects.toBeInstanceOf(StoredFileNotFoundError);
    await expect(store.read('0'.repeat(64))).rejects.toMatchObject({ status: 404, key: 'storage.fileNotFound' });
    expect(await store.has('0'.repeat(64))).toBe(false);
    const { sha256 } = await store.put(Buffer.from('abc'), 'text/plain');
    await expect(store.open(sha256, { start: 3, end: 5 })).rejects.toBeInstanceOf(RangeNotSatisfiableError);
  });

  it('never lets a hash name a path outside the store', async () => {
    const store = createLocalFileStore(dir);
    await expect(store.open('../../etc/passwd')).rejects.toThrow(TypeError);
    await expect(store.has('ABCDEF'.padEnd(64, '0'))).rejects.toThrow(TypeError);
  });

  it('putFile copies a local file and leaves the original in place', async () => {
    const store = createLocalFileStore(path.join(dir, 'files'));
    const source = path.join(dir, 'scan.pdf');
    const bytes = Buffer.from('%PDF-1.7 pretend');
    await fs.writeFile(source, bytes);
    await store.putFile(source, sha(bytes), bytes.length, 'application/pdf');
    expect((await store.read(sha(bytes))).equals(bytes)).toBe(true);
    expect(await fs.readFile(source)).toEqual(bytes);
  });

  it('refuses content that does not match the claimed hash, and keeps nothing of it', async () => {
    const store = createLocalFileStore(path.join(dir, 'files'));
    const source = path.join(dir, 'x.bin');
    await fs.writeFile(source, 'real content');
    const claimed = sha('other content');
    await expect(store.putFile(source, claimed, 12, 'application/octet-stream')).rejects.toThrow(/does not match/);
    expect(await store.has(claimed)).toBe(false);
    expect(await listFiles(path.join(dir, 'files'))).toEqual([]);
  });

  it('never overwrites a stored object: storing again is a no-op', async () => {
    const store = createLocalFileStore(dir);
    const bytes = Buffer.from('kết quả');
    const { sha256 } = await store.put(bytes, 'text/plain');
    const file = path.join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    const before = await fs.stat(file);
    // Simulate a damaged disk copy: a later put of the right content must not "repair" it by
    // replacing the file, because replacing is exactly what a content store never does.
    await fs.chmod(file, 0o644);
    await fs.writeFile(file, 'tampered');
    await store.put(bytes, 'text/plain');
    const source = path.join(os.tmpdir(), `motcua-src-${process.pid}`);
    await fs.writeFile(source, bytes);
    await store.putFile(source, sha256, bytes.length, 'text/plain');
    await fs.rm(source);
    expect(await fs.readFile(file, 'utf8')).toBe('tampered');
    expect((await fs.stat(file)).ino).toBe(before.ino);
  });

  it('survives concurrent puts of the same content, leaving one file and no temporaries', async () => {
    const store = createLocalFileStore(dir);
    const bytes = Buffer.alloc(2 * 1024 * 1024, 'tài liệu ');
    const source = path.join(os.tmpdir(), `motcua-src-${process.pid}-c`);
    await fs.writeFile(source, bytes);
    const results = await Promise.all([
      store.put(bytes, 'text/plain'),
      store.putFile(source, sha(bytes), bytes.length, 'text/plain'),
      store.put(bytes, 'text/plain'),
      store.putFile(source, sha(bytes), bytes.length, 'text/plain'),
    ]);
    await fs.rm(source);
    expect(results[0]).toEqual({ sha256: sha(bytes), size: bytes.length });
    expect(await listFiles(dir)).toEqual([path.join(sha(bytes).slice(0, 2), sha(bytes).slice(2, 4), sha(bytes))]);
    expect(sha(await store.read(sha(bytes)))).toBe(sha(bytes));
  });
});
