/**
 * The heavy upload checks, run off the event loop in a process-wide pool of
 * worker threads (ADR 0020). A check that runs past its time limit or its memory
 * limit is refused with a 422 the sender can act on; a refusal raised inside the
 * worker (a corrupt PDF) comes back as the same UploadRefusedError.
 *
 * The pool is shared by every app in the process (a test process builds many):
 * `configureUploadChecks` sets its limits, at start-up.
 */
import type { FileKind } from '../storage/file-kind.ts';
import { UploadRefusedError } from '../storage/upload-refused-error.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { SignatureCheck, TrustList } from '../crypto/signing/index.ts';
import { TaskCrashedError, TaskFailedError, TaskTimeoutError, WorkerPool, type PoolLimits } from './worker-pool.ts';

export const DEFAULT_UPLOAD_CHECK_LIMITS: PoolLimits = Object.freeze({ size: 2, timeoutMs: 30_000, memoryMb: 512 });

const tasks = new URL('./upload-check-tasks.ts', import.meta.url);
let pool: WorkerPool | undefined;

/** Sets the pool's limits (replacing a pool with other limits) and starts its workers. */
export function configureUploadChecks(limits: PoolLimits): void {
  const current = pool?.limits;
  if (!current || current.size !== limits.size || current.timeoutMs !== limits.timeoutMs || current.memoryMb !== limits.memoryMb) {
    void pool?.close();
    pool = new WorkerPool(tasks, { ...limits });
  }
  pool?.warm();
}

/** Stops the workers (tests of the limits; a process that exits needs nothing). */
export async function closeUploadChecks(): Promise<void> {
  const old = pool;
  pool = undefined;
  await old?.close();
}

function thePool(): WorkerPool {
  pool ??= new WorkerPool(tasks, DEFAULT_UPLOAD_CHECK_LIMITS);
  return pool;
}

/** Runs one check task; exported for the tests of the limits. */
export async function runUploadCheck<T>(task: string, args: unknown[]): Promise<T> {
  const p = thePool();
  try {
    return await p.run<T>(task, args);
  } catch (error) {
    if (error instanceof TaskTimeoutError) throw new UploadRefusedError('upload.checkTimeout', { seconds: Math.round(error.timeoutMs / 1000) });
    if (error instanceof TaskCrashedError) throw new UploadRefusedError('upload.checkTooHeavy');
    if (error instanceof TaskFailedError && error.remote.key?.startsWith('upload.')) {
      const status = error.remote.status === 413 ? 413 : 422;
      throw new UploadRefusedError(error.remote.key as MessageKey, error.remote.params ?? {}, status);
    }
    throw error instanceof TaskFailedError ? Object.assign(new Error(error.remote.message), { name: error.remote.name }) : error;
  }
}

export const checkPdf = (filePath: string) => runUploadCheck<{ pages: number }>('pdf', [filePath]);
export const checkOffice = (filePath: string, size: number, kind: FileKind) => runUploadCheck<null>('office', [filePath, size, kind]);
export const tiffToPdfOffThread = (inputPath: string, outputPath: string, limits: { maxPixels: number; maxPages?: number }) =>
  runUploadCheck<{ pages: number }>('tiff', [inputPath, outputPath, limits]);
/** verifyPdfSignatures in a worker: the structured clone keeps the checks' dates as dates. */
export const verifyPdfOffThread = (pdf: Uint8Array, trust: TrustList, at: Date) =>
  runUploadCheck<SignatureCheck[]>('verifyPdf', [pdf, trust.anchors, at.toISOString()]);
