/**
 * The upload checks that parse whole files (ADR 0020), as run inside a pooled
 * worker thread. Each takes a temporary file's path, not its bytes: the file is
 * read in the worker, so neither thread copies 20 MB across.
 */
import fs from 'node:fs/promises';
import type { FileKind } from '../storage/file-kind.ts';
import { inspectOffice } from '../storage/inspect-office.ts';
import { inspectPdf } from '../storage/inspect-pdf.ts';
import { tiffToPdf } from '../storage/tiff-to-pdf.ts';
import { verifyPdfSignatures, type SignatureCheck } from '../crypto/signing/index.ts';

export async function pdf(filePath: string): Promise<{ pages: number }> {
  return inspectPdf(await fs.readFile(filePath));
}

export async function office(filePath: string, size: number, kind: FileKind): Promise<null> {
  const file = await fs.open(filePath, 'r');
  try {
    await inspectOffice(file, size, kind);
    return null;
  } finally {
    await file.close();
  }
}

export async function tiff(inputPath: string, outputPath: string, limits: { maxPixels: number; maxPages?: number }): Promise<{ pages: number }> {
  return tiffToPdf(inputPath, outputPath, limits);
}

/** Signature checks of a PDF someone brings (the public verification): a hostile file parses here, not on the loop. */
export async function verifyPdf(pdf: Uint8Array, anchors: Uint8Array[], atIso: string): Promise<SignatureCheck[]> {
  return verifyPdfSignatures(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength), { anchors }, new Date(atIso));
}

/** For the tests of the pool's limits: a parse that never ends, and one that eats memory. */
export function spin(ms: number): number {
  const until = Date.now() + ms;
  let n = 0;
  while (Date.now() < until) n++;
  return n;
}

export function hog(): number {
  const kept: number[][] = [];
  for (;;) kept.push(Array.from({ length: 1_000_000 }, (_, i) => i));
}
