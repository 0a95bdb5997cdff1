// Unpacking a zip entry for real, under a budget: the work stops at the limit, whatever the directory declares.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip, deflatedZeros } from './test-fixtures/zip-writer.ts';
import { inflateEntry, readZipDirectory } from './zip-directory.ts';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-zip-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function withZip<T>(bytes: Buffer, use: (file: fs.FileHandle, size: number) => Promise<T>): Promise<T> {
  const file = path.join(dir, `${Math.random().toString(16).slice(2)}.zip`);
  await fs.writeFile(file, bytes);
  const handle = await fs.open(file, 'r');
  try {
    return await use(handle, bytes.length);
  } finally {
    await handle.close();
  }
}

describe('inflateEntry', () => {
  it('stops a 600 MB bomb declared as 1 KB shortly after the budget, keeping nothing it was not asked for', async () => {
    const zip = buildZip([{ name: 'a.bin', data: '', deflated: deflatedZeros(600), declaredSize: 1024 }]);
    const outcome = await withZip(zip, async (file, size) => {
      const [entry] = (await readZipDirectory(file, size))!;
      expect(entry!.uncompressedSize).toBe(1024);
      return inflateEntry(file, size, entry!, { budget: 1024, keep: () => 0 });
    });
    expect(outcome.kind).toBe('overBudget');
    // One inflater chunk past the budget at most, not 600 MB.
    expect(outcome.kind === 'overBudget' && outcome.size).toBeLessThan(1024 * 1024);
  });

  it('gives the real size and the head it was asked to keep, for stored and deflated entries', async () => {
    const text = 'Tờ khai '.repeat(10_000);
    const zip = buildZip([{ name: 'stored.txt', data: text }, { name: 'packed.txt', data: text, deflate: true }]);
    const outcomes = await withZip(zip, async (file, size) => {
      const entries = (await readZipDirectory(file, size))!;
      return Promise.all(entries.map((e) => inflateEntry(file, size, e, { budget: 1_000_000, keep: (head) => (head.toString('utf8').startsWith('Tờ') ? 12 : 0) })));
    });
    for (const outcome of outcomes) expect(outcome).toEqual({ kind: 'ok', size: Buffer.byteLength(text), kept: Buffer.from(text).subarray(0, 12) });
  });

  it('calls encrypted entries, unknown methods and broken deflate data corrupt', async () => {
    const zip = buildZip([{ name: 'x.xml', data: '<x/>', deflated: Buffer.from([0xff, 0xfe, 0xfd]) }]);
    const outcome = await withZip(zip, async (file, size) => {
      const [entry] = (await readZipDirectory(file, size))!;
      const broken = await inflateEntry(file, size, entry!, { budget: 1000, keep: () => 0 });
      const encrypted = await inflateEntry(file, size, { ...entry!, flags: 1 }, { budget: 1000, keep: () => 0 });
      const bzip2 = await inflateEntry(file, size, { ...entry!, method: 12 }, { budget: 1000, keep: () => 0 });
      return [broken, encrypted, bzip2];
    });
    expect(outcome.map((o) => o.kind)).toEqual(['corrupt', 'corrupt', 'corrupt']);
  });
});
