// Agency names from a heading's capitals to running-text case (Decree 30/2020 Appendix II).
import { describe, expect, it } from 'vitest';
import { agencyNameCase } from './extract-agency-name.ts';

describe('agencyNameCase', () => {
  it.each([
    ['SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Sở Thông tin và Truyền thông'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'], // "xã hội" is no commune
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ PLEIKU', 'Ủy ban nhân dân thành phố Pleiku'],
    ['UBND XÃ IA BLANG', 'UBND xã Ia Blang'],
    ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH GIA LAI', 'Trung tâm Phục vụ hành chính công tỉnh Gia Lai'],
    ['VĂN PHÒNG UBND TỈNH GIA LAI', 'Văn phòng UBND tỉnh Gia Lai'],
    ['PHÒNG TƯ PHÁP THỊ XÃ AYUN PA', 'Phòng Tư pháp thị xã Ayun Pa'],
    ['CÔNG AN TÍNH GIA LAI', 'Công an tỉnh Gia Lai'], // OCR's "TÍNH" is the place word "tỉnh"
    ['CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI', 'Cục Cảnh sát quản lý hành chính về trật tự xã hội'],
  ])('%s → %s', (printed, expected) => {
    expect(agencyNameCase(printed)).toBe(expected);
  });

  it('leaves a name printed in running-text case as it is', () => {
    expect(agencyNameCase('  Sở Tài nguyên và Môi trường ')).toBe('Sở Tài nguyên và Môi trường');
  });
});
