/**
 * Turns what a scanner or a phone gives (PNG, JPEG, TIFF — multi-page TIFF included) into page
 * images tesseract reads well: upright, grey, about 300 dpi, with the resolution recorded in
 * the PNG so tesseract does not guess it (it falls back to 70 dpi and warns when it is absent).
 */
import sharp from 'sharp';
import { OcrError } from './ocr-error.ts';

const TARGET_DPI = 300;
/** Below this, small print loses its diacritics; tesseract's LSTM was trained near 300 dpi. */
const UPSCALE_BELOW_DPI = 250;
const MAX_UPSCALE = 3;
/** A4 at 600 dpi: beyond this, pixels only cost time. */
const MAX_LONG_SIDE = 7016;
/** Images come from scans of A4 pages (297 mm = 11.69 in) when they say nothing of their resolution. */
const A4_LONG_SIDE_INCHES = 11.69;

export interface PreparedPage {
  png: Buffer;
  dpi: number;
}

function effectiveDpi(width: number, height: number, declared: number | undefined): number {
  // 72 and 96 are what editors write by default, not what the scanner saw.
  if (declared && declared >= 100 && declared <= 1200) return declared;
  return Math.max(width, height) / A4_LONG_SIDE_INCHES;
}

async function preparePage(image: Buffer, page: number, pageNumber: number): Promise<PreparedPage> {
  try {
    const source = sharp(image, { page, failOn: 'error' });
    const meta = await source.metadata();
    // EXIF orientation swaps the sides of photos taken sideways.
    const swap = (meta.orientation ?? 1) >= 5;
    const width = swap ? meta.height : meta.width;
    const height = swap ? meta.width : meta.height;
    const dpi = effectiveDpi(width, height, meta.density);
    const upscale = dpi < UPSCALE_BELOW_DPI ? Math.min(TARGET_DPI / dpi, MAX_UPSCALE) : 1;
    const scale = Math.min(upscale, MAX_LONG_SIDE / Math.max(width, height));
    let pipeline = source.rotate().flatten({ background: '#ffffff' }).toColourspace('b-w');
    if (Math.abs(scale - 1) > 0.01) pipeline = pipeline.resize({ width: Math.round(width * scale), kernel: 'lanczos3' });
    const outDpi = Math.round(dpi * scale);
    // Fast compression: the PNG only travels to the OCR worker in memory.
    const png = await pipeline.png({ compressionLevel: 1 }).withDensity(outDpi).toBuffer();
    return { png, dpi: outDpi };
  } catch (err) {
    throw new OcrError('ocr.unreadableImage', { page: pageNumber }, err);
  }
}

/** `firstPageNumber` is the 1-based page number of the image's first page, for messages. */
export async function preparePageImages(image: Buffer, firstPageNumber = 1): Promise<PreparedPage[]> {
  let pages: number;
  try {
    pages = (await sharp(image).metadata()).pages ?? 1;
  } catch (err) {
    throw new OcrError('ocr.unreadableImage', { page: firstPageNumber }, err);
  }
  const prepared: PreparedPage[] = [];
  for (let p = 0; p < pages; p++) prepared.push(await preparePage(image, p, firstPageNumber + p));
  return prepared;
}
