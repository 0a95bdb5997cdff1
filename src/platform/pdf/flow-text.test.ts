import { describe, expect, it } from 'vitest';
import { labelled, labelledLine, paragraph } from './flow-text.ts';
import { PAPERS } from './page-geometry.ts';
import { createPdfDocument, pdfBuffer } from './pdf-document.ts';
import { pdfFonts, pdfInfo, pdfText, pdfWordBoxes } from './pdf-probe.testkit.ts';

const LONG = 'Hồ sơ cần được bổ sung văn bản giải trình chi tiết về phương án bảo đảm an toàn thông tin. '.repeat(40);
const newDoc = () => createPdfDocument({ paper: 'A5', meta: { title: 'Văn bản', author: 'motcua', subject: 'Văn bản', createdAt: new Date('2026-03-02T02:15:00Z') } });

describe('running text', () => {
  it('flows an indented italic paragraph onto the next page in the same font and inside the margins', async () => {
    const doc = newDoc();
    paragraph(doc, LONG, { style: { font: 'serifItalic', size: 8.5, lineGap: 1.3 }, indent: 18 });
    const pdf = await pdfBuffer(doc);
    expect((await pdfInfo(pdf)).pages).toBe(2);
    // pdfkit used to switch back to the document's default (upright) font at the page break.
    expect((await pdfFonts(pdf, 2)).map((f) => f.name.split('+')[1])).toEqual(['NotoSerif-Italic']);
    const right = 419.53 - PAPERS.A5.margins.right;
    for (const w of await pdfWordBoxes(pdf)) expect(w.xMax).toBeLessThanOrEqual(right + 1);
  });

  it('prints labels in bold with their values, several pairs on one line', async () => {
    const doc = newDoc();
    labelled(doc, 'Mã hồ sơ', 'H21.10-260302-0001', { style: { font: 'serif', size: 9 } });
    labelledLine(doc, [['Số điện thoại', '0905 123 456'], ['Email', 'nhung@example.vn']], { style: { font: 'serif', size: 9 } });
    const pdf = await pdfBuffer(doc);
    const lines = (await pdfText(pdf)).split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    expect(lines).toContain('Mã hồ sơ: H21.10-260302-0001');
    expect(lines).toContain('Số điện thoại: 0905 123 456 Email: nhung@example.vn');
    expect((await pdfFonts(pdf)).map((f) => f.name.split('+')[1]).sort()).toEqual(['NotoSerif-Bold', 'NotoSerif-Regular']);
  });
});
