// Page images made ready for tesseract, and refusals of what is not an image — all before any
// OCR worker starts.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createOcrEngine, combineConfidence } from './ocr-engine.ts';
import { OcrError } from './ocr-error.ts';
import { preparePageImages } from './prepare-page-image.ts';
import { languageData } from './tesseract-language-data.ts';

const page = (width: number, height: number, density?: number) => {
  const s = sharp({ create: { width, height, channels: 3, background: '#f4f0e8' } });
  return (density ? s.withDensity(density) : s).png().toBuffer();
};

describe('preparePageImages', () => {
  it('keeps a 300 dpi A4 scan at its size, grey, with its resolution recorded', async () => {
    const [prepared, ...rest] = await preparePageImages(await page(2480, 3508, 300));
    expect(rest).toEqual([]);
    const meta = await sharp(prepared!.png).metadata();
    expect([meta.width, meta.height, meta.channels, meta.format]).toEqual([2480, 3508, 1, 'png']);
    expect(prepared!.dpi).toBe(300);
    expect(Math.round(meta.density!)).toBe(300);
  });

  it('upscales a low-resolution scan towards 300 dpi', async () => {
    // A4 at 100 dpi, with the resolution unstated (72 dpi in the file): judged from its size.
    const [prepared] = await preparePageImages(await page(827, 1169));
    const meta = await sharp(prepared!.png).metadata();
    expect(meta.width).toBe(2481);
    expect(prepared!.dpi).toBeGreaterThanOrEqual(295);
    expect(prepared!.dpi).toBeLessThanOrEqual(305);
  });

  it('turns a photo upright from its EXIF orientation', async () => {
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#fff' } }).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const [prepared] = await preparePageImages(photo);
    const meta = await sharp(prepared!.png).metadata();
    expect(meta.height! > meta.width!).toBe(true);
  });

  it('gives every page of a multi-page TIFF, numbering them on from the given page', async () => {
    const frames = [await page(600, 800, 300), await page(600, 800, 300)];
    const tiff = await sharp(frames, { join: { animated: true } }).tiff().toBuffer();
    expect((await sharp(tiff).metadata()).pages).toBe(2);
    expect(await preparePageImages(tiff, 3)).toHaveLength(2);
  });

  it('refuses what is not an image with the page number', async () => {
    const refused = preparePageImages(Buffer.from('không phải ảnh — not an image'), 4);
    await expect(refused).rejects.toBeInstanceOf(OcrError);
    await expect(refused).rejects.toMatchObject({ key: 'ocr.unreadableImage', params: { page: 4 }, status: 422 });
    const truncated = (await page(400, 400)).subarray(0, 200);
    await expect(preparePageImages(truncated)).rejects.toMatchObject({ key: 'ocr.unreadableImage' });
  });
});

describe('the OCR engine around tesseract', () => {
  it('refuses a garbage page before any worker starts, naming the page', async () => {
    const engine = createOcrEngine();
    const good = await page(600, 800, 300);
    await expect(engine.recognise([good, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01])])).rejects.toMatchObject({
      key: 'ocr.unreadableImage',
      params: { page: 2 },
    });
    await engine.close();
  });

  it('answers an empty list without starting anything', async () => {
    const engine = createOcrEngine();
    const result = await engine.recognise([]);
    expect(result).toMatchObject({ pages: [], text: '', confidence: 0 });
    await engine.close();
  });

  it('weights page confidences by their words', () => {
    expect(combineConfidence([{ text: 'một hai ba bốn', confidence: 90 }, { text: 'x', confidence: 40 }])).toBe(80);
    expect(combineConfidence([{ text: '  ', confidence: 50 }])).toBe(0);
  });

  it('reads trained data from the local npm package and never from a URL', () => {
    const data = languageData('vie');
    expect(data.langPath).toMatch(/node_modules\/@tesseract\.js-data\/vie\/4\.0\.0_best_int$/);
    expect(data.langPath.startsWith('/')).toBe(true);
    expect(data.gzip).toBe(true);
    // A language without its package is refused here instead of being fetched by tesseract.js.
    expect(() => createOcrEngine({ languages: 'khm' })).toThrow(/@tesseract\.js-data\/khm/);
    expect(() => languageData('vie+eng')).toThrow(/several languages/);
  });
});
