import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { describe, expect, it } from 'vitest';
import { decodeQrTopLeft, pdfFonts, pdfInfo, pdfText } from '../../../platform/pdf/pdf-probe.testkit.ts';
import { qrText } from '../../../platform/pdf/qr-code.ts';
import { flat, wordsOutsideMargins } from './forms.testkit.ts';
import { renderResult, validityLine } from './result-document.ts';
import { sampleResult } from './sample-data.ts';

describe('e-result document', () => {
  it('shows the result code, holder, content, validity and signer on A4, with a QR code that opens the verification page', async () => {
    const view = sampleResult('https://motcua.example.gov.vn');
    const pdf = await renderResult(view);
    const [text, info, fonts, qr, outside] = await Promise.all([pdfText(pdf), pdfInfo(pdf), pdfFonts(pdf), decodeQrTopLeft(pdf), wordsOutsideMargins(pdf, 'A4')]);
    const shown = flat(text);
    for (const expected of [
      'GIẤY PHÉP BƯU CHÍNH',
      'Mã kết quả: H21.10-260302-0001-KQ1',
      'Số: 15/GP-SKHCN',
      'SỞ KHOA HỌC VÀ',
      'Gia Lai, ngày 27 tháng 3 năm 2026',
      'Căn cứ Luật Bưu chính số 49/2010/QH12',
      'Cấp cho: Công ty TNHH Chuyển phát Phố Núi',
      'Mã số thuế: 5901234563',
      'Phạm vi cung ứng dịch vụ: Nội tỉnh Gia Lai',
      'Có hiệu lực từ ngày 27/03/2026 đến ngày 27/03/2036.',
      'KT. GIÁM ĐỐC',
      'Ký bởi: Lê Quang Hưng',
      'Thời gian ký: 15:00 27/03/2026',
      'https://motcua.example.gov.vn/verify/H21.10-260302-0001-KQ1',
    ]) {
      expect(shown).toContain(expected);
    }
    expect(shown).not.toContain('Thay thế kết quả');
    expect([info.width, info.height]).toEqual([595.28, 841.89]);
    expect(info.fields.Title).toBe('GIẤY PHÉP BƯU CHÍNH');
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(view.qr.url).toBe(view.verifyUrl);
    expect(qr).toBe(qrText(view.qr));
    expect(outside).toEqual([]);
    expect(() => plainAddPlaceholder({ pdfBuffer: pdf, reason: 'Ký kết quả', contactInfo: 'motcua', name: view.signer.name, location: view.place })).not.toThrow();
  });

  it('names the result a replacement replaces, and why', async () => {
    const view = { ...sampleResult(), resultCode: 'H21.10-260302-0001-KQ2', replaces: { code: 'H21.10-260302-0001-KQ1', reason: 'sai tên giao dịch của doanh nghiệp' } };
    const shown = flat(await pdfText(await renderResult(view)));
    expect(shown).toContain('Thay thế kết quả số H21.10-260302-0001-KQ1: sai tên giao dịch của doanh nghiệp');
    expect(shown).toContain('Mã kết quả: H21.10-260302-0001-KQ2');
  });

  it('words open-ended validity', () => {
    const from = new Date('2026-03-26T17:00:00Z');
    expect(validityLine(from, undefined)).toBe('Có hiệu lực kể từ ngày 27/03/2026.');
    expect(validityLine(undefined, from)).toBe('Có hiệu lực đến ngày 27/03/2026.');
    expect(validityLine(undefined, undefined)).toBeNull();
  });
});
