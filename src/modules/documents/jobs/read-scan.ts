/**
 * Text recognition of a digitised scan, as a job after the digitisation
 * committed: OCR the pages as they were scanned, propose the basic metadata,
 * and leave it for the officer to confirm. If the scan cannot be read, the
 * digitisation says why and waits for the metadata to be typed in — a failed
 * OCR never blocks the dossier.
 */
import { z } from 'zod';
import { createCommandRunner } from '../../../platform/commands/command-runner.ts';
import { AppError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { defineJob, type RegisteredJob } from '../../../platform/jobs/job-runner.ts';
import { pageImagesFromPdf, type OcrEngine } from '../../../platform/ocr/index.ts';
import type { AuditLog } from '../../audit/index.ts';
import { foldVietnamese } from '../../catalog/index.ts';
import { systemActor } from '../../identity/index.ts';
import { recordScanReading, type ScanReading } from '../commands/record-scan-reading.ts';
import { extractMetadata } from '../digitisation/extract-metadata.ts';
import type { FileService } from '../file-service.ts';
import { findDigitisation } from '../documents.repo.ts';

const EventPayload = z.object({ event: z.object({ payload: z.object({ digitisationId: z.uuid() }) }) });

export function readScanJob(deps: { files: FileService; ocr: OcrEngine; audit: AuditLog }): RegisteredJob {
  return defineJob({
    name: 'documents.read-scan',
    subscribes: ['digitisation.created'],
    payload: EventPayload,
    maxAttempts: 3,
    timeoutMs: 5 * 60_000,
    async run(payload, { db, clock, logger }) {
      const id = payload.event.payload.digitisationId;
      const row = await findDigitisation(db, id);
      if (!row || row.status !== 'OCR_PENDING') return; // confirmed by hand meanwhile, or already read
      const stored = await deps.files.describe(row.sourceSha256);
      const bytes = await deps.files.read(row.sourceSha256);
      let outcome: ScanReading;
      try {
        const images = stored?.kind === 'pdf' ? await pageImagesFromPdf(bytes) : [bytes];
        const ocr = await deps.ocr.recognise(images);
        outcome = {
          status: 'AWAITING_CONFIRMATION',
          ocrText: ocr.text,
          ocrFolded: foldVietnamese(ocr.text),
          ocrConfidence: Math.round(ocr.confidence),
          ocrFailure: null,
          proposal: { ...extractMetadata(ocr.text) },
        };
      } catch (err) {
        // Unreadable content is an answer, not a reason to retry; anything else is retried by the runner.
        if (!(err instanceof AppError)) throw err;
        logger.warn({ digitisationId: id, reason: err.key }, 'scan could not be read');
        outcome = { status: 'OCR_FAILED', ocrFailure: t('vi', err.key, err.params) };
      }
      await createCommandRunner({ db, clock, audit: deps.audit }).run({ actor: systemActor }, (ctx) => recordScanReading(ctx, { digitisationId: id, reading: outcome }));
    },
  });
}
