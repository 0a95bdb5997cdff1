import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multiPageTiff, phoneJpeg, pngImage, twoColourRaw } from '../storage/test-fixtures/image-fixtures.ts';
import { imagesToPdf } from './images-to-pdf.ts';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-images-pdf-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function writePdf(name: string, pdf: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, pdf);
  return file;
}

/** Page sizes in points, from poppler's pdfinfo. */
function pageSizes(file: string): [number, number][] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('imagesToPdf', () => {
  it('makes one page per image, sized from pixels and resolution (own density, else 300 dpi)', async () => {
    const at150 = await (await twoColourRaw(300, 450)).withMetadata({ density: 150 }).png().toBuffer();
    const noDensity = await pngImage(600, 300); // sharp writes no pHYs without withMetadata → 300 dpi
    const file = await writePdf('sizes.pdf', await imagesToPdf([at150, noDensity], { title: 'Bản quét hồ sơ' }));
    expect(pageSizes(file)).toEqual([
      [144, 216], // 300×450 px at 150 dpi = 2×3 in
      [144, 72], // 600×300 px at 300 dpi
    ]);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Title:\s+Bản quét hồ sơ/);
  });

  it('uses the dpi option over the images’ own density', async () => {
    const at150 = await (await twoColourRaw(300, 450)).withMetadata({ density: 150 }).png().toBuffer();
    const file = await writePdf('dpi.pdf', await imagesToPdf([at150], { dpi: 75 }));
    expect(pageSizes(file)).toEqual([[288, 432]]);
  });

  it('embeds a JPEG byte for byte, on a page turned by its EXIF orientation', async () => {
    const jpeg = await phoneJpeg(); // stored 40×20, orientation 6, 200 dpi
    const file = await writePdf('jpeg.pdf', await imagesToPdf([jpeg]));
    expect(pageSizes(file)).toEqual([[7.2, 14.4]]); // portrait: 20×40 px at 200 dpi = 0.1×0.2 in
    execFileSync('pdfimages', ['-j', file, path.join(dir, 'extracted')]);
    expect((await fs.readFile(path.join(dir, 'extracted-000.jpg'))).equals(jpeg)).toBe(true);
    // The rendered page is upright: red (the image's left) on top, blue at the bottom.
    execFileSync('pdftoppm', ['-png', '-r', '400', '-singlefile', file, path.join(dir, 'render')]);
    const { data, info } = await sharp(path.join(dir, 'render.png')).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3));
    expect(at(10, 5)[0]).toBeGreaterThan(200);
    expect(at(10, 5)[2]).toBeLessThan(60);
    expect(at(10, info.height - 5)[2]).toBeGreaterThan(200);
    expect(at(10, info.height - 5)[0]).toBeLessThan(60);
  });

  it('turns each frame of a multi-page TIFF into a page', async () => {
    const file = await writePdf('tiff.pdf', await imagesToPdf([await multiPageTiff(3, 60, 90, 150)]));
    expect(pageSizes(file)).toEqual([
      [28.8, 43.2],
      [28.8, 43.2],
      [28.8, 43.2],
    ]);
    // pdfimages -list: one row per image, "page num type width height color ..." after two header lines.
    const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.map((r) => r.trim().split(/\s+/).slice(0, 6))).toEqual([
      ['1', '0', 'image', '60', '90', 'rgb'],
      ['2', '1', 'image', '60', '90', 'rgb'],
      ['3', '2', 'image', '60', '90', 'rgb'],
    ]);
  });

  it('writes a classic xref that @signpdf/placeholder-plain can extend for a signature', async () => {
    const pdf = await imagesToPdf([await pngImage(100, 100)]);
    expect(pdf.includes('/Type /XRef')).toBe(false);
    expect(pdf.toString('latin1')).toMatch(/\nxref\n0 \d+\n/);
    const withPlaceholder = plainAddPlaceholder({ pdfBuffer: pdf, reason: 'Số hóa', contactInfo: '', name: 'Cán bộ', location: 'Hà Nội' });
    expect(withPlaceholder.length).toBeGreaterThan(pdf.length);
    expect(withPlaceholder.toString('latin1')).toMatch(/\/ByteRange \[0 \/\*+/);
    const file = await writePdf('placeholder.pdf', withPlaceholder);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1/);
  });

  it('refuses an empty list', async () => {
    await expect(imagesToPdf([])).rejects.toThrow(/at least one image/);
  });
});
