/**
 * Scanned or photographed pages → one PDF, one page per image (per frame for a
 * multi-page TIFF), each page exactly the size of its image at its resolution,
 * so printing gives the paper back at its real size.
 *
 * JPEG goes in as it came (DCT, no recompression: no quality loss, and pdfkit
 * honours its EXIF orientation); everything else is decoded once and embedded
 * as 8-bit PNG on white. pdfkit writes a classic xref table, which
 * `@signpdf/placeholder-plain` needs to append a signature incrementally.
 */
import PDFDocument from 'pdfkit';
import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { pdfBuffer } from './pdf-document.ts';

export interface ImagesToPdfOptions {
  /** Resolution of every image; default: each image's own, if plausible, else 300. */
  dpi?: number;
  title?: string;
  /** Per-image decoded size limit against decompression bombs; sharp's default (≈ 268 MP) if absent. */
  maxPixels?: number;
}

// Scanners work at 150–600 dpi, 300 by default. Cameras and screenshots record 72 or 96 dpi,
// which is no resolution at all: a 4000-pixel photo would become a page 1.4 m wide.
const DEFAULT_DPI = 300;
const PLAUSIBLE_DPI = { min: 100, max: 2400 } as const;
const POINTS_PER_INCH = 72;

interface PageImage {
  data: Buffer;
  widthPt: number;
  heightPt: number;
}

export async function imagesToPdf(pages: Buffer[], opts: ImagesToPdfOptions = {}): Promise<Buffer> {
  if (pages.length === 0) throw new Error('imagesToPdf needs at least one image');
  const images: PageImage[] = [];
  for (const page of pages) images.push(...(await pageImages(page, opts)));

  const doc = new PDFDocument({
    autoFirstPage: false,
    lang: 'vi-VN',
    displayTitle: opts.title !== undefined,
    info: { ...(opts.title !== undefined ? { Title: opts.title } : {}), Creator: 'motcua', Producer: 'motcua (PDFKit)' },
  });
  for (const image of images) {
    doc.addPage({ size: [image.widthPt, image.heightPt], margin: 0 });
    doc.image(image.data, 0, 0, { width: image.widthPt, height: image.heightPt });
  }
  return pdfBuffer(doc);
}

async function pageImages(image: Buffer, opts: ImagesToPdfOptions): Promise<PageImage[]> {
  const input: SharpOptions = { failOn: 'error', ...(opts.maxPixels ? { limitInputPixels: opts.maxPixels } : {}) };
  const meta = await sharp(image, input).metadata();
  if (meta.format === 'jpeg') {
    // Displayed size: pdfkit turns the page content by the EXIF orientation, so the page must turn too.
    return [sized(image, meta.autoOrient.width, meta.autoOrient.height, dpiOf(meta, opts))];
  }
  const frames: PageImage[] = [];
  for (let page = 0; page < (meta.pages ?? 1); page++) {
    const frame = sharp(image, { ...input, page });
    const frameMeta = await frame.metadata();
    const { data, info } = await frame
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .toColourspace(frameMeta.channels <= 2 ? 'b-w' : 'srgb')
      .png()
      .toBuffer({ resolveWithObject: true });
    frames.push(sized(data, info.width, info.height, dpiOf(frameMeta, opts)));
  }
  return frames;
}

function sized(data: Buffer, widthPx: number, heightPx: number, dpi: number): PageImage {
  return { data, widthPt: (widthPx / dpi) * POINTS_PER_INCH, heightPt: (heightPx / dpi) * POINTS_PER_INCH };
}

function dpiOf(meta: Metadata, opts: ImagesToPdfOptions): number {
  if (opts.dpi !== undefined) return opts.dpi;
  const own = meta.density;
  return own !== undefined && own >= PLAUSIBLE_DPI.min && own <= PLAUSIBLE_DPI.max ? own : DEFAULT_DPI;
}
