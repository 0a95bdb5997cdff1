/**
 * Lists the storage and stream names of an OLE2 compound file (the container
 * of .doc and .xls, [MS-CFB]): enough to tell Word from Excel and to find the
 * VBA macro storages. Only the FAT and the directory chain are read; stream
 * contents never are. Anything malformed or cyclic gives null. The compound
 * file is an uploaded file, or a part already unpacked from an office zip
 * (a `vbaProject.bin` or an embedded OLE object) held in memory.
 */
import type { FileHandle } from 'node:fs/promises';
import { readAt } from './random-access.ts';

/** Where the compound file's bytes are: an open file, or a buffer. */
export type CfbSource = FileHandle | Buffer;

export const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const HEADER_SIZE = 512;
const HEADER_DIFAT_ENTRIES = 109;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const DIRECTORY_ENTRY_SIZE = 128;
const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

export async function readCfbEntryNames(source: CfbSource, fileSize: number): Promise<string[] | null> {
  const read = (position: number, length: number): Promise<Buffer> =>
    Buffer.isBuffer(source) ? Promise.resolve(source.subarray(Math.max(0, position), Math.max(0, position) + Math.max(0, length))) : readAt(source, position, length);
  const header = await read(0, HEADER_SIZE);
  if (header.length < HEADER_SIZE || !header.subarray(0, 8).equals(CFB_SIGNATURE)) return null;
  const sectorShift = header.readUInt16LE(30);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.ceil((fileSize - sectorSize) / sectorSize);
  const layout = {
    sectorSize,
    sectorCount,
    fatSectors: header.readUInt32LE(44),
    firstDirectorySector: header.readUInt32LE(48),
    firstDifatSector: header.readUInt32LE(68),
    difatSectors: header.readUInt32LE(72),
  };
  if (layout.fatSectors > sectorCount || layout.difatSectors > sectorCount) return null;

  const sectorAt = (n: number): Promise<Buffer> => read((n + 1) * sectorSize, sectorSize);
  const fatSectorNumbers = await readDifat(header, layout, sectorAt);
  if (!fatSectorNumbers) return null;
  const fat: number[] = [];
  for (const n of fatSectorNumbers) {
    const sector = await sectorAt(n);
    if (sector.length !== sectorSize) return null;
    for (let at = 0; at < sectorSize; at += 4) fat.push(sector.readUInt32LE(at));
  }

  const names: string[] = [];
  const seen = new Set<number>();
  for (let n = layout.firstDirectorySector; n !== END_OF_CHAIN; n = fat[n] ?? FREE_SECTOR) {
    if (n >= sectorCount || seen.has(n)) return null;
    seen.add(n);
    const sector = await sectorAt(n);
    if (sector.length !== sectorSize) return null;
    for (let at = 0; at < sectorSize; at += DIRECTORY_ENTRY_SIZE) {
      const name = entryName(sector.subarray(at, at + DIRECTORY_ENTRY_SIZE));
      if (name !== null) names.push(name);
    }
  }
  return names;
}

interface Layout {
  sectorSize: number;
  sectorCount: number;
  fatSectors: number;
  firstDifatSector: number;
  difatSectors: number;
}

/** The FAT's own sector numbers: 109 in the header, the rest in a chain of DIFAT sectors. */
async function readDifat(header: Buffer, layout: Layout, sectorAt: (n: number) => Promise<Buffer>): Promise<number[] | null> {
  const numbers: number[] = [];
  for (let i = 0; i < Math.min(layout.fatSectors, HEADER_DIFAT_ENTRIES); i++) numbers.push(header.readUInt32LE(76 + i * 4));
  let next = layout.firstDifatSector;
  for (let i = 0; i < layout.difatSectors && numbers.length < layout.fatSectors; i++) {
    if (next >= layout.sectorCount) return null;
    const sector = await sectorAt(next);
    if (sector.length !== layout.sectorSize) return null;
    const perSector = layout.sectorSize / 4 - 1;
    for (let j = 0; j < perSector && numbers.length < layout.fatSectors; j++) numbers.push(sector.readUInt32LE(j * 4));
    next = sector.readUInt32LE(perSector * 4);
  }
  if (numbers.length !== layout.fatSectors || numbers.some((n) => n >= layout.sectorCount)) return null;
  return numbers;
}

function entryName(entry: Buffer): string | null {
  const type = entry[66];
  if (type !== TYPE_STORAGE && type !== TYPE_STREAM && type !== TYPE_ROOT) return null;
  const length = entry.readUInt16LE(64);
  // The length counts the UTF-16 terminator; 64 bytes is the most the field holds.
  if (length < 2 || length > 64 || length % 2 !== 0) return null;
  return entry.toString('utf16le', 0, length - 2);
}
