// The pool of upload-check workers: a task past its time limit or its memory limit is refused with an
// upload message (the worker is ended and replaced), and the pool keeps working afterwards.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UploadRefusedError } from '../storage/upload-refused-error.ts';
import { closeUploadChecks, configureUploadChecks, DEFAULT_UPLOAD_CHECK_LIMITS, runUploadCheck } from './upload-checks.ts';

describe('upload-check worker pool', () => {
  afterAll(async () => {
    // Back to the defaults for whatever runs next in this worker process.
    await closeUploadChecks();
    configureUploadChecks(DEFAULT_UPLOAD_CHECK_LIMITS);
  });

  it('time limit: the task is ended and refused as upload.checkTimeout; the next task runs', async () => {
    configureUploadChecks({ size: 1, timeoutMs: 1500, memoryMb: 256 });
    const started = Date.now();
    const error = await runUploadCheck('spin', [60_000]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadRefusedError);
    expect(error).toMatchObject({ status: 422, key: 'upload.checkTimeout', params: { seconds: 2 } });
    // The limit counts from when a worker takes the task, not while it loads (seconds on a busy machine).
    expect(Date.now() - started).toBeLessThan(90_000);
    await expect(runUploadCheck('spin', [10])).resolves.toBeTypeOf('number');
  }, 180_000);

  it('memory limit: a task that eats memory is refused as upload.checkTooHeavy, not the process', async () => {
    configureUploadChecks({ size: 1, timeoutMs: 60_000, memoryMb: 64 });
    const error = await runUploadCheck('hog', []).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, key: 'upload.checkTooHeavy' });
    await expect(runUploadCheck('spin', [10])).resolves.toBeTypeOf('number');
  }, 180_000);

  it('a refusal raised inside the worker comes back as the same UploadRefusedError', async () => {
    configureUploadChecks({ size: 1, timeoutMs: 30_000, memoryMb: 256 });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-pool-'));
    try {
      const file = path.join(dir, 'hong.pdf');
      await fs.writeFile(file, '%PDF-1.7\nthis is not a PDF body\n%%EOF\n');
      const error = await runUploadCheck('pdf', [file]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadRefusedError);
      expect(error).toMatchObject({ status: 422, key: 'upload.pdfCorrupt' });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
