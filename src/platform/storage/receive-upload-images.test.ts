// Images: re-encoded upright without metadata; broken ones and decompression bombs refused; TIFF → PDF.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multiPageTiff, phoneJpeg, pngClaiming, pngImage } from './test-fixtures/image-fixtures.ts';
import { createUploadHarness, type UploadHarness } from './test-fixtures/upload-harness.ts';
import { DEFAULT_UPLOAD_POLICY } from './upload-policy.ts';

let h: UploadHarness;
beforeAll(async () => {
  h = await createUploadHarness();
});
afterAll(async () => {
  await h.cleanup();
});

async function pixel(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return Array.from(data.subarray(at, at + 3));
}

describe('image uploads', () => {
  it('stores a phone JPEG upright, as JPEG, without GPS or camera data', async () => {
    const original = await phoneJpeg();
    const before = await sharp(original).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.toString('latin1')).toContain('PhoneMaker');

    const accepted = await h.upload(original, 'IMG_2024.jpeg');
    expect(accepted).toMatchObject({ kind: 'jpeg', contentType: 'image/jpeg', normalised: true, width: 20, height: 40, pages: 1 });
    expect(accepted.fileName).toBe('IMG_2024.jpeg');
    const stored = await h.store.read(accepted.sha256);
    expect(stored.equals(original)).toBe(false);

    const after = await sharp(stored).metadata();
    expect(after.format).toBe('jpeg');
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(after.orientation ?? 1).toBe(1);
    expect(after.density).toBe(200); // the resolution is the one thing carried over
    const exif = after.exif?.toString('latin1') ?? '';
    expect(exif).not.toContain('PhoneMaker');
    expect(exif).not.toContain('Camera X');
    // No GPS IFD pointer (tag 0x8825) in either byte order.
    expect(after.exif?.includes(Buffer.from([0x88, 0x25])) ?? false).toBe(false);
    expect(after.exif?.includes(Buffer.from([0x25, 0x88])) ?? false).toBe(false);
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();

    // Turned 90° clockwise: the stored image's left (red) is now on top, its right (blue) at the bottom.
    const top = await pixel(stored, 10, 2);
    const bottom = await pixel(stored, 10, 37);
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
    expect(bottom[0]).toBeLessThan(60);
  });

  it('drops whatever follows the image data (a zip hidden after a PNG)', async () => {
    const polyglot = Buffer.concat([await pngImage(), Buffer.from('PK\x03\x04 hidden payload')]);
    const accepted = await h.upload(polyglot, 'anh.png');
    expect(accepted.kind).toBe('png');
    expect((await h.store.read(accepted.sha256)).includes('hidden payload')).toBe(false);
  });

  it('refuses a broken image', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    const refused = await h.refusal(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), 'hong.jpg');
    expect(refused).toMatchObject({ status: 422, key: 'upload.imageCorrupt' });
    expect((await h.refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(100, 7)]), 'x.jpg')).key).toBe('upload.imageCorrupt');
  });

  it('refuses a decompression bomb from its header, before decoding', async () => {
    const bomb = await pngClaiming(100_000, 100_000);
    expect(bomb.length).toBeLessThan(1000);
    const started = performance.now();
    const refused = await h.refusal(bomb, 'bom.png');
    expect(refused).toMatchObject({ key: 'upload.imageTooManyPixels', params: { megapixels: 10_000_000 / 1e3, maxMegapixels: 50 } });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('honours a lower pixel limit in the policy', async () => {
    const refused = await h.refusal(await pngImage(100, 100), 'a.png', { ...DEFAULT_UPLOAD_POLICY, maxImagePixels: 9_999 });
    expect(refused.params).toEqual({ megapixels: 0.01, maxMegapixels: 0.01 });
    expect(refused.key).toBe('upload.imageTooManyPixels');
  });

  it('stores a multi-page TIFF as a PDF with one page per frame', async () => {
    const accepted = await h.upload(await multiPageTiff(3), 'Bản quét.tif');
    expect(accepted).toMatchObject({ kind: 'pdf', contentType: 'application/pdf', pages: 3, normalised: true, fileName: 'Bản quét.pdf' });
    const file = path.join(h.tmpDir, '..', 'check.pdf');
    await fs.writeFile(file, await h.store.read(accepted.sha256));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+3/);
    await fs.rm(file);
  });

  it('applies the page limit to TIFF frames', async () => {
    const refused = await h.refusal(await multiPageTiff(3), 'dai.tiff', { ...DEFAULT_UPLOAD_POLICY, maxPages: 2 });
    expect(refused).toMatchObject({ key: 'upload.tooManyPages', params: { pages: 3, maxPages: 2 } });
  });

  it('leaves no temporary files behind', async () => {
    expect((await h.leftovers()).tmp).toEqual([]);
  });
});
