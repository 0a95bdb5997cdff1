/**
 * A tiny zip writer for tests: builds .docx/.odt-like containers, with or
 * without macros, and "bombs" whose directory declares absurd unpacked sizes.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipFixtureEntry {
  name: string;
  data: Buffer | string;
  /** Deflate instead of store (ODF requires `mimetype` stored). */
  deflate?: boolean;
  /** Lie about the unpacked size in the directory, as a zip bomb's reader would see it. */
  declaredSize?: number;
  /** Raw deflate data to store as the entry's body instead of `data` (a bomb too big to hold unpacked). */
  deflated?: Buffer;
}

export interface ZipFixtureOptions {
  /** End the file with Zip64 end records (as writers do past 65,535 entries or 4 GB). */
  zip64?: boolean;
  /** Declare fewer entries than the directory holds, hiding the rest from a reader that trusts the count. */
  declaredCount?: number;
}

export function buildZip(entries: readonly ZipFixtureEntry[], options: ZipFixtureOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data) : entry.data;
    const body = entry.deflated ?? (entry.deflate ? deflateRawSync(raw) : raw);
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declaredSize ?? raw.length;
    const fields = { method: entry.deflate || entry.deflated ? 8 : 0, crc: crc32(raw), compressed: body.length, size };

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(fields.method, 8);
    local.writeUInt32LE(fields.crc, 14);
    local.writeUInt32LE(fields.compressed, 18);
    local.writeUInt32LE(fields.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(fields.method, 10);
    central.writeUInt32LE(fields.crc, 16);
    central.writeUInt32LE(fields.compressed, 20);
    central.writeUInt32LE(fields.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const count = options.declaredCount ?? entries.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  if (!options.zip64) {
    end.writeUInt16LE(count, 8);
    end.writeUInt16LE(count, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
  }
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4); // size of the rest of the record
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, directory, record, locator, end]);
}

/**
 * Raw deflate data that unpacks to `megabytes` MB of zeros, made without ever
 * holding them: one megabyte of zeros deflated with a sync flush ends on a byte
 * boundary without closing the stream, so copies of it can follow each other,
 * and an empty final block closes it. 600 MB come out of about 600 KB.
 */
export function deflatedZeros(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), deflateRawSync(Buffer.alloc(0))]);
}

const CONTENT_TYPES_XML = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A minimal Word document package; `extra` adds parts such as `word/vbaProject.bin`; `contentTypes` replaces its index. */
export function docxLike(extra: readonly ZipFixtureEntry[] = [], options: ZipFixtureOptions & { contentTypes?: string } = {}): Buffer {
  return buildZip(
    [
      { name: '[Content_Types].xml', data: options.contentTypes ?? CONTENT_TYPES_XML, deflate: true },
      { name: 'word/document.xml', data: '<w:document><w:body><w:p><w:r><w:t>Tờ khai</w:t></w:r></w:p></w:body></w:document>', deflate: true },
      ...extra,
    ],
    options,
  );
}

export function xlsxLike(extra: readonly ZipFixtureEntry[] = []): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES_XML, deflate: true },
    { name: 'xl/workbook.xml', data: '<workbook/>', deflate: true },
    ...extra,
  ]);
}

export function odfLike(mimetype: string, extra: readonly ZipFixtureEntry[] = []): Buffer {
  return buildZip([
    { name: 'mimetype', data: mimetype },
    { name: 'content.xml', data: '<office:document-content/>', deflate: true },
    { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>', deflate: true },
    ...extra,
  ]);
}
