import { describe, expect, it } from 'vitest';
import { FORM_IDS, formNumber, formPaper, formTitle } from './form-catalog.ts';

describe('standard form catalogue (DOMAIN §7)', () => {
  it('numbers the forms per regulation', () => {
    const table = FORM_IDS.map((id) => [id, formNumber(id, 'TT01_2018'), formNumber(id, 'TT03_2025')]);
    expect(table).toEqual([
      ['receiptSlip', '01', '01'],
      ['supplementRequest', '02', '02'],
      ['refusalNotice', '03', '03'],
      ['apologyExtension', '04', '04'],
      ['stopNotice', null, '05'],
      ['controlSlip', '05', '06'],
      ['trackingBook', '06', '07'],
    ]);
  });

  it('words the titles as the regulations do, Form 04 differing in 2025', () => {
    expect(formTitle('receiptSlip', 'TT01_2018')).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
    expect(formTitle('supplementRequest', 'TT03_2025')).toBe('Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
    expect(formTitle('refusalNotice', 'TT03_2025')).toBe('Phiếu từ chối tiếp nhận giải quyết hồ sơ');
    expect(formTitle('apologyExtension', 'TT01_2018')).toBe('Phiếu xin lỗi và hẹn lại ngày trả kết quả');
    expect(formTitle('apologyExtension', 'TT03_2025')).toBe('Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết');
    expect(formTitle('stopNotice', 'TT03_2025')).toBe('Thông báo dừng giải quyết hồ sơ');
    expect(formTitle('controlSlip', 'TT01_2018')).toBe('Phiếu kiểm soát quá trình giải quyết hồ sơ');
    expect(formTitle('trackingBook', 'TT01_2018')).toBe('Sổ theo dõi hồ sơ');
  });

  it('prints the tracking book on A4 and every other form on A5', () => {
    expect(FORM_IDS.map((id) => [id, formPaper(id)])).toEqual(FORM_IDS.map((id) => [id, id === 'trackingBook' ? 'A4_LANDSCAPE' : 'A5']));
  });
});
