import { describe, expect, it } from 'vitest';
import { contentBox } from './page-geometry.ts';
import { createPdfDocument, pdfBuffer } from './pdf-document.ts';
import { pdfInfo, pdfText, pdfWordBoxes } from './pdf-probe.testkit.ts';
import { drawTable } from './table.ts';

async function table(rows: string[][], numberColumns = false): Promise<Buffer> {
  const doc = createPdfDocument({ paper: 'A5', meta: { title: 'Bảng', author: 'motcua', subject: 'Bảng', createdAt: new Date('2026-03-02T02:15:00Z') } });
  drawTable(doc, {
    y: contentBox(doc).top,
    fontSize: 8,
    numberColumns,
    columns: [
      { header: 'STT', weight: 1, align: 'center' },
      { header: 'Đơn vị giao nhận', weight: 5 },
      { header: 'Ghi chú', weight: 3 },
    ],
    rows,
  });
  return pdfBuffer(doc);
}

describe('paginated tables', () => {
  it('continue on new pages with the header row repeated on each', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [String(i + 1), `Phòng Bưu chính, Viễn thông số ${i + 1}`, 'Đúng hạn']);
    const pdf = await table(rows, true);
    const { pages } = await pdfInfo(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1) {
      const text = await pdfText(pdf, page);
      expect(text).toContain('Đơn vị giao nhận');
      expect(text).toContain('(3)');
    }
    const all = await pdfText(pdf);
    expect(all).toContain('Phòng Bưu chính, Viễn thông số 1 ');
    expect(all).toContain('Phòng Bưu chính, Viễn thông số 60');
  });

  it('keeps every word inside the margins, cutting a row taller than a page with an ellipsis', async () => {
    const huge = 'Nội dung rất dài của một bước xử lý hồ sơ. '.repeat(400);
    const pdf = await table([['1', 'Một cửa', 'Đúng hạn'], ['2', huge, 'Quá hạn'], ['3', 'Bộ phận trả kết quả', 'Trước hạn']]);
    const words = await pdfWordBoxes(pdf);
    const box = { left: 34, right: 419.53 - 28.3, top: 28.3, bottom: 595.28 - 28.3 }; // A5 margins 12/10/10/10 mm
    for (const w of words) {
      expect(w.xMin).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(w.xMax).toBeLessThanOrEqual(box.right + 0.5);
      expect(w.yMin).toBeGreaterThanOrEqual(box.top - 0.5);
      expect(w.yMax).toBeLessThanOrEqual(box.bottom + 0.5);
    }
    const text = await pdfText(pdf);
    expect(text).toContain('…');
    expect(text).toContain('Bộ phận trả kết quả');
  });
});
