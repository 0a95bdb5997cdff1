// The real tools the document tests check PDFs with (Debian poppler-utils): text, page facts, signatures.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withFile<T>(pdf: Buffer, fn: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return await fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (f) => (await run('pdftotext', ['-layout', '-enc', 'UTF-8', f, '-'])).stdout);
}

/** pdfsig's report; it exits non-zero for a broken signature, so the output is returned either way. */
export function pdfSig(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (f) => {
    try {
      return (await run('pdfsig', [f])).stdout;
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      return `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
  });
}

export function pdfInfo(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (f) => (await run('pdfinfo', [f])).stdout);
}
