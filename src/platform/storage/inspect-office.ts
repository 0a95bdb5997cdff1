/**
 * Office files are kept as sent (there is nothing safe to re-encode them to),
 * so they are refused when they carry code: VBA macros, Excel 4 macro sheets,
 * ActiveX controls, ODF Basic/scripts. Zips whose declared unpacked size is
 * absurd are refused too, before any reader downstream tries to unpack them.
 */
import type { FileHandle } from 'node:fs/promises';
import { readCfbEntryNames } from './cfb-directory.ts';
import type { FileKind } from './file-kind.ts';
import { UploadRefusedError } from './upload-refused-error.ts';
import { readZipDirectory, type ZipEntry } from './zip-directory.ts';

// A 20 MB spreadsheet of plain XML unpacks to a few hundred MB at most; beyond this it is a bomb.
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
// Real documents have tens to a few thousand parts; a million tiny entries exhausts readers instead.
export const MAX_ZIP_ENTRIES = 10_000;

const ZIP_CODE_PARTS: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /(^|\/)vbaProject\.bin$/i, label: 'VBA (vbaProject.bin)' },
  { pattern: /^xl\/macrosheets\//i, label: 'Excel 4.0 macro sheet' },
  { pattern: /(^|\/)activeX\//i, label: 'ActiveX' },
  { pattern: /^Basic\//, label: 'OpenOffice Basic' },
  { pattern: /^Scripts\//, label: 'ODF scripts' },
];

// Word keeps VBA in the `Macros` storage, Excel in `_VBA_PROJECT_CUR`; both hold `VBA` and `_VBA_PROJECT`.
const CFB_MACRO_NAMES = new Set(['Macros', '_VBA_PROJECT_CUR', '_VBA_PROJECT', 'VBA']);

export async function inspectOffice(file: FileHandle, size: number, kind: FileKind): Promise<void> {
  if (kind === 'doc' || kind === 'xls') return inspectCfb(file, size);
  const entries = await readZipDirectory(file, size);
  if (!entries) throw new UploadRefusedError('upload.officeCorrupt');
  refuseZipBomb(entries);
  const found = new Set<string>();
  for (const entry of entries) {
    for (const part of ZIP_CODE_PARTS) if (part.pattern.test(entry.name)) found.add(part.label);
  }
  if (found.size > 0) throw new UploadRefusedError('upload.officeMacros', { found: [...found].join(', ') });
}

function refuseZipBomb(entries: readonly ZipEntry[]): void {
  if (entries.length > MAX_ZIP_ENTRIES) throw new UploadRefusedError('upload.zipBomb');
  let unpacked = 0;
  for (const entry of entries) {
    unpacked += entry.uncompressedSize;
    if (unpacked > MAX_UNPACKED_BYTES) throw new UploadRefusedError('upload.zipBomb');
  }
}

async function inspectCfb(file: FileHandle, size: number): Promise<void> {
  const names = await readCfbEntryNames(file, size);
  if (!names) throw new UploadRefusedError('upload.officeCorrupt');
  const macros = names.filter((n) => CFB_MACRO_NAMES.has(n));
  if (macros.length > 0) throw new UploadRefusedError('upload.officeMacros', { found: [...new Set(macros)].join(', ') });
}
