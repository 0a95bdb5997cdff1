/**
 * Office files are kept as sent (there is nothing safe to re-encode them to),
 * so they are refused when they carry code: VBA macros, Excel 4 macro sheets,
 * ActiveX controls, ODF Basic/scripts, and OLE packages (the "Package" object
 * that wraps any file — an .exe, a .js, a shortcut — and runs it on a double
 * click). Other embedded OLE objects (an Excel table or a chart inside a Word
 * tờ trình) are data edited by their own program, common in real submissions,
 * and stay accepted unless they themselves hold a VBA project.
 *
 * Nothing the zip says about itself is trusted: every entry is unpacked for
 * real, streaming, under a budget (its declared size, and 512 MB for the whole
 * file), so a bomb is stopped at the first byte past the limit; and code is
 * looked for by content — a part whose bytes are an OLE compound file holding
 * a VBA project is macros whatever it is called, and the package's content
 * types and relationships are read for VBA and macro-enabled parts.
 */
import type { FileHandle } from 'node:fs/promises';
import { CFB_SIGNATURE, readCfbEntryNames } from './cfb-directory.ts';
import type { FileKind } from './file-kind.ts';
import { UploadRefusedError } from './upload-refused-error.ts';
import { inflateEntry, readZipDirectory, type ZipEntry } from './zip-directory.ts';

// A 20 MB spreadsheet of plain XML unpacks to a few hundred MB at most; beyond this it is a bomb.
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
// Real documents have tens to a few thousand parts; a million tiny entries exhausts readers instead.
export const MAX_ZIP_ENTRIES = 10_000;
// An embedded OLE part is held in memory to list its streams; real ones are a few MB.
export const MAX_OLE_PART_BYTES = 64 * 1024 * 1024;
// [Content_Types].xml and relationship parts are a few KB.
const MAX_INDEX_PART_BYTES = 1024 * 1024;

const ZIP_CODE_PARTS: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /(^|\/)vbaProject\.bin$/i, label: 'VBA (vbaProject.bin)' },
  { pattern: /^xl\/macrosheets\//i, label: 'Excel 4.0 macro sheet' },
  { pattern: /(^|\/)activeX\//i, label: 'ActiveX' },
  { pattern: /^Basic\//, label: 'OpenOffice Basic' },
  { pattern: /^Scripts\//, label: 'ODF scripts' },
];

/** What the package index (content types, relationships) declares that is code, whatever the part is called. */
const INDEX_MARKERS: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /vbaProject|vbaData/i, label: 'VBA' },
  { pattern: /macroEnabled/i, label: 'macro-enabled document' },
  { pattern: /macrosheet/i, label: 'Excel 4.0 macro sheet' },
  { pattern: /activeX/i, label: 'ActiveX' },
];

// Word keeps VBA in the `Macros` storage, Excel in `_VBA_PROJECT_CUR`; both hold `VBA` and `_VBA_PROJECT`
// (with its `dir` stream); a vbaProject.bin has `VBA` and `_VBA_PROJECT` at its root. Compound-file
// names compare without case ([MS-CFB] 2.6.4), so `_vba_project` is the same stream to Office.
const CFB_MACRO_NAMES = new Set(['MACROS', '_VBA_PROJECT_CUR', '_VBA_PROJECT', 'VBA']);
// The OLE Packager's stream: an arbitrary file (any extension) that Office runs when opened.
const OLE_PACKAGE_STREAM = '\u0001OLE10NATIVE';

export async function inspectOffice(file: FileHandle, size: number, kind: FileKind): Promise<void> {
  if (kind === 'doc' || kind === 'xls') return inspectCfb(file, size);
  const entries = await readZipDirectory(file, size);
  if (!entries) throw new UploadRefusedError('upload.officeCorrupt');
  refuseDeclaredBomb(entries);
  const found = new Set<string>();
  for (const entry of entries) {
    for (const part of ZIP_CODE_PARTS) if (part.pattern.test(entry.name)) found.add(part.label);
  }
  if (found.size > 0) throw new UploadRefusedError('upload.officeMacros', { found: [...found].join(', ') });
  for (const label of await inspectContent(file, size, entries)) found.add(label);
  if (found.size > 0) throw new UploadRefusedError('upload.officeMacros', { found: [...found].join(', ') });
}

/** The directory's own figures, checked first because they cost nothing. */
function refuseDeclaredBomb(entries: readonly ZipEntry[]): void {
  if (entries.length > MAX_ZIP_ENTRIES) throw new UploadRefusedError('upload.zipBomb');
  let unpacked = 0;
  for (const entry of entries) {
    unpacked += entry.uncompressedSize;
    if (unpacked > MAX_UNPACKED_BYTES) throw new UploadRefusedError('upload.zipBomb');
  }
}

/**
 * Unpacks every entry under the budget and reads what matters by content:
 * OLE compound files (their stream names) and the package index (its text).
 * An entry that unpacks to more than it declared is a bomb: the directory lied.
 */
async function inspectContent(file: FileHandle, size: number, entries: readonly ZipEntry[]): Promise<string[]> {
  const found: string[] = [];
  let remaining = MAX_UNPACKED_BYTES;
  for (const entry of entries) {
    const index = isIndexPart(entry.name);
    const outcome = await inflateEntry(file, size, entry, {
      budget: Math.min(remaining, entry.uncompressedSize),
      keep: (head) => (isCfb(head) ? MAX_OLE_PART_BYTES + 1 : index ? MAX_INDEX_PART_BYTES : 0),
    });
    if (outcome.kind === 'corrupt') throw new UploadRefusedError('upload.officeCorrupt');
    if (outcome.kind === 'overBudget') throw new UploadRefusedError('upload.zipBomb');
    remaining -= outcome.size;
    if (isCfb(outcome.kept)) {
      if (outcome.size > MAX_OLE_PART_BYTES) throw new UploadRefusedError('upload.zipBomb');
      const names = await readCfbEntryNames(outcome.kept, outcome.kept.length);
      // Office would not open a broken embedded object either; it is not worth the risk of guessing.
      if (!names) throw new UploadRefusedError('upload.officeCorrupt');
      for (const label of cfbCode(names)) found.push(`${label === 'OLE Package' ? label : 'VBA'} (${entry.name})`);
    } else if (index) {
      const text = outcome.kept.toString('utf8');
      for (const marker of INDEX_MARKERS) if (marker.pattern.test(text)) found.push(`${marker.label} (${entry.name})`);
    }
  }
  return [...new Set(found)];
}

function isIndexPart(name: string): boolean {
  return name === '[Content_Types].xml' || /\.rels$/i.test(name);
}

function isCfb(head: Buffer): boolean {
  return head.length >= CFB_SIGNATURE.length && head.subarray(0, CFB_SIGNATURE.length).equals(CFB_SIGNATURE);
}

/** The code a compound file holds: its VBA storages and streams as named, and OLE packages. */
function cfbCode(names: readonly string[]): string[] {
  const code = names.filter((n) => CFB_MACRO_NAMES.has(n.toUpperCase()));
  if (names.some((n) => n.toUpperCase() === OLE_PACKAGE_STREAM)) code.push('OLE Package');
  return [...new Set(code)];
}

async function inspectCfb(file: FileHandle, size: number): Promise<void> {
  const names = await readCfbEntryNames(file, size);
  if (!names) throw new UploadRefusedError('upload.officeCorrupt');
  const code = cfbCode(names);
  if (code.length > 0) throw new UploadRefusedError('upload.officeMacros', { found: code.join(', ') });
}
