/**
 * Photos and scans are never stored as sent: they are decoded and re-encoded,
 * which applies the EXIF orientation (so the page is upright everywhere),
 * drops all metadata — GPS position, camera, owner, thumbnails, anything
 * smuggled in comments or after the image data — and proves the file decodes.
 * JPEG stays JPEG and PNG stays PNG. Only the resolution is carried over,
 * because the page size of a later PDF depends on it. Re-encoding a JPEG costs
 * a little quality (at quality 90, invisible on a document); the original
 * bytes are not kept, because they are what carries the metadata.
 *
 * TIFF becomes a PDF (one page per frame, see tiff-to-pdf.ts): browsers cannot
 * show TIFF, scanners write multi-page TIFFs that a PNG could not hold, and the
 * digitisation step signs PDFs.
 */
import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { UploadRefusedError } from './upload-refused-error.ts';

export interface NormalisedImage {
  width: number;
  height: number;
}

// High enough that re-encoding is invisible on a scanned page; 4:2:0 chroma as cameras do.
const JPEG_QUALITY = 90;
const JFIF_DEFAULT_DPI = 72;

export async function normaliseImage(
  inputPath: string,
  kind: 'jpeg' | 'png',
  outputPath: string,
  maxPixels: number,
): Promise<NormalisedImage> {
  const input = decodeOptions(maxPixels);
  const meta = await readImageMetadata(inputPath, input);
  refuseTooManyPixels(meta.width * meta.height, maxPixels);
  try {
    let image = sharp(inputPath, input).autoOrient();
    image = kind === 'jpeg' ? image.jpeg({ quality: JPEG_QUALITY }) : image.png();
    // PNG keeps its resolution (pHYs) by itself. JPEG would fall back to 72 dpi, so the scan's
    // resolution goes into a new EXIF block that holds nothing else (`withDensity` would keep
    // the camera's whole EXIF, GPS included). 72 is the JFIF default and says nothing.
    if (kind === 'jpeg' && meta.density !== undefined && meta.density !== JFIF_DEFAULT_DPI) {
      const dpi = `${Math.round(meta.density)}/1`;
      image = image.withExif({ IFD0: { XResolution: dpi, YResolution: dpi, ResolutionUnit: '2' } });
    }
    const info = await image.toFile(outputPath);
    return { width: info.width, height: info.height };
  } catch {
    throw new UploadRefusedError('upload.imageCorrupt');
  }
}

/** `failOn: 'error'` refuses truncated and broken data but tolerates the harmless warnings phone cameras trigger. */
export function decodeOptions(maxPixels: number): SharpOptions {
  return { failOn: 'error', limitInputPixels: maxPixels };
}

/** Reads the header only. The pixel limit is lifted here so that a bomb is reported as too
 *  large (by refuseTooManyPixels) rather than as broken; the decoder itself keeps the limit. */
export async function readImageMetadata(input: string | Buffer, options: SharpOptions): Promise<Metadata> {
  try {
    const meta = await sharp(input, { ...options, limitInputPixels: false }).metadata();
    if (!(meta.width > 0 && meta.height > 0)) throw new Error('no dimensions');
    return meta;
  } catch {
    throw new UploadRefusedError('upload.imageCorrupt');
  }
}

export function refuseTooManyPixels(pixels: number, maxPixels: number): void {
  if (pixels > maxPixels) {
    throw new UploadRefusedError('upload.imageTooManyPixels', {
      megapixels: Math.round(pixels / 1e4) / 100,
      maxMegapixels: Math.round(maxPixels / 1e4) / 100,
    });
  }
}
