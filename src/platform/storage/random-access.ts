/** Positional reads from an open file: container formats (zip, OLE2) are read by seeking, not loaded whole. */
import type { FileHandle } from 'node:fs/promises';

/** Reads up to `length` bytes at `position`; shorter at the end of the file. */
export async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  if (length <= 0 || position < 0) return Buffer.alloc(0);
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
