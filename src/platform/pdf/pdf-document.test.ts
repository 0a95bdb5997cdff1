import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { describe, expect, it } from 'vitest';
import { paragraph } from './flow-text.ts';
import { createPdfDocument, pdfBuffer, type PdfDocumentOptions } from './pdf-document.ts';
import { pdfFonts, pdfInfo, pdfText } from './pdf-probe.testkit.ts';
import type { FontRole } from './fonts.ts';

const options: PdfDocumentOptions = {
  paper: 'A5',
  meta: { title: 'Giấy tiếp nhận hồ sơ', author: 'Sở KH&CN <Gia Lai>', subject: 'Mẫu số 01', createdAt: new Date('2026-03-02T02:15:00Z'), keywords: ['H21.10-260302-0001'] },
};

async function render(opts: PdfDocumentOptions, text: string, roles: FontRole[] = ['serif']): Promise<Buffer> {
  const doc = createPdfDocument(opts);
  for (const font of roles) paragraph(doc, text, { style: { font, size: 9 } });
  return pdfBuffer(doc);
}

const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';

describe('PDF documents', () => {
  it('are byte-for-byte the same for the same input, and differ when the date differs', async () => {
    const a = await render(options, 'Nguyễn Thị Hồng Nhung');
    const b = await render(options, 'Nguyễn Thị Hồng Nhung');
    const c = await render({ ...options, meta: { ...options.meta, createdAt: new Date('2026-03-03T02:15:00Z') } }, 'Nguyễn Thị Hồng Nhung');
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  it('declare PDF/A-2b with an sRGB output intent, vi-VN, metadata and A5 paper', async () => {
    const pdf = await render(options, 'Nội dung');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toContain('/OutputIntents');
    expect(raw).toContain('/Lang (vi-VN)');
    // XML-special characters of the metadata must not break the XMP packet.
    expect(raw).not.toMatch(/<rdf:li>[^<]*&[^<]*<\/rdf:li>/);
    const info = await pdfInfo(pdf);
    expect(info.version).toBe('1.7');
    expect(info.width).toBeCloseTo(419.53, 1);
    expect(info.height).toBeCloseTo(595.28, 1);
    expect(info.fields.Title).toBe('Giấy tiếp nhận hồ sơ');
    expect(info.fields.Author).toBe('Sở KH＆CN ‹Gia Lai›');
    expect(info.fields.CreationDate).toMatch(/Mar +2 02:15:00 2026/);
  });

  it('can be opened for an incremental PAdES signature by @signpdf/placeholder-plain', async () => {
    const pdf = await render(options, 'Nội dung cần ký');
    const withPlaceholder = plainAddPlaceholder({ pdfBuffer: pdf, reason: 'Ký kết quả', contactInfo: 'motcua', name: 'Sở KH&CN', location: 'Gia Lai' });
    expect(withPlaceholder.subarray(0, pdf.length).equals(pdf)).toBe(true); // appended, not rewritten
    expect(withPlaceholder.toString('latin1')).toContain('/ByteRange');
    expect((await pdfInfo(withPlaceholder)).pages).toBe(1);
  });

  it('keeps every Vietnamese letter searchable in every style, whichever letter comes first', async () => {
    // Letters as separate words, each one first in one run and after its base letter in the other
    // (a font that builds "ụ" from "u" + dot would make one of the two extract wrongly).
    const letters = [...LOWER, ...LOWER.toLocaleUpperCase('vi')];
    const words = [...letters, ...[...letters].reverse()];
    const roles: FontRole[] = ['serif', 'serifBold', 'serifItalic', 'serifBoldItalic'];
    // An earlier document in the same process must leave no font state behind: sharing parsed
    // fontkit fonts between documents made pdftotext lose letters of the next one.
    await render({ ...options, paper: 'A4' }, `${words.slice(1).join('')} ${[...words].reverse().join(' ')}`, roles);
    const pdf = await render({ ...options, paper: 'A4' }, words.join(' '), roles);
    // pdftotext may merge or split the narrow spaces, so compare the letters only.
    const extracted = (await pdfText(pdf)).replace(/\s+/g, '');
    expect(extracted).toBe(roles.map(() => words.join('')).join(''));
    expect((await pdfFonts(pdf)).every((f) => f.embedded)).toBe(true);
  });

  it('composes decomposed (NFD) input so copied text keeps its marks', async () => {
    const nfd = 'Nguyễn Thị Hồng Nhung, Phục vụ'.normalize('NFD');
    const text = await pdfText(await render(options, nfd));
    expect(text).toContain('Nguyễn Thị Hồng Nhung, Phục vụ');
  });
});
