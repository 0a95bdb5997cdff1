// The small PDF syntax readers the verifier depends on: values with their byte offsets,
// text strings in every encoding signers use, and PDF dates in their many spellings.
import { describe, expect, it } from 'vitest';
import { parsePdfDate } from './pdf-date.ts';
import { PdfSyntaxError, decodePdfText, readPdfValue, type PdfDict } from './pdf-objects.ts';

describe('readPdfValue', () => {
  it('reads a signature-like dictionary with nested dictionaries, references, escapes and offsets', () => {
    const source = '12 0 obj\n<< /Type /Sig /ByteRange [0 10 20 30] /Contents <30 8 > /Name (A \\(b\\) \\101\\\nc) /V 5 0 R /Prop_Build << /Filter << /Name /Adobe#2EPPKLite >> >> /Ok true /N null % comment\n>>\nendobj';
    const pdf = Buffer.from(source, 'latin1');
    const { value } = readPdfValue(pdf, source.indexOf('obj') + 3);
    const dict = value as PdfDict;
    expect(dict.kind).toBe('dict');
    expect(dict.entries.get('ByteRange')).toEqual({ kind: 'array', items: [0, 10, 20, 30].map((n) => ({ kind: 'number', value: n })) });
    const contents = dict.entries.get('Contents');
    expect(contents).toMatchObject({ kind: 'string', start: source.indexOf('<30'), end: source.indexOf('8 >') + 3 });
    expect(contents?.kind === 'string' && contents.bytes).toEqual(Buffer.from([0x30, 0x80]));
    const name = dict.entries.get('Name');
    expect(name?.kind === 'string' && name.bytes.toString('latin1')).toBe('A (b) Ac');
    expect(dict.entries.get('V')).toEqual({ kind: 'ref', num: 5, gen: 0 });
    const build = dict.entries.get('Prop_Build') as PdfDict;
    expect((build.entries.get('Filter') as PdfDict).entries.get('Name')).toEqual({ kind: 'name', value: 'Adobe.PPKLite' });
    expect(dict.entries.get('Ok')).toEqual({ kind: 'boolean', value: true });
    expect(dict.entries.get('N')).toEqual({ kind: 'null' });
    expect(dict.start).toBe(source.indexOf('<<'));
  });

  it('throws a syntax error (never loops or crashes) on broken or hostile input', () => {
    for (const bad of ['<< /A (unterminated', '<< /A <zz> >>', '<< A 1 >>', '['.repeat(500), '<< /A 1']) {
      expect(() => readPdfValue(Buffer.from(bad), 0)).toThrow(PdfSyntaxError);
    }
  });
});

describe('decodePdfText', () => {
  it('decodes UTF-16BE with BOM, UTF-8 with BOM and PDFDocEncoding', () => {
    expect(decodePdfText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Đắk Lắk', 'utf16le').swap16()]))).toBe('Đắk Lắk');
    expect(decodePdfText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hà Nội')]))).toBe('Hà Nội');
    expect(decodePdfText(Buffer.from('Plain', 'latin1'))).toBe('Plain');
    expect(decodePdfText(Buffer.from([0xfe, 0xff, 0x00]))).toBe('');
  });
});

describe('parsePdfDate', () => {
  it('reads the spellings signers write', () => {
    expect(parsePdfDate('D:20250714030405Z')).toEqual(new Date('2025-07-14T03:04:05Z'));
    expect(parsePdfDate("D:20250714100405+07'00'")).toEqual(new Date('2025-07-14T03:04:05Z'));
    expect(parsePdfDate("D:20250714100405+07'00")).toEqual(new Date('2025-07-14T03:04:05Z'));
    expect(parsePdfDate("D:20250713230405-04'00'")).toEqual(new Date('2025-07-14T03:04:05Z'));
    expect(parsePdfDate('D:2025')).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(parsePdfDate('20250714')).toEqual(new Date('2025-07-14T00:00:00Z'));
  });

  it('gives null for impossible or foreign dates rather than a guess', () => {
    for (const bad of ['D:20250231000000Z', 'D:20251301', 'D:20250714250000Z', 'yesterday', '']) expect(parsePdfDate(bad)).toBeNull();
  });
});
