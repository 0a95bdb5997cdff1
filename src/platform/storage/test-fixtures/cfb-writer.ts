/**
 * A tiny OLE2 compound-file writer for tests: a header, one FAT sector and one
 * directory sector holding up to three named (empty) streams or storages —
 * enough to look like a .doc or .xls, with or without a VBA storage.
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

export interface CfbFixtureEntry {
  name: string;
  type: 'stream' | 'storage';
}

export function buildCfb(entries: readonly CfbFixtureEntry[]): Buffer {
  if (entries.length > 3) throw new Error('the fixture writer holds at most 3 entries besides the root');
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4);
  header.writeUInt32LE(0, 76); // the FAT is sector 0

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);

  const directory = Buffer.alloc(SECTOR);
  const all = [{ name: 'Root Entry', type: 5 }, ...entries.map((e) => ({ name: e.name, type: e.type === 'storage' ? 1 : 2 }))];
  all.forEach((entry, i) => {
    const at = i * 128;
    const name = Buffer.from(`${entry.name}\0`, 'utf16le');
    name.copy(directory, at);
    directory.writeUInt16LE(name.length, at + 64);
    directory[at + 66] = entry.type;
    directory.writeUInt32LE(FREE, at + 68); // left sibling
    // Root's child is the first entry; each entry's right sibling is the next one.
    directory.writeUInt32LE(i > 0 && i < all.length - 1 ? i + 1 : FREE, at + 72);
    directory.writeUInt32LE(i === 0 && all.length > 1 ? 1 : FREE, at + 76);
    directory.writeUInt32LE(END_OF_CHAIN, at + 116); // no data
  });
  return Buffer.concat([header, fat, directory]);
}
