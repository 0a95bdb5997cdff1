/**
 * Makes a sender's file name safe to store, show and hand back in a header:
 * no folders, no control or bidirectional-override characters (which can make
 * "hợp-đồng\u202Efdp.exe" display as "hợp-đồngexe.pdf"), nothing Windows cannot
 * save, bounded length. Vietnamese letters are kept, in NFC so that a name typed
 * on a Mac (NFD) and the same name typed on Windows are the same string.
 */
import { KIND_EXTENSIONS, type FileKind } from './file-kind.ts';

// Leaves room under the 255-byte limit of common file systems for a " (2)" a browser may add.
const MAX_NAME_BYTES = 200;
const FALLBACK_NAME = 'tệp';
// Controls (C0, DEL, C1: CR/LF would split a header) and format characters (bidi
// embeddings, overrides and isolates, zero-width characters, BOM).
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const RESERVED = /[<>:"/\\|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
// An extension is a short run of letters/digits starting with a letter ("pdf", "jpeg", "mp4"),
// so "Quyết định số 12.2024" keeps its ".2024".
const EXTENSION = /\.[a-z][a-z0-9]{0,4}$/i;

export function sanitiseFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let clean = base.replace(INVISIBLE, '').replace(RESERVED, '_').replace(/\s+/g, ' ');
  // Windows drops trailing dots and spaces; leading dots make hidden files on Unix.
  clean = clean.replace(/^[\s.]+|[\s.]+$/g, '');
  if (WINDOWS_DEVICE.test(clean)) clean = `_${clean}`;
  clean = truncateKeepingExtension(clean);
  return clean === '' ? FALLBACK_NAME : clean;
}

/** The name with the extension of what the file really is (a PNG sent as "scan.pdf" becomes "scan.png"). */
export function nameForKind(fileName: string, kind: FileKind): string {
  const extensions = KIND_EXTENSIONS[kind];
  const current = EXTENSION.exec(fileName)?.[0].toLowerCase();
  if (current !== undefined && extensions.includes(current)) return fileName;
  const stem = current === undefined ? fileName : fileName.slice(0, -current.length);
  return truncateKeepingExtension(`${stem}${extensions[0] ?? ''}`);
}

function truncateKeepingExtension(name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const extension = EXTENSION.exec(name)?.[0] ?? '';
  const stem = name.slice(0, name.length - extension.length);
  let kept = '';
  // By code point, so a Vietnamese letter is never cut in half.
  for (const char of stem) {
    if (Buffer.byteLength(kept + char + extension) > MAX_NAME_BYTES) break;
    kept += char;
  }
  return `${kept.trimEnd()}${extension}`;
}
