// The upload door in general: size limit, empty files, type from content, names, what reaches storage.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { receiveUpload } from './receive-upload.ts';
import { plainPdf } from './test-fixtures/pdf-fixtures.ts';
import { pngImage } from './test-fixtures/image-fixtures.ts';
import { createUploadHarness, type UploadHarness } from './test-fixtures/upload-harness.ts';
import { docxLike } from './test-fixtures/zip-writer.ts';
import { DEFAULT_UPLOAD_POLICY } from './upload-policy.ts';
import { UploadRefusedError } from './upload-refused-error.ts';

let h: UploadHarness;
beforeEach(async () => {
  h = await createUploadHarness();
});
afterEach(async () => {
  await h.cleanup();
});

describe('receiveUpload', () => {
  it('accepts a PDF as sent: hash of the bytes received, pages counted, stored', async () => {
    const pdf = await plainPdf(3);
    const accepted = await h.upload(pdf, 'Tờ khai đăng ký khai sinh.pdf');
    expect(accepted).toEqual({
      sha256: createHash('sha256').update(pdf).digest('hex'),
      size: pdf.length,
      kind: 'pdf',
      contentType: 'application/pdf',
      fileName: 'Tờ khai đăng ký khai sinh.pdf',
      pages: 3,
      normalised: false,
    });
    expect((await h.store.read(accepted.sha256)).equals(pdf)).toBe(true);
    expect((await h.leftovers()).tmp).toEqual([]);
  });

  it('goes by the content, not the name: a PNG called .pdf is stored as a PNG named .png', async () => {
    const accepted = await h.upload(await pngImage(), 'ảnh chụp CCCD.pdf');
    expect(accepted).toMatchObject({ kind: 'png', contentType: 'image/png', fileName: 'ảnh chụp CCCD.png', width: 40, height: 20 });
    expect(await h.store.has(accepted.sha256)).toBe(true);
  });

  it('gives a name without an extension the right one and strips folders and control characters', async () => {
    const accepted = await h.upload(await plainPdf(), '..\\..\\C:\\Users\\an\\Giấy\u202Etxt.exe\r\n');
    expect(accepted.fileName).toBe('Giấytxt.pdf');
  });

  it('refuses an empty file (422) and stores nothing', async () => {
    const refused = await h.refusal(Buffer.alloc(0), 'trống.pdf');
    expect(refused).toMatchObject({ status: 422, key: 'upload.empty' });
    expect(await h.leftovers()).toEqual({ tmp: [], stored: [] });
  });

  it('refuses an unknown type, naming the allowed ones in Vietnamese', async () => {
    const refused = await h.refusal(Buffer.from('<html><script>alert(1)</script></html>'), 'đơn.pdf');
    expect(refused.key).toBe('upload.typeUnknown');
    expect(t('vi', refused.key, refused.params)).toBe(
      'Không nhận diện được loại tệp từ nội dung. Chỉ chấp nhận các định dạng: PDF, JPEG, PNG, TIFF.',
    );
    expect(t('en', refused.key, refused.params)).toMatch(/Accepted formats: PDF, JPEG, PNG, TIFF\.$/);
    expect(await h.leftovers()).toEqual({ tmp: [], stored: [] });
  });

  it('refuses a known type the policy does not allow', async () => {
    const refused = await h.refusal(docxLike(), 'tờ trình.docx');
    expect(refused).toMatchObject({ status: 422, key: 'upload.typeNotAllowed', params: { kind: 'DOCX' } });
    expect(t('vi', refused.key, refused.params)).toContain('Tệp có định dạng DOCX, không được chấp nhận ở đây.');
  });

  it('applies the policy page limit', async () => {
    const refused = await h.refusal(await plainPdf(3), 'dài.pdf', { ...DEFAULT_UPLOAD_POLICY, maxPages: 2 });
    expect(refused).toMatchObject({ key: 'upload.tooManyPages', params: { pages: 3, maxPages: 2 } });
  });

  it('stops a 60 MB stream soon after the 20 MB limit: 413, nothing kept, never buffered', async () => {
    let produced = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x25);
    async function* sixtyMegabytes() {
      for (let i = 0; i < (60 * 1024 * 1024) / chunk.length; i++) {
        produced += chunk.length;
        yield chunk;
      }
    }
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const source = Readable.from(sixtyMegabytes());
    const error = await receiveUpload({ stream: source, fileName: 'to.pdf' }, DEFAULT_UPLOAD_POLICY, h.store, h.tmpDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadRefusedError);
    expect(error).toMatchObject({ status: 413, key: 'upload.tooLarge', params: { maxMb: 20 } });
    expect(performance.now() - started).toBeLessThan(5_000);
    // Reading stopped right after the limit (a few chunks of stream buffering at most).
    expect(produced).toBeLessThan(20 * 1024 * 1024 + 1024 * 1024);
    expect(source.destroyed).toBe(true);
    const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    expect(heapAfter - heapBefore).toBeLessThan(15 * 1024 * 1024);
    expect(await h.leftovers()).toEqual({ tmp: [], stored: [] });
    expect(t('vi', 'upload.tooLarge', (error as UploadRefusedError).params)).toContain('(20 MB)');
  });

  it('passes on a failing source stream and cleans up', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from('%PDF-1.7\n'));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(receiveUpload({ stream: failing, fileName: 'x.pdf' }, DEFAULT_UPLOAD_POLICY, h.store, h.tmpDir)).rejects.toThrow(
      'connection reset',
    );
    expect(await h.leftovers()).toEqual({ tmp: [], stored: [] });
    expect(await fs.readdir(h.tmpDir)).toEqual([]);
  });
});
