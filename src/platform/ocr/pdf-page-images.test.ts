// Page images out of scanned PDFs, made here the way scanners and pdfkit store them: JPEG as
// DCTDecode, PNG as FlateDecode with the PNG predictor (or as raw pixels when pdfkit splits an
// alpha channel off), grey and colour; pages turned with /Rotate; pages with no scan.
import { degrees, PDFDocument as PdfLibDocument } from 'pdf-lib';
import PDFDocument from 'pdfkit';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { OcrError } from './ocr-error.ts';
import { pageImagesFromPdf } from './pdf-page-images.ts';

const W = 240;
const H = 160;

/** A picture whose every pixel differs from its neighbours, so any mix-up shows. */
function pattern(channels: 1 | 3 | 4, seed = 0): Buffer {
  const px = Buffer.alloc(W * H * channels);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      for (let c = 0; c < channels; c++) px[(y * W + x) * channels + c] = c === 3 ? 255 - ((x + y) % 7) : (x * 3 + y * 5 + c * 70 + seed) % 256;
    }
  }
  return px;
}
const raw = (channels: 1 | 3 | 4, seed = 0) => {
  const s = sharp(pattern(channels, seed), { raw: { width: W, height: H, channels } });
  return channels === 1 ? s.toColourspace('b-w') : s; // else sharp writes grey as RGB
};
const pixels = async (image: Buffer | Sharp, channels: 1 | 3 = 3) => {
  const s = Buffer.isBuffer(image) ? sharp(image) : image;
  return (channels === 1 ? s.toColourspace('b-w') : s.removeAlpha().toColourspace('srgb')).raw().toBuffer();
};

type PageContent = { images: { data: Buffer; width: number }[] } | 'text only';

async function pdfOf(pages: PageContent[], options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const page of pages) {
    doc.addPage();
    if (page === 'text only') doc.text('A born-digital page: its text is in the PDF, there is no scan.', 50, 50);
    else page.images.forEach(({ data, width }, i) => doc.image(data, 20 + i * 10, 20 + i * 10, { width }));
  }
  doc.end();
  return done;
}
const scanned = (data: Buffer): PageContent => ({ images: [{ data, width: 500 }] });

describe('pageImagesFromPdf', () => {
  it('gives a JPEG page image back byte for byte (DCTDecode is a JPEG file)', async () => {
    const jpeg = await raw(3).jpeg({ quality: 90 }).toBuffer();
    const [image, ...rest] = await pageImagesFromPdf(await pdfOf([scanned(jpeg)]));
    expect(rest).toEqual([]);
    expect(image!.equals(jpeg)).toBe(true);
  });

  it('rebuilds colour and grey PNG page images (FlateDecode with the PNG predictor) pixel for pixel', async () => {
    const rgb = await raw(3).png().toBuffer();
    const grey = await raw(1).png().toBuffer();
    const images = await pageImagesFromPdf(await pdfOf([scanned(rgb), scanned(grey)]));
    expect(images).toHaveLength(2);
    expect((await sharp(images[0]!).metadata()).format).toBe('png');
    expect((await pixels(images[0]!)).equals(pattern(3))).toBe(true);
    expect((await sharp(images[1]!).metadata()).channels).toBe(1);
    expect((await pixels(images[1]!, 1)).equals(pattern(1))).toBe(true);
  });

  it('reads raw FlateDecode pixels (a PNG with alpha, which pdfkit stores unpredicted)', async () => {
    const withAlpha = await raw(4).png().toBuffer();
    const [image] = await pageImagesFromPdf(await pdfOf([scanned(withAlpha)]));
    expect((await pixels(image!)).equals(await pixels(raw(4)))).toBe(true);
  });

  it('keeps page order, skips pages without a scan or with an encoding it does not decode, and takes the largest image of a page', async () => {
    const first = await raw(3, 1).png().toBuffer();
    const last = await raw(3, 2).jpeg().toBuffer();
    const palette = await raw(3, 3).png({ palette: true, colours: 16 }).toBuffer(); // Indexed colour space
    const logo = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#c00' } }).png().toBuffer();
    const pdf = await pdfOf([
      { images: [{ data: logo, width: 60 }, { data: first, width: 500 }] },
      'text only',
      scanned(palette),
      scanned(last),
    ]);
    const images = await pageImagesFromPdf(pdf);
    expect(images).toHaveLength(2);
    expect((await pixels(images[0]!)).equals(pattern(3, 1))).toBe(true);
    expect(images[1]!.equals(last)).toBe(true);
  });

  it('turns the image of a page rotated with /Rotate upright', async () => {
    const png = await raw(3).png().toBuffer();
    const doc = await PdfLibDocument.load(await pdfOf([scanned(png)]));
    doc.getPage(0).setRotation(degrees(90));
    const [image] = await pageImagesFromPdf(Buffer.from(await doc.save()));
    const meta = await sharp(image!).metadata();
    expect([meta.width, meta.height]).toEqual([H, W]);
    expect((await pixels(image!)).equals(await pixels(raw(3).rotate(90)))).toBe(true);
  });

  it('returns nothing for a PDF with no scanned page', async () => {
    expect(await pageImagesFromPdf(await pdfOf(['text only']))).toEqual([]);
  });

  it('refuses a damaged or encrypted PDF with the OCR message', async () => {
    const damaged = pageImagesFromPdf(Buffer.from('%PDF-1.7\nthis is not a PDF at all'));
    await expect(damaged).rejects.toBeInstanceOf(OcrError);
    await expect(damaged).rejects.toMatchObject({ key: 'ocr.unreadablePdf', status: 422 });
    const encrypted = await pdfOf([scanned(await raw(3).png().toBuffer())], { userPassword: 'secret', ownerPassword: 'owner' });
    await expect(pageImagesFromPdf(encrypted)).rejects.toMatchObject({ key: 'ocr.unreadablePdf' });
  });
});
