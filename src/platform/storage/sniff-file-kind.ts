/**
 * Decides what a file is from its bytes alone. The name and the declared
 * Content-Type come from the sender and can say anything; the magic bytes and
 * container structure are what a viewer will actually act on.
 */
import type { FileHandle } from 'node:fs/promises';
import { CFB_SIGNATURE, readCfbEntryNames } from './cfb-directory.ts';
import type { FileKind } from './file-kind.ts';
import { readAt } from './random-access.ts';
import { readStoredEntry, readZipDirectory } from './zip-directory.ts';

/** What the content is; `corrupt-office` when it starts like a container (zip, OLE2) but cannot be read as one. */
export type Sniffed = { kind: FileKind } | { kind: 'corrupt-office' } | null;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ODF_MIMETYPES: Readonly<Record<string, FileKind>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

export async function sniffFileKind(file: FileHandle, size: number): Promise<Sniffed> {
  const head = await readAt(file, 0, 8);
  if (startsWith(head, '%PDF-')) return { kind: 'pdf' };
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { kind: 'jpeg' };
  if (head.equals(PNG_SIGNATURE)) return { kind: 'png' };
  if (startsWith(head, 'II*\0') || startsWith(head, 'MM\0*')) return { kind: 'tiff' };
  if (head.subarray(0, 4).equals(ZIP_LOCAL_HEADER)) return sniffZip(file, size);
  if (head.equals(CFB_SIGNATURE)) return sniffCfb(file, size);
  return null;
}

async function sniffZip(file: FileHandle, size: number): Promise<Sniffed> {
  const entries = await readZipDirectory(file, size);
  if (!entries) return { kind: 'corrupt-office' };
  const names = new Set(entries.map((e) => e.name));
  if (names.has('[Content_Types].xml')) {
    if (entries.some((e) => e.name.startsWith('word/'))) return { kind: 'docx' };
    if (entries.some((e) => e.name.startsWith('xl/'))) return { kind: 'xlsx' };
    return null;
  }
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (!mimetype) return null;
  // ODF stores `mimetype` uncompressed so it can be read exactly like this.
  const declared = await readStoredEntry(file, mimetype, 100);
  const kind = declared ? ODF_MIMETYPES[declared.toString('ascii').trim()] : undefined;
  return kind ? { kind } : null;
}

async function sniffCfb(file: FileHandle, size: number): Promise<Sniffed> {
  const names = await readCfbEntryNames(file, size);
  if (!names) return { kind: 'corrupt-office' };
  if (names.includes('WordDocument')) return { kind: 'doc' };
  // "Book" is the workbook stream of Excel 5/95, still written by some tools.
  if (names.includes('Workbook') || names.includes('Book')) return { kind: 'xls' };
  return null;
}

function startsWith(bytes: Buffer, ascii: string): boolean {
  return bytes.subarray(0, ascii.length).equals(Buffer.from(ascii, 'latin1'));
}
