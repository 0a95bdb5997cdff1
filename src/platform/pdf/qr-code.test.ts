import { describe, expect, it } from 'vitest';
import { mm } from './page-geometry.ts';
import { createPdfDocument, pdfBuffer } from './pdf-document.ts';
import { decodeQrTopLeft } from './pdf-probe.testkit.ts';
import { drawQrCode, qrText, type QrContent } from './qr-code.ts';

const content: QrContent = {
  dossierCode: 'H21.10-260302-0001',
  procedureCode: '1.004230',
  applicantId: '064195012345',
  documentName: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  url: 'http://localhost:3000/tra-cuu/H21.10-260302-0001',
};

describe('QR code content (Circular 01/2023)', () => {
  it('is one KEY:value line per mandated field, URL last', () => {
    expect(qrText(content)).toBe(
      'MHS:H21.10-260302-0001\nTTHC:1.004230\nDD:064195012345\nTL:Giấy tiếp nhận hồ sơ và hẹn trả kết quả\nhttp://localhost:3000/tra-cuu/H21.10-260302-0001',
    );
  });

  it('keeps a value on its line even if it contains line breaks', () => {
    const text = qrText({ ...content, documentName: 'Phiếu\nyêu cầu  bổ sung\r\n' });
    expect(text.split('\n')).toHaveLength(5);
    expect(text).toContain('TL:Phiếu yêu cầu bổ sung\n');
  });

  it('draws a symbol that a reader decodes from a 200 dpi print at 22 mm on A5', async () => {
    const doc = createPdfDocument({ paper: 'A5', meta: { title: 'QR', author: 'motcua', subject: 'QR', createdAt: new Date('2026-03-02T02:15:00Z') } });
    const drawn = drawQrCode(doc, qrText(content), { x: mm(12), y: mm(10), size: mm(22) });
    expect(drawn.quietZone).toBeCloseTo(drawn.moduleSize * 4);
    const decoded = await decodeQrTopLeft(await pdfBuffer(doc));
    expect(decoded).toBe(qrText(content));
  });
});
