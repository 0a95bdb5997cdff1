import { describe, expect, it } from 'vitest';
import { createPdfDocument, pdfBuffer } from './pdf-document.ts';
import { pdfInfo, pdfText } from './pdf-probe.testkit.ts';
import { drawSignatureRow, signatureMarkText } from './signature-block.ts';
import { contentBox } from './page-geometry.ts';

const mark = { signer: 'Trần Văn Minh', organisation: 'Trung tâm Phục vụ hành chính công tỉnh Gia Lai', signedAt: new Date('2026-03-02T02:15:00Z') };

describe('signature blocks', () => {
  it('show who signed, for whom and when (Vietnam time)', () => {
    expect(signatureMarkText(mark)).toBe(
      'Ký bởi: Trần Văn Minh\nCơ quan: Trung tâm Phục vụ hành chính công tỉnh Gia Lai\nThời gian ký: 09:15 02/03/2026',
    );
  });

  it('move to a new page as a whole rather than split', async () => {
    const doc = createPdfDocument({ paper: 'A5', meta: { title: 'Ký', author: 'motcua', subject: 'Ký', createdAt: mark.signedAt } });
    const y = contentBox(doc).bottom - 20;
    drawSignatureRow(doc, [{ title: 'NGƯỜI NỘP HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: 'Nguyễn Thị Hồng Nhung' }, { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: 'Trần Văn Minh', mark }], y, 8.5);
    const pdf = await pdfBuffer(doc);
    expect((await pdfInfo(pdf)).pages).toBe(2);
    const second = await pdfText(pdf, 2);
    for (const expected of ['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN HỒ SƠ', 'Nguyễn Thị Hồng Nhung', 'Ký bởi: Trần Văn Minh', 'Thời gian ký: 09:15 02/03/2026']) {
      expect(second).toContain(expected);
    }
    expect((await pdfText(pdf, 1)).trim()).toBe('');
  });
});
