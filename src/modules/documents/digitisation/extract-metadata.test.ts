// Metadata proposals from OCR text: the printed plan 76/KH-STTTT and an old OCR copy of it that
// lost its accents (test/fixtures/ocr), the row-by-row heading tesseract gives, and the papers
// a one-stop desk scans (decisions, letters, licences, identity cards, business certificates).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPersonalId, checkTaxCode } from '../../identity/index.ts';
import { extractMetadata, type MetadataProposal, type Proposed } from './extract-metadata.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../../../test/fixtures/ocr/${name}`, import.meta.url), 'utf8');
const values = (p: MetadataProposal) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, (v as Proposed<unknown>).value]));

/** The heading as tesseract reads it from the rendered plan: both columns on each row. */
const OCR_HEADING = `UBND TÍNH GIA LAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc
Số: 76/KH-STTTT Gia Lai, ngày 27 tháng 5 năm 2021
KẾ HOẠCH
Thực hiện Đề án đổi mới việc thực hiện cơ chế một cửa trong giải

quyết thủ tục hành chính tại Sở Thông tin và Truyền thông tỉnh Gia Lai

Thực hiện Quyết định số 258/QĐ-UBND ngày 29/4/2021 của Ủy ban
nhân dân tỉnh Gia Lai về việc ban hành Kế hoạch triển khai Đề án`;

describe('extractMetadata on plan 76/KH-STTTT', () => {
  it('proposes every heading field of the printed plan', () => {
    const p = extractMetadata(fixture('ke-hoach-76.txt'));
    expect(values(p)).toEqual({
      documentType: 'Kế hoạch',
      documentNumber: '76/KH-STTTT',
      issuer: 'Sở Thông tin và Truyền thông tỉnh Gia Lai',
      issuedOn: '2021-05-27',
    });
    // Title and number abbreviation (KH) agree.
    expect(p.documentType!.confidence).toBe(0.95);
    expect(p.documentNumber).toMatchObject({ confidence: 0.9, source: 'Số: 76/KH-STTTT' });
    expect(p.issuedOn!.source).toBe('Gia Lai, ngày 27 tháng 5 năm 2021');
  });

  it('reads the heading row by row as OCR gives it, and mends the place word OCR got wrong', () => {
    const p = extractMetadata(OCR_HEADING);
    expect(p.issuer).toMatchObject({ value: 'Sở Thông tin và Truyền thông tỉnh Gia Lai', source: 'UBND TÍNH GIA LAI / SỞ THÔNG TIN VÀ TRUYỀN THÔNG' });
    expect(p.documentNumber?.value).toBe('76/KH-STTTT');
    expect(p.issuedOn?.value).toBe('2021-05-27');
    // The decision cited in the body is not this document's number or date.
    expect(JSON.stringify(p)).not.toMatch(/258|29\/4/);
  });

  it('copes with an OCR copy that lost its accents ("S6:", "KE HOACH", "ngay … thang … nam")', () => {
    const p = extractMetadata(fixture('ke-hoach-76-ocr-khong-dau.txt'));
    expect(p.documentType).toMatchObject({ value: 'Kế hoạch', source: 'KE HOACH' });
    expect(p.documentNumber).toMatchObject({ value: '76/KH-STTTT', source: 'S6: 76/KH-STTTT' });
    expect(p.documentNumber!.confidence).toBeLessThan(0.9);
    expect(p.issuer?.value).toBe('So Thong tin va Truyen thong tỉnh Gia Lai');
    expect(p.issuer!.confidence).toBeLessThan(extractMetadata(fixture('ke-hoach-76.txt')).issuer!.confidence);
    expect(p.issuedOn?.value).toBe('2021-05-27');
  });
});

describe('extractMetadata on papers of a one-stop desk', () => {
  it('a decision: number broken after its hyphen in a narrow column, "Sô:", in force from signing', () => {
    const p = extractMetadata(`ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Sô: 123/2024/QĐ-
UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Pleiku, ngày 05 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.`);
    expect(values(p)).toEqual({
      documentType: 'Quyết định',
      documentNumber: '123/2024/QĐ-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
      issuedOn: '2024-03-05',
      validFrom: '2024-03-05',
    });
    expect(p.documentType!.confidence).toBe(0.95);
    expect(p.documentNumber!.confidence).toBeLessThan(0.9); // "Sô" is a misread label
  });

  it('an official letter: no title, a number without a type abbreviation and a "V/v" subject', () => {
    const p = extractMetadata(`UBND TỈNH GIA LAI
SỞ TƯ PHÁP
Số: 512/STP-HCTP
V/v hướng dẫn thực hiện thủ tục chứng thực
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 10 tháng 4 năm 2024
Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố`);
    expect(values(p)).toEqual({ documentType: 'Công văn', documentNumber: '512/STP-HCTP', issuer: 'Sở Tư pháp tỉnh Gia Lai', issuedOn: '2024-04-10' });
    expect(p.documentType!.confidence).toBe(0.6);
  });

  it('a licence with its validity period', () => {
    const p = extractMetadata(`UBND HUYỆN CHƯ PĂH
PHÒNG KINH TẾ - HẠ TẦNG
Số: 45/GPXD
GIẤY PHÉP XÂY DỰNG
Cấp cho: Ông Nguyễn Văn An
Giấy phép có hiệu lực từ ngày 01/6/2024 đến ngày 31/5/2025.`);
    expect(values(p)).toMatchObject({
      documentType: 'Giấy phép xây dựng',
      documentNumber: '45/GPXD',
      issuer: 'Phòng Kinh tế - Hạ tầng huyện Chư Păh',
      validFrom: '2024-06-01',
      validTo: '2025-05-31',
    });
  });

  it('a citizen identity card: holder’s number, expiry, no issuer taken from the English motto', () => {
    const p = extractMetadata(`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
SOCIALIST REPUBLIC OF VIET NAM
Independence - Freedom - Happiness
CĂN CƯỚC CÔNG DÂN
Citizen Identity Card
Số / No.: 064 095 012 345
Họ và tên / Full name: NGUYỄN VĂN AN
Ngày sinh / Date of birth: 12/03/1995
Có giá trị đến / Date of expiry: 12/03/2035`);
    expect(values(p)).toEqual({
      documentType: 'Căn cước công dân',
      documentNumber: '064095012345',
      validTo: '2035-03-12',
      ownerId: { type: 'CCCD', value: '064095012345' },
    });
    expect(p.ownerId!.confidence).toBe(0.9);
  });

  it('a business registration certificate: the enterprise code with a valid check digit', () => {
    const text = `SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH GIA LAI
PHÒNG ĐĂNG KÝ KINH DOANH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP
CÔNG TY TRÁCH NHIỆM HỮU HẠN HAI THÀNH VIÊN TRỞ LÊN
Mã số doanh nghiệp: 0100109106
Người đại diện theo pháp luật: Nguyễn Văn An, CCCD số 064095012345`;
    const p = extractMetadata(text);
    expect(p.documentType?.value).toBe('Giấy chứng nhận đăng ký doanh nghiệp');
    expect(p.issuer?.value).toBe('Phòng Đăng ký kinh doanh');
    // Both are labelled; the firm's code is printed first and is the certificate's subject.
    expect(p.ownerId).toMatchObject({ value: { type: 'MST', value: '0100109106' }, confidence: 0.9 });
    // One wrong digit breaks the check digit: the representative's ID is proposed instead.
    expect(extractMetadata(text.replace('0100109106', '0100109105')).ownerId?.value).toEqual({ type: 'CCCD', value: '064095012345' });
  });

  it('an issuer’s name wrapped over two lines of the narrow column', () => {
    const p = extractMetadata(`UBND TỈNH GIA LAI
SỞ TÀI NGUYÊN VÀ
MÔI TRƯỜNG
Số: 10/TB-STNMT
THÔNG BÁO`);
    expect(p.issuer).toMatchObject({ value: 'Sở Tài nguyên và Môi trường tỉnh Gia Lai', source: 'UBND TỈNH GIA LAI / SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG' });
    expect(p.documentType).toMatchObject({ value: 'Thông báo', confidence: 0.95 });
  });

  it('a birth certificate names its issuer after a label', () => {
    const p = extractMetadata(`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
GIẤY KHAI SINH
Họ, chữ đệm, tên: NGUYỄN THỊ BÌNH
Nơi đăng ký: Ủy ban nhân dân xã Ia Blang, huyện Chư Sê
Ngày đăng ký: 02/01/2020`);
    expect(p.documentType?.value).toBe('Giấy khai sinh');
    expect(p.issuer).toMatchObject({ value: 'Ủy ban nhân dân xã Ia Blang, huyện Chư Sê', confidence: 0.6 });
    expect(p.issuedOn).toMatchObject({ value: '2020-01-02', source: 'Ngày đăng ký: 02/01/2020' });
  });

  it('a dependent unit’s tax code keeps its suffix', () => {
    expect(extractMetadata('Mã số thuế: 0100109106 - 001').ownerId?.value).toEqual({ type: 'MST', value: '0100109106-001' });
  });
});

describe('extractMetadata does not propose what is not there', () => {
  it.each([
    ['a date cited in the body', 'Căn cứ Quyết định số 258/QĐ-UBND ngày 29 tháng 4 năm 2021 của UBND tỉnh;'],
    ['a date of an event', 'Hội nghị được tổ chức vào ngày 15 tháng 6 năm 2021 tại Pleiku.'],
    ['an impossible date', 'Gia Lai, ngày 31 tháng 4 năm 2021'],
    ['a draft with the day left blank', 'Gia Lai, ngày     tháng 7 năm 2021'],
  ])('no date of issue from %s', (_, text) => {
    expect(extractMetadata(text).issuedOn).toBeUndefined();
  });

  it.each([
    ['a draft without its number', 'Số:          /KH-UBND'],
    ['a number cited on a wrapped body line', 'Thực hiện Quyết định\nsố 258/QĐ-UBND ngày 29/4/2021'],
    ['"Số" in a sentence', 'Số lượng hồ sơ tiếp nhận: 120/150 hồ sơ'],
  ])('no document number from %s', (_, text) => {
    expect(extractMetadata(text).documentNumber).toBeUndefined();
  });

  it('takes a 12-digit run only when it is a valid personal ID, and then only tentatively', () => {
    expect(extractMetadata('mã hồ sơ 999095012345').ownerId).toBeUndefined(); // 999 is no province
    expect(extractMetadata('người nộp 064095012345').ownerId).toMatchObject({ value: { type: 'CCCD', value: '064095012345' }, confidence: 0.5 });
  });

  it('gives nothing for empty or unrelated text', () => {
    expect(extractMetadata('')).toEqual({});
    expect(extractMetadata('The quick brown fox\fjumps over\r\nthe lazy dog.')).toEqual({});
  });
});

describe('extractMetadata never throws', () => {
  const fragments = fc.constantFrom(
    'Số:', 'Sô :', 'S6:', 'số', '76/KH-STTTT', '123/2024/QĐ-', 'UBND', 'ngày', 'tháng', 'năm', ',', '/', '-', '.', ':',
    '\n', '\r\n', '\f', ' ', 'KẾ HOẠCH', 'GIẤY PHÉP', 'CỘNG HÒA', 'Độc lập', 'TỈNH', 'xã hội', 'có hiệu lực từ', 'đến',
    'Mã số thuế', 'CCCD', '064095012345', '0100109106', '31', '12', '2021', '0', 'Ð', '\u0301', '🙂', 'V/v',
  );
  const documentLike = fc.array(fc.oneof(fragments, fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 80 }).map((parts) => parts.join(''));

  it('returns well-formed proposals for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), documentLike), (text) => {
        const p = extractMetadata(text);
        for (const field of Object.values(p) as Proposed<unknown>[]) {
          expect(field.confidence).toBeGreaterThanOrEqual(0);
          expect(field.confidence).toBeLessThanOrEqual(1);
          expect(typeof field.source).toBe('string');
        }
        for (const date of [p.issuedOn, p.validFrom, p.validTo]) {
          if (date) expect(new Date(`${date.value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date.value);
        }
        if (p.ownerId?.value.type === 'CCCD') expect(checkPersonalId(p.ownerId.value.value).valid).toBe(true);
        if (p.ownerId?.value.type === 'MST') expect(checkTaxCode(p.ownerId.value.value).valid).toBe(true);
        if (p.documentNumber) expect(p.documentNumber.value).toMatch(/^\p{N}\S*$/u);
      }),
      { numRuns: 600 },
    );
  });

  it('stays fast on long hostile input', () => {
    const hostile = [
      `Số: 1${'/1-'.repeat(30_000)}`,
      `${'ngày 1 tháng 1 năm '.repeat(5_000)}`,
      `CCCD ${'1 '.repeat(50_000)}`,
      `có hiệu lực ${'đến '.repeat(20_000)}`,
      `${'SỞ THÔNG TIN VÀ '.repeat(10_000)}`,
    ];
    for (const text of hostile) {
      const t0 = performance.now();
      extractMetadata(text);
      expect(performance.now() - t0).toBeLessThan(1_000);
    }
  });
});
