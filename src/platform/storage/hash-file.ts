/** SHA-256 and size of a file on disk, read as a stream so a large file never sits in memory. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function hashFile(filePath: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(filePath)) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    size += bytes.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Throws when a file is not the content it is claimed to be. Callers treat this as a bug (500). */
export async function verifyFile(filePath: string, sha256: string, size: number): Promise<void> {
  const actual = await hashFile(filePath);
  if (actual.sha256 !== sha256 || actual.size !== size) {
    throw new Error(
      `File content does not match its claimed hash: expected ${sha256} (${size} bytes), got ${actual.sha256} (${actual.size} bytes)`,
    );
  }
}
