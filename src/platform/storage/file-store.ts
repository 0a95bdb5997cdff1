/**
 * Content-addressed file storage. A file is named by the SHA-256 of its bytes,
 * so a stored object is immutable by construction: the same name always means
 * the same content, a second store of it is a no-op, and nothing is overwritten.
 * Content types and original names live in the database, next to the hash.
 */
import type { Readable } from 'node:stream';

/** Inclusive byte positions, as in an HTTP `Range: bytes=start-end` header. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface FileStore {
  readonly kind: 'local' | 's3';
  /** Stores a local file's bytes under its SHA-256 (computed by the caller while streaming);
   *  storing content that is already there is a no-op; an existing object is never overwritten.
   *  Throws a plain Error when the file's bytes do not hash to `sha256` (a bug, not a user error). */
  putFile(localPath: string, sha256: string, size: number, contentType: string): Promise<void>;
  put(bytes: Buffer, contentType: string): Promise<{ sha256: string; size: number }>;
  /** StoredFileNotFoundError (404) if missing; RangeNotSatisfiableError (416) if `range` starts past the end.
   *  A range ending past the end is cut at the end, as HTTP does. */
  open(sha256: string, range?: ByteRange): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
  /** Convenience for small files (PDF signing); StoredFileNotFoundError if missing. */
  read(sha256: string): Promise<Buffer>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Hashes become file paths and object keys: anything but 64 lowercase hex digits is refused
 *  before it can name a path outside the store (`../`). */
export function assertSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new TypeError(`Not a lowercase hex SHA-256: ${JSON.stringify(sha256)}`);
}

export function assertRangeShape(range: ByteRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new TypeError(`Invalid byte range ${start}-${end}`);
  }
}
