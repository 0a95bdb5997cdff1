// The S3 store against s3rver, a local S3 implementation started on a free loopback port.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileStore } from './file-store.ts';
import { createS3FileStore } from './s3-file-store.ts';
import { RangeNotSatisfiableError, StoredFileNotFoundError } from './storage-errors.ts';

interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const BUCKET = 'motcua-files';
const PREFIX = 'hồ-sơ/tài-liệu/';

let dir: string;
let server: S3rverInstance;
let endpoint: string;
let store: FileStore;
let client: S3Client;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-s3-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  store = createS3FileStore({ endpoint, region: 'us-east-1', bucket: BUCKET, ...credentials, forcePathStyle: true, prefix: PREFIX });
  client = new S3Client({ endpoint, region: 'us-east-1', credentials, forcePathStyle: true });
});

afterAll(async () => {
  client?.destroy();
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('S3 file store (against s3rver)', () => {
  it('round-trips a Vietnamese document under a Vietnamese prefix, with its hash in the metadata', async () => {
    const bytes = Buffer.from('Giấy chứng nhận quyền sử dụng đất — Thửa số 12, tờ bản đồ số 3', 'utf8');
    const { sha256, size } = await store.put(bytes, 'text/plain; charset=utf-8');
    expect(sha256).toBe(sha(bytes));
    expect(size).toBe(bytes.length);
    expect(await store.has(sha256)).toBe(true);
    expect((await store.read(sha256)).toString('utf8')).toBe(bytes.toString('utf8'));

    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: PREFIX }));
    expect(listed.Contents?.map((o) => o.Key)).toContain(`${PREFIX}${sha256}`);
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}${sha256}` }));
    expect(head.Metadata).toEqual({ sha256 });
    expect(head.ContentType).toBe('text/plain; charset=utf-8');
  });

  it('reads a byte range, cuts an end past the file, and refuses a start past it', async () => {
    const bytes = Buffer.from('Quyết định cấp phép', 'utf8');
    const { sha256 } = await store.put(bytes, 'text/plain');
    // Bytes 0–6: "Q", "u", "y", and the three bytes of "ế", and "t".
    expect(await text(await store.open(sha256, { start: 0, end: 6 }))).toBe('Quyết');
    expect(await text(await store.open(sha256, { start: bytes.length - 5, end: 1_000_000 }))).toBe('phép') // "é" is 2 bytes;
    await expect(store.open(sha256, { start: bytes.length, end: bytes.length + 10 })).rejects.toBeInstanceOf(RangeNotSatisfiableError);
  });

  it('streams a multipart upload from a local file (more than one 5 MB part)', async () => {
    const file = path.join(dir, 'ban-quet.bin');
    const bytes = Buffer.alloc(6 * 1024 * 1024 + 123);
    for (let i = 0; i < bytes.length; i += 4096) bytes.writeUInt32BE(i, i);
    await fs.writeFile(file, bytes);
    await store.putFile(file, sha(bytes), bytes.length, 'application/octet-stream');
    expect(sha(await store.read(sha(bytes)))).toBe(sha(bytes));
    expect(await fs.readFile(file)).toHaveLength(bytes.length);
  });

  it('does not overwrite: a second store of the same hash leaves the object as it was', async () => {
    const bytes = Buffer.from('bản gốc');
    const { sha256 } = await store.put(bytes, 'text/plain');
    const before = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}${sha256}` }));
    const file = path.join(dir, 'same.txt');
    await fs.writeFile(file, bytes);
    await store.putFile(file, sha256, bytes.length, 'application/x-different');
    await store.put(bytes, 'application/x-different');
    const after = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}${sha256}` }));
    expect(after.ContentType).toBe('text/plain');
    expect(after.LastModified).toEqual(before.LastModified);
  });

  it('refuses a file whose bytes do not match the claimed hash, before uploading anything', async () => {
    const file = path.join(dir, 'wrong.txt');
    await fs.writeFile(file, 'actual');
    const claimed = sha('claimed');
    await expect(store.putFile(file, claimed, 6, 'text/plain')).rejects.toThrow(/does not match/);
    expect(await store.has(claimed)).toBe(false);
  });

  it('reports a missing object as not found (404)', async () => {
    const missing = sha('never stored');
    expect(await store.has(missing)).toBe(false);
    await expect(store.open(missing)).rejects.toBeInstanceOf(StoredFileNotFoundError);
    await expect(store.read(missing)).rejects.toMatchObject({ status: 404 });
  });
});
