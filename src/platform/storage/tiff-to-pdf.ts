/**
 * A TIFF upload is stored as a PDF with one page per frame (why: normalise-image.ts).
 * Every frame is measured before any is decoded, so neither a frame of a
 * billion pixels nor ten thousand small frames get as far as the decoder.
 */
import fs from 'node:fs/promises';
import { imagesToPdf } from '../pdf/images-to-pdf.ts';
import { decodeOptions, readImageMetadata, refuseTooManyPixels } from './normalise-image.ts';
import { UploadRefusedError } from './upload-refused-error.ts';

// Without a page limit in the policy: a thick file of scans, yet far from an hour of CPU.
export const DEFAULT_MAX_TIFF_FRAMES = 300;

export async function tiffToPdf(
  inputPath: string,
  outputPath: string,
  limits: { maxPixels: number; maxPages?: number },
): Promise<{ pages: number }> {
  // The upload size limit bounds this buffer; sharp needs the bytes once per frame.
  const tiff = await fs.readFile(inputPath);
  const input = decodeOptions(limits.maxPixels);
  const meta = await readImageMetadata(tiff, input);
  const pages = meta.pages ?? 1;
  const maxPages = limits.maxPages ?? DEFAULT_MAX_TIFF_FRAMES;
  if (pages > maxPages) throw new UploadRefusedError('upload.tooManyPages', { pages, maxPages });
  for (let page = 0; page < pages; page++) {
    const frame = page === 0 ? meta : await readImageMetadata(tiff, { ...input, page });
    refuseTooManyPixels(frame.width * frame.height, limits.maxPixels);
  }
  let pdf: Buffer;
  try {
    pdf = await imagesToPdf([tiff], { maxPixels: limits.maxPixels });
  } catch {
    throw new UploadRefusedError('upload.imageCorrupt');
  }
  await fs.writeFile(outputPath, pdf, { flag: 'wx' });
  return { pages };
}

