/**
 * FileStore on a local folder: `<dir>/ab/cd/<sha256>` (the fan-out keeps
 * directories small). Every write goes to a temporary file in the final folder,
 * is flushed and re-hashed from disk, and only then gets its final name through
 * `link`, which — unlike `rename` — fails instead of replacing an existing file.
 * So a crash never leaves a half file under a final name, a stored file is never
 * overwritten, and two writers of the same content both succeed.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sha256Hex } from '../crypto/hashing.ts';
import { assertRangeShape, assertSha256, type ByteRange, type FileStore } from './file-store.ts';
import { verifyFile } from './hash-file.ts';
import { RangeNotSatisfiableError, StoredFileNotFoundError } from './storage-errors.ts';

// Stored files are read-only from birth: an accidental write by an operator's tool fails loudly.
const STORED_FILE_MODE = 0o444;

export function createLocalFileStore(dir: string): FileStore {
  const root = path.resolve(dir);

  function finalPath(sha256: string): string {
    assertSha256(sha256);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async function exists(file: string): Promise<boolean> {
    try {
      await fs.stat(file);
      return true;
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return false;
      throw error;
    }
  }

  /** Writes via `write(tmp)`, checks the bytes on disk, then publishes them under the final name. */
  async function commit(sha256: string, size: number, write: (tmp: string) => Promise<void>): Promise<void> {
    const target = finalPath(sha256);
    if (await exists(target)) return;
    const folder = path.dirname(target);
    await fs.mkdir(folder, { recursive: true });
    const tmp = path.join(folder, `.${sha256}.${randomUUID()}.tmp`);
    try {
      await write(tmp);
      await verifyFile(tmp, sha256, size);
      try {
        await fs.link(tmp, target);
      } catch (error) {
        // Someone stored the same content meanwhile: theirs is byte-identical, keep it.
        if (!isErrno(error, 'EEXIST')) throw error;
      }
      await syncDirectory(folder);
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }

  async function openExisting(sha256: string): Promise<fs.FileHandle> {
    try {
      return await fs.open(finalPath(sha256), 'r');
    } catch (error) {
      if (isErrno(error, 'ENOENT')) throw new StoredFileNotFoundError(sha256);
      throw error;
    }
  }

  return {
    kind: 'local',

    async putFile(localPath, sha256, size) {
      await commit(sha256, size, (tmp) =>
        pipeline(createReadStream(localPath), createWriteStream(tmp, { flags: 'wx', mode: STORED_FILE_MODE, flush: true })),
      );
    },

    async put(bytes) {
      const sha256 = sha256Hex(bytes);
      await commit(sha256, bytes.length, (tmp) => fs.writeFile(tmp, bytes, { flag: 'wx', mode: STORED_FILE_MODE, flush: true }));
      return { sha256, size: bytes.length };
    },

    async open(sha256, range?: ByteRange): Promise<Readable> {
      if (range) assertRangeShape(range);
      const handle = await openExisting(sha256);
      try {
        if (!range) return handle.createReadStream();
        const { size } = await handle.stat();
        if (range.start >= size) throw new RangeNotSatisfiableError(size);
        return handle.createReadStream({ start: range.start, end: Math.min(range.end, size - 1) });
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    has: async (sha256) => exists(finalPath(sha256)),

    async read(sha256) {
      const handle = await openExisting(sha256);
      try {
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    },
  };
}

/** Makes the new directory entry durable, so a power cut right after a put cannot lose the name.
 *  Windows cannot open a directory for syncing; there NTFS journaling has to do. */
async function syncDirectory(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
