/**
 * Reads a zip file's central directory (names and declared sizes) without
 * unpacking anything: enough to tell a .docx from an .odt and to see a zip
 * bomb coming. Zip64 is understood; anything malformed gives null. What the
 * directory declares is the sender's word, so `inflateEntry` unpacks an entry
 * for real, streaming, and stops as soon as it passes its budget.
 */
import type { FileHandle } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { readAt } from './random-access.ts';

export interface ZipEntry {
  name: string;
  /** General-purpose flags; bit 0 = encrypted. */
  flags: number;
  /** 0 = stored, 8 = deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const U32_MAX = 0xffffffff;

interface Directory {
  offset: number;
  size: number;
  count: number;
}

export async function readZipDirectory(file: FileHandle, fileSize: number): Promise<ZipEntry[] | null> {
  const directory = await findDirectory(file, fileSize);
  if (!directory || directory.offset + directory.size > fileSize) return null;
  const bytes = await readAt(file, directory.offset, directory.size);
  if (bytes.length !== directory.size) return null;
  return parseEntries(bytes, directory.count);
}

/** The bytes of a small stored (uncompressed) entry, e.g. the ODF `mimetype`. */
export async function readStoredEntry(file: FileHandle, entry: ZipEntry, maxBytes: number): Promise<Buffer | null> {
  if (entry.method !== 0 || entry.compressedSize > maxBytes) return null;
  const header = await readAt(file, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) return null;
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  return readAt(file, dataStart, entry.compressedSize);
}

/** What unpacking an entry found: its real size and the bytes kept, or that it passed the budget, or that it is not readable. */
export type InflateOutcome = { kind: 'ok'; size: number; kept: Buffer } | { kind: 'overBudget'; size: number } | { kind: 'corrupt' };

export interface InflateOptions {
  /** The most bytes the entry may unpack to; unpacking stops at the first byte past it. */
  budget: number;
  /** How many of the unpacked bytes to keep, decided from the first (up to 8) bytes. */
  keep: (head: Buffer) => number;
}

// Compressed bytes are read from the file in pieces of this size.
const READ_CHUNK = 64 * 1024;
const STORED = 0;
const DEFLATED = 8;

/**
 * Unpacks one entry as a stream, counting what comes out. Never more than the
 * budget is produced (plus one inflater chunk), so a 1 KB entry that would
 * inflate to 600 MB costs the first few hundred KB of work, and only the bytes
 * `keep` asks for are held in memory. Encrypted entries, methods other than
 * stored and deflate, a local header that disagrees with the directory and
 * broken deflate data are all "corrupt": an office package has none of them.
 */
export async function inflateEntry(file: FileHandle, fileSize: number, entry: ZipEntry, options: InflateOptions): Promise<InflateOutcome> {
  if ((entry.flags & 1) !== 0 || (entry.method !== STORED && entry.method !== DEFLATED)) return { kind: 'corrupt' };
  const header = await readAt(file, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE || header.readUInt16LE(8) !== entry.method) return { kind: 'corrupt' };
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const length = entry.compressedSize;
  if (start + length > fileSize) return { kind: 'corrupt' };

  const collector = new Collector(options);
  if (entry.method === STORED) {
    for (let at = 0; at < length; at += READ_CHUNK) {
      if (collector.add(await readAt(file, start + at, Math.min(READ_CHUNK, length - at)))) return { kind: 'overBudget', size: collector.size };
    }
    return collector.done();
  }
  const inflater = createInflateRaw();
  const fed = (async () => {
    for (let at = 0; at < length && !inflater.destroyed; at += READ_CHUNK) {
      const chunk = await readAt(file, start + at, Math.min(READ_CHUNK, length - at));
      if (!inflater.write(chunk)) await new Promise<void>((resolve) => inflater.once('drain', resolve).once('close', resolve));
    }
    if (!inflater.destroyed) inflater.end();
  })();
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      if (collector.add(chunk)) {
        inflater.destroy();
        await fed;
        return { kind: 'overBudget', size: collector.size };
      }
    }
    await fed;
    return collector.done();
  } catch {
    inflater.destroy();
    await fed.catch(() => undefined);
    return { kind: 'corrupt' };
  }
}

/** Counts unpacked bytes against the budget and keeps the head `keep` asks for. */
class Collector {
  size = 0;
  private head: Buffer[] = [];
  private headLength = 0;
  private keepBytes: number | undefined;
  private readonly options: InflateOptions;
  constructor(options: InflateOptions) {
    this.options = options;
  }

  /** True once the budget is passed. */
  add(chunk: Buffer): boolean {
    this.size += chunk.length;
    if (this.size > this.options.budget) return true;
    const wanted = this.keepBytes ?? Number.MAX_SAFE_INTEGER;
    if (this.headLength < wanted) {
      const piece = chunk.subarray(0, wanted - this.headLength);
      this.head.push(piece);
      this.headLength += piece.length;
    }
    if (this.keepBytes === undefined && this.headLength >= 8) this.decide();
    return false;
  }

  done(): InflateOutcome {
    if (this.keepBytes === undefined) this.decide();
    return { kind: 'ok', size: this.size, kept: Buffer.concat(this.head) };
  }

  private decide(): void {
    const all = Buffer.concat(this.head);
    this.keepBytes = Math.max(0, this.options.keep(all.subarray(0, 8)));
    this.head = [all.subarray(0, this.keepBytes)];
    this.headLength = this.head[0]!.length;
  }
}

async function findDirectory(file: FileHandle, fileSize: number): Promise<Directory | null> {
  const tailStart = Math.max(0, fileSize - EOCD_SIZE - MAX_COMMENT);
  const tail = await readAt(file, tailStart, fileSize - tailStart);
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD_SIGNATURE) continue;
    const count = tail.readUInt16LE(i + 10);
    const size = tail.readUInt32LE(i + 12);
    const offset = tail.readUInt32LE(i + 16);
    const isZip64 = count === 0xffff || size === U32_MAX || offset === U32_MAX;
    return isZip64 ? findZip64Directory(file, tailStart + i) : { offset, size, count };
  }
  return null;
}

async function findZip64Directory(file: FileHandle, eocdPosition: number): Promise<Directory | null> {
  const locator = await readAt(file, eocdPosition - 20, 20);
  if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = await readAt(file, toSafeNumber(locator.readBigUInt64LE(8)), 56);
  if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) return null;
  return {
    count: toSafeNumber(record.readBigUInt64LE(32)),
    size: toSafeNumber(record.readBigUInt64LE(40)),
    offset: toSafeNumber(record.readBigUInt64LE(48)),
  };
}

/** Reads every record in the directory, and insists the count matches the declared one:
 *  an entry hidden beyond the declared count could still be seen by some reader. */
function parseEntries(bytes: Buffer, count: number): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) return null;
    const entry: ZipEntry = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at = end;
  }
  return entries.length === count ? entries : null;
}

/** Zip64 keeps the real sizes in extra field 0x0001, in this order, for each field saturated at 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number | undefined => {
        if (field + 8 > at + 4 + length || field + 8 > extra.length) return undefined;
        const value = toSafeNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = next() ?? entry.uncompressedSize;
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = next() ?? entry.localHeaderOffset;
      return;
    }
    at += 4 + length;
  }
}

/** Sizes past 2^53 cannot be real files; saturating keeps them "huge" for the bomb check. */
function toSafeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
