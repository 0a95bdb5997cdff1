/** A local store and temp folder for upload tests, with helpers to send bytes and catch refusals. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { FileStore } from '../file-store.ts';
import { createLocalFileStore } from '../local-file-store.ts';
import { receiveUpload } from '../receive-upload.ts';
import { DEFAULT_UPLOAD_POLICY, type AcceptedFile, type UploadPolicy } from '../upload-policy.ts';
import { UploadRefusedError } from '../upload-refused-error.ts';

export interface UploadHarness {
  tmpDir: string;
  store: FileStore;
  upload(bytes: Buffer, fileName: string, policy?: UploadPolicy): Promise<AcceptedFile>;
  /** The refusal an upload ends in; fails the test if it was accepted or failed otherwise. */
  refusal(bytes: Buffer, fileName: string, policy?: UploadPolicy): Promise<UploadRefusedError>;
  /** Files left in the temp folder and in the store. */
  leftovers(): Promise<{ tmp: string[]; stored: string[] }>;
  cleanup(): Promise<void>;
}

export async function createUploadHarness(): Promise<UploadHarness> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-upload-'));
  const tmpDir = path.join(root, 'tmp');
  const storeDir = path.join(root, 'files');
  await fs.mkdir(tmpDir);
  const store = createLocalFileStore(storeDir);
  const upload = (bytes: Buffer, fileName: string, policy: UploadPolicy = DEFAULT_UPLOAD_POLICY) =>
    // Several chunks, as a network stream would deliver them.
    receiveUpload({ stream: Readable.from(chunks(bytes, 16 * 1024)), fileName }, policy, store, tmpDir);
  return {
    tmpDir,
    store,
    upload,
    async refusal(bytes, fileName, policy) {
      try {
        const accepted = await upload(bytes, fileName, policy);
        throw new Error(`expected a refusal, but the upload was accepted as ${accepted.kind}`);
      } catch (error) {
        if (error instanceof UploadRefusedError) return error;
        throw error;
      }
    },
    async leftovers() {
      return { tmp: await filesUnder(tmpDir), stored: await filesUnder(storeDir) };
    },
    cleanup: () => fs.rm(root, { recursive: true, force: true }),
  };
}

function* chunks(bytes: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
}
