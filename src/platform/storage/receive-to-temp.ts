/**
 * Streams an upload to a temporary file while hashing and counting it, and
 * stops the moment it passes the size limit: the source is destroyed, the
 * partial file deleted, and at no point is more than one chunk in memory.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UploadRefusedError } from './upload-refused-error.ts';

export interface ReceivedBytes {
  sha256: string;
  size: number;
}

export async function receiveToTemp(stream: Readable, tmpPath: string, maxBytes: number): Promise<ReceivedBytes> {
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      size += chunk.length;
      if (size > maxBytes) {
        done(new UploadRefusedError('upload.tooLarge', { maxMb: megabytes(maxBytes) }, 413));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    // `wx`: the temporary name is fresh; never write through a file someone placed there.
    await pipeline(stream, meter, createWriteStream(tmpPath, { flags: 'wx' }));
  } catch (error) {
    await fs.rm(tmpPath, { force: true });
    throw error;
  }
  return { sha256: hash.digest('hex'), size };
}

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
