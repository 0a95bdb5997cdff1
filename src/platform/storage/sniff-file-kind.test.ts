// Type detection edge cases; the everyday kinds are exercised through receiveUpload's tests.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffFileKind, type Sniffed } from './sniff-file-kind.ts';
import { plainPdf } from './test-fixtures/pdf-fixtures.ts';
import { buildZip, docxLike, odfLike } from './test-fixtures/zip-writer.ts';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-sniff-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sniff(bytes: Buffer): Promise<Sniffed> {
  const file = path.join(dir, `f${n++}`);
  await fs.writeFile(file, bytes);
  const handle = await fs.open(file);
  try {
    return await sniffFileKind(handle, bytes.length);
  } finally {
    await handle.close();
  }
}

describe('sniffFileKind', () => {
  it('reads a Zip64 directory', async () => {
    expect(await sniff(docxLike([], { zip64: true }))).toEqual({ kind: 'docx' });
  });

  it('treats a directory holding more entries than declared as corrupt (a hidden part is a trick)', async () => {
    const hidden = docxLike([{ name: 'word/vbaProject.bin', data: 'VBA' }], { declaredCount: 2 });
    expect(await sniff(hidden)).toEqual({ kind: 'corrupt-office' });
  });

  it('finds the directory behind a zip comment', async () => {
    const zip = docxLike();
    const withComment = Buffer.concat([zip, Buffer.from('ghi chú')]);
    withComment.writeUInt16LE(Buffer.byteLength('ghi chú'), zip.length - 2);
    expect(await sniff(withComment)).toEqual({ kind: 'docx' });
  });

  it('recognises ODF only by a stored mimetype entry naming text or spreadsheet', async () => {
    expect(await sniff(odfLike('application/vnd.oasis.opendocument.presentation'))).toBeNull();
    const deflatedMimetype = buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', deflate: true }]);
    expect(await sniff(deflatedMimetype)).toBeNull();
  });

  it('wants the PDF header at the very start, and knows nothing of BigTIFF or text', async () => {
    expect(await sniff(Buffer.concat([Buffer.from('<html>'), await plainPdf()]))).toBeNull();
    expect(await sniff(Buffer.from([0x49, 0x49, 0x2b, 0x00, 8, 0, 0, 0]))).toBeNull();
    expect(await sniff(Buffer.from('Xin chào'))).toBeNull();
    expect(await sniff(Buffer.from([0xff]))).toBeNull();
  });
});
