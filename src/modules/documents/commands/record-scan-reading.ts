/**
 * What text recognition made of a digitised scan, recorded by the OCR job (as
 * the system actor): the text and the proposed metadata, or why the scan could
 * not be read. Only a digitisation still waiting for OCR changes — one
 * confirmed by hand meanwhile keeps what the officer entered.
 */
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../documents.policy.ts';
import { findDigitisation, updateDigitisation } from '../documents.repo.ts';

export type ScanReading = Parameters<typeof updateDigitisation>[2];

export async function recordScanReading(ctx: Ctx, input: { digitisationId: string; reading: ScanReading }): Promise<boolean> {
  authorize(ctx.actor, 'scan.read', input.digitisationId);
  const current = await findDigitisation(ctx.tx, input.digitisationId, true);
  if (current?.status !== 'OCR_PENDING') return false;
  await updateDigitisation(ctx.tx, input.digitisationId, input.reading);
  return true;
}
