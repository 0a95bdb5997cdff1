/**
 * The one way bytes enter motcua: through the upload checks (or, for files
 * motcua makes itself — signed scans, e-results — straight from memory) into
 * the content-addressed FileStore, with a `stored_files` row saying what they
 * are. Rows are inserted only after the bytes are safely stored, so a row never
 * points at nothing; storing the same content twice is a no-op.
 */
import type { Readable } from 'node:stream';
import type { Executor } from '../../platform/db/database.ts';
import type { AcceptedFile, FileKind, FileStore, UploadPolicy } from '../../platform/storage/index.ts';
import { receiveUpload } from '../../platform/storage/index.ts';
import { recordStoredFile, findStoredFile } from './documents.repo.ts';

export interface StoredRef {
  sha256: string;
  size: number;
  kind: string;
  contentType: string;
  pages: number | null;
}

export class FileService {
  readonly store: FileStore;
  readonly #db: Executor;
  readonly #tmpDir: string;

  constructor(db: Executor, store: FileStore, tmpDir: string) {
    this.#db = db;
    this.store = store;
    this.#tmpDir = tmpDir;
  }

  /** Streams an upload through the safety checks into storage; refusals throw UploadRefusedError (4xx). */
  async receive(stream: Readable, fileName: string, policy: UploadPolicy): Promise<AcceptedFile> {
    const accepted = await receiveUpload({ stream, fileName }, policy, this.store, this.#tmpDir);
    await recordStoredFile(this.#db, { sha256: accepted.sha256, size: accepted.size, kind: accepted.kind, contentType: accepted.contentType, pages: accepted.pages });
    return accepted;
  }

  /** Stores a file motcua produced itself (a signed scan, an e-result). */
  async storeBytes(bytes: Buffer, kind: FileKind, contentType: string, pages: number | null = null): Promise<StoredRef> {
    const { sha256, size } = await this.store.put(bytes, contentType);
    const ref = { sha256, size, kind, contentType, pages };
    await recordStoredFile(this.#db, ref);
    return ref;
  }

  read(sha256: string): Promise<Buffer> {
    return this.store.read(sha256);
  }

  open(sha256: string): Promise<Readable> {
    return this.store.open(sha256);
  }

  describe(sha256: string, db: Executor = this.#db): Promise<StoredRef | undefined> {
    return findStoredFile(db, sha256);
  }
}
