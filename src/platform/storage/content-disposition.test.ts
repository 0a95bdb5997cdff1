import { describe, expect, it } from 'vitest';
import { asciiFallback, contentDisposition } from './content-disposition.ts';
import { nameForKind, sanitiseFileName } from './sanitise-file-name.ts';

describe('contentDisposition', () => {
  it('gives an ASCII fallback without diacritics and the exact name in filename*', () => {
    expect(contentDisposition('Giấy khai sinh – bản sao.pdf')).toBe(
      `attachment; filename="Giay khai sinh - ban sao.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20khai%20sinh%20%E2%80%93%20b%E1%BA%A3n%20sao.pdf`,
    );
    expect(decodeURIComponent('Gi%E1%BA%A5y%20khai%20sinh%20%E2%80%93%20b%E1%BA%A3n%20sao.pdf')).toBe('Giấy khai sinh – bản sao.pdf');
  });

  it('says inline when asked, turns đ into d, and encodes what RFC 5987 does not allow', () => {
    expect(contentDisposition("Đơn đề nghị (bản 'mới')*.pdf", true)).toBe(
      `inline; filename="Don de nghi (ban 'moi')_.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B%20%28b%E1%BA%A3n%20%27m%E1%BB%9Bi%27%29_.pdf`,
    );
  });

  it('cannot be used to inject a header or break out of the quotes', () => {
    const header = contentDisposition('a"; filename="evil.exe\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header.startsWith('attachment; filename="a_; filename=_evil.exeSet-Cookie_ x=1.pdf"')).toBe(true);
  });

  it('keeps the fallback printable ASCII whatever the name', () => {
    expect(asciiFallback('Bảng kê 100% ✓ ư ơ Ư Ơ 日本.xlsx')).toBe('Bang ke 100_ _ u o U O __.xlsx');
  });
});

describe('sanitiseFileName', () => {
  it('keeps Vietnamese, in NFC, and drops folders, controls and bidi overrides', () => {
    const nfd = 'Quyết định.pdf'.normalize('NFD');
    expect(sanitiseFileName(`C:\\Users\\Lan/Desktop/${nfd}`)).toBe('Quyết định.pdf');
    expect(sanitiseFileName('hợp-đồng\u202Efdp.exe')).toBe('hợp-đồngfdp.exe');
    expect(sanitiseFileName('a\u0000b\u0007c\u200Bd.pdf')).toBe('abcd.pdf');
  });

  it('makes names Windows can save, and never an empty or hidden one', () => {
    expect(sanitiseFileName('báo cáo: quý 1?.pdf')).toBe('báo cáo_ quý 1_.pdf');
    expect(sanitiseFileName('  ..hidden.pdf. ')).toBe('hidden.pdf');
    expect(sanitiseFileName('CON.pdf')).toBe('_CON.pdf');
    expect(sanitiseFileName('../..')).toBe('tệp');
    expect(sanitiseFileName('')).toBe('tệp');
  });

  it('cuts long names by whole letters, keeping the extension, within 200 bytes', () => {
    const long = `${'Giấy chứng nhận quyền sử dụng đất '.repeat(20)}.pdf`;
    const cut = sanitiseFileName(long);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(200);
    expect(cut.endsWith('.pdf')).toBe(true);
    expect(cut.startsWith('Giấy chứng nhận')).toBe(true);
    expect(cut).toBe(cut.normalize('NFC'));
    expect(cut).not.toContain('\uFFFD');
  });
});

describe('nameForKind', () => {
  it('keeps a fitting extension, replaces a wrong one, and adds a missing one', () => {
    expect(nameForKind('scan.JPG', 'jpeg')).toBe('scan.JPG');
    expect(nameForKind('scan.pdf', 'png')).toBe('scan.png');
    expect(nameForKind('Quyết định số 12.2024', 'pdf')).toBe('Quyết định số 12.2024.pdf');
    expect(nameForKind('hồ sơ', 'tiff')).toBe('hồ sơ.tif');
  });
});
