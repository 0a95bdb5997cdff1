/**
 * FileStore on an S3-compatible object store, one object per content hash
 * (`<prefix><sha256>`, the hash also in the object's metadata so the bucket is
 * self-describing). Uploads stream through `@aws-sdk/lib-storage` (multipart
 * above 5 MB; only one part at a time in memory). "Never overwrite" is asked of
 * the server with `If-None-Match: *`; servers that ignore it (older MinIO,
 * s3rver) are covered by the HeadObject done first — and since keys are content
 * hashes, the one race left can only write identical bytes.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { sha256Hex } from '../crypto/hashing.ts';
import { assertRangeShape, assertSha256, type ByteRange, type FileStore } from './file-store.ts';
import { verifyFile } from './hash-file.ts';
import { RangeNotSatisfiableError, StoredFileNotFoundError } from './storage-errors.ts';

export interface S3FileStoreOptions {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle?: boolean;
  /** Key prefix, e.g. `files/`; lets one bucket serve several purposes or provinces. */
  prefix?: string;
}

export function createS3FileStore(o: S3FileStoreOptions): FileStore {
  const client = new S3Client({
    ...(o.endpoint ? { endpoint: o.endpoint } : {}),
    region: o.region,
    forcePathStyle: o.forcePathStyle ?? false,
    credentials: { accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey },
  });
  const prefix = o.prefix ?? '';

  function keyOf(sha256: string): string {
    assertSha256(sha256);
    return `${prefix}${sha256}`;
  }

  async function has(sha256: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket: o.bucket, Key: keyOf(sha256) }));
      return true;
    } catch (error) {
      if (httpStatus(error) === 404) return false;
      throw error;
    }
  }

  /** A refused conditional write means the object is already there: our goal is reached. */
  async function ignoringExisting(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      const status = httpStatus(error);
      // 412: If-None-Match failed; 409: a concurrent conditional write of the same key won.
      if (status !== 412 && status !== 409) throw error;
    }
  }

  async function getObject(sha256: string, range?: ByteRange): Promise<Readable> {
    try {
      const reply = await client.send(
        new GetObjectCommand({
          Bucket: o.bucket,
          Key: keyOf(sha256),
          ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
        }),
      );
      if (!(reply.Body instanceof Readable)) throw new Error('S3 reply body is not a Node.js stream');
      return reply.Body;
    } catch (error) {
      const status = httpStatus(error);
      if (status === 404) throw new StoredFileNotFoundError(sha256);
      if (status === 416 && range) throw new RangeNotSatisfiableError(await objectSize(sha256));
      throw error;
    }
  }

  async function objectSize(sha256: string): Promise<number> {
    const head = await client.send(new HeadObjectCommand({ Bucket: o.bucket, Key: keyOf(sha256) }));
    return head.ContentLength ?? 0;
  }

  return {
    kind: 's3',
    has,

    async putFile(localPath, sha256, size, contentType) {
      const Key = keyOf(sha256);
      // Checked before the upload, not after: a wrong hash must never become an object name.
      await verifyFile(localPath, sha256, size);
      if (await has(sha256)) return;
      await ignoringExisting(() =>
        new Upload({
          client,
          params: {
            Bucket: o.bucket,
            Key,
            Body: createReadStream(localPath),
            ContentLength: size,
            ContentType: contentType,
            Metadata: { sha256 },
            IfNoneMatch: '*',
          },
        }).done(),
      );
    },

    async put(bytes, contentType) {
      const sha256 = sha256Hex(bytes);
      const result = { sha256, size: bytes.length };
      if (await has(sha256)) return result;
      await ignoringExisting(() =>
        client.send(
          new PutObjectCommand({
            Bucket: o.bucket,
            Key: keyOf(sha256),
            Body: bytes,
            ContentLength: bytes.length,
            ContentType: contentType,
            Metadata: { sha256 },
            IfNoneMatch: '*',
          }),
        ),
      );
      return result;
    },

    async open(sha256, range) {
      if (range) assertRangeShape(range);
      return getObject(sha256, range);
    },

    async read(sha256) {
      const chunks: Buffer[] = [];
      for await (const chunk of await getObject(sha256)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

function httpStatus(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}
