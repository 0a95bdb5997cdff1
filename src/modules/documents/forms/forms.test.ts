import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { describe, expect, it } from 'vitest';
import { decodeQrTopLeft, pdfFonts, pdfInfo, pdfText } from '../../../platform/pdf/pdf-probe.testkit.ts';
import { qrText } from '../../../platform/pdf/qr-code.ts';
import { FORM_IDS, formNumber, formPaper, type FormId } from './form-catalog.ts';
import { flat, sampleOf as sample, wordsOutsideMargins } from './forms.testkit.ts';
import { renderForm } from './render-form.ts';
import { sampleForms } from './sample-data.ts';

/** Texts each sample must show, beyond what every form shows. */
const EXPECTED: Record<FormId, string[]> = {
  receiptSlip: [
    'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    'Số: 125/GTN-TTPVHCC',
    'Gia Lai, ngày 02 tháng 3 năm 2026',
    'Nguyễn Thị Hồng Nhung',
    '064195012345',
    'Cấp giấy phép bưu chính',
    'Giấy chứng nhận đăng ký doanh nghiệp',
    'Bản sao chứng thực',
    'Thời gian giải quyết hồ sơ theo quy định là: 20 ngày làm việc',
    'Thời gian nhận hồ sơ: 09:15 02/03/2026',
    'Thời gian trả kết quả giải quyết hồ sơ: 09:15 30/03/2026',
    'Quyển số: 01/2026, Số thứ tự: 125',
    'NGƯỜI NỘP HỒ SƠ',
    'NGƯỜI TIẾP NHẬN HỒ SƠ',
    'Ký bởi: Trần Văn Minh',
  ],
  supplementRequest: ['PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', 'Phương án kinh doanh', 'Lý do:', '0269 3824 567', 'NGƯỜI HƯỚNG DẪN'],
  refusalNotice: ['PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', 'H21.10-260303-0004', 'Căn cứ quy định tại:', 'Luật Bưu chính số 49/2010/QH12', 'thẩm quyền'],
  apologyExtension: [
    'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
    'SỞ KHOA HỌC VÀ',
    'Thời gian hẹn trả kết quả: 09:15 30/03/2026',
    '09:15 06/04/2026',
    'Lý do chậm trễ:',
    'thành thật xin lỗi',
    'KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    '(Ký, ghi rõ họ tên và đóng dấu)',
  ],
  stopNotice: ['THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', 'Nghị định số 118/2025/NĐ-CP', 'thu hồi Giấy chứng nhận đăng ký doanh nghiệp'],
  controlSlip: ['PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', 'Đơn vị giao, nhận hồ', 'Trước hạn', 'Đúng hạn', 'Quá hạn', '15:45', '17/03/2026'],
  trackingBook: ['SỔ THEO DÕI HỒ SƠ', 'Quyển số 01/2026, năm 2026', 'Tên thủ tục hành', 'H21.10-260313-0003', 'Trang 1/'],
};

describe('standard forms rendered from the samples, checked with poppler', () => {
  it('cover every form once', () => {
    expect(sampleForms().map((v) => v.form)).toEqual([...FORM_IDS]);
  });

  it.each(FORM_IDS.map((id) => [id]))('%s: text, paper, fonts, QR, margins and signability', async (id) => {
    const view = sample(id);
    const pdf = await renderForm(view);
    const [text, info, fonts, qr, outside] = await Promise.all([
      pdfText(pdf),
      pdfInfo(pdf),
      pdfFonts(pdf),
      decodeQrTopLeft(pdf),
      wordsOutsideMargins(pdf, formPaper(id)),
    ]);

    const shown = flat(text);
    for (const expected of [...EXPECTED[id], 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'UBND TỈNH GIA LAI']) {
      expect(shown).toContain(expected);
    }
    expect(shown).toContain(`Mẫu số ${formNumber(id, 'TT03_2025')}`);
    if (view.form !== 'trackingBook') {
      expect(shown).toContain(`Mã hồ sơ: ${view.dossierCode}`);
      expect(shown).toContain(view.applicant.name);
    }

    if (id === 'trackingBook') {
      expect([info.width, info.height]).toEqual([841.89, 595.28]);
      expect(info.pages).toBeGreaterThan(1);
      expect(shown).toContain(`Trang ${info.pages}/${info.pages}`);
    } else {
      expect([info.width, info.height]).toEqual([419.53, 595.28]);
    }
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(qr).toBe(qrText(view.qr));
    expect(outside).toEqual([]);
    expect(() => plainAddPlaceholder({ pdfBuffer: pdf, reason: 'Ký số', contactInfo: 'motcua', name: view.signer.name, location: view.place })).not.toThrow();
  });
});
