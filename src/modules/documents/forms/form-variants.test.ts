import { describe, expect, it } from 'vitest';
import { UnprocessableError } from '../../../platform/errors.ts';
import { pdfInfo, pdfText } from '../../../platform/pdf/pdf-probe.testkit.ts';
import { flat, sampleOf as sample, wordsOutsideMargins } from './forms.testkit.ts';
import type { ControlSlipView, FormView, HandOver, ReceiptSlipView, SupplementRequestView } from './form-views.ts';
import { renderForm } from './render-form.ts';

describe('standard forms: regulation variants, pagination and long texts', () => {
  it('renders the same bytes for the same view', async () => {
    const view = sample('receiptSlip');
    expect((await renderForm(view)).equals(await renderForm(view))).toBe(true);
  });

  it('numbers and titles the forms of Circular 01/2018 when the view says so', async () => {
    const apology = flat(await pdfText(await renderForm({ ...sample('apologyExtension'), regulation: 'TT01_2018' })));
    expect(apology).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(apology).toContain('hẹn trả kết quả giải quyết hồ sơ vào: 09:15 06/04/2026');
    expect(apology).toContain('Mẫu số 04');

    const slip = flat(await pdfText(await renderForm({ ...sample('controlSlip'), regulation: 'TT01_2018' })));
    expect(slip).toContain('Mẫu số 05');

    // The 2018 circular has no stop notice, so no form number is printed.
    const stop = flat(await pdfText(await renderForm({ ...sample('stopNotice'), regulation: 'TT01_2018' })));
    expect(stop).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(stop).not.toContain('Mẫu số');
  });

  it('paginates a long control slip, repeating its header and numbering the pages', async () => {
    const base = sample('controlSlip');
    const first = base.handOvers[1] as HandOver;
    const handOvers = Array.from({ length: 40 }, (_, i): HandOver => ({ ...first, note: `Lần chuyển thứ ${i + 1}` }));
    const view: ControlSlipView = { ...base, handOvers };
    const pdf = await renderForm(view);
    const { pages } = await pdfInfo(pdf);
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page += 1) {
      const text = flat(await pdfText(pdf, page));
      expect(text).toContain(`Trang ${page}/${pages}`);
      if (page < pages) expect(text).toContain('Đơn vị giao, nhận hồ');
    }
    expect(flat(await pdfText(pdf))).toContain('thứ 40'); // the last hand-over
    expect(await wordsOutsideMargins(pdf, 'A5')).toEqual([]);
  });

  it('wraps long citizen-supplied texts inside the margins, over several pages if need be', async () => {
    const longText = 'Hồ sơ cần được bổ sung văn bản giải trình chi tiết về phương án bảo đảm an toàn thông tin. '.repeat(12);
    const receipt: ReceiptSlipView = {
      ...sample('receiptSlip'),
      applicant: { ...sample('receiptSlip').applicant, address: longText },
      components: Array.from({ length: 25 }, (_, i) => ({ name: `Thành phần hồ sơ số ${i + 1}: ${longText.slice(0, 120)}`, form: 'COPY', quantity: i + 1 })),
      returnPlace: longText,
    };
    const supplement: SupplementRequestView = {
      ...sample('supplementRequest'),
      items: Array.from({ length: 12 }, (_, i) => ({ item: `Nội dung ${i + 1}`, reason: longText })),
    };
    for (const view of [receipt, supplement]) {
      const pdf = await renderForm(view);
      expect((await pdfInfo(pdf)).pages).toBeGreaterThan(1);
      expect(await wordsOutsideMargins(pdf, 'A5')).toEqual([]);
      expect(flat(await pdfText(pdf))).toContain('Ký bởi: Trần Văn Minh');
    }
  });

  it('refuses a view whose form it does not know', async () => {
    const bogus = { ...sample('receiptSlip'), form: 'nope' } as unknown as FormView;
    await expect(renderForm(bogus)).rejects.toBeInstanceOf(UnprocessableError);
  });
});
