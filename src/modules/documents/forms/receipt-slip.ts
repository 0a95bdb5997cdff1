/**
 * Form 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (TT 01/2018 Art. 9; DOMAIN §7): what was
 * handed in, the legal time limit, when it was received and when and where the result is due.
 */
import { finishDocument } from '../../../platform/pdf/document-frame.ts';
import { labelled, paragraph } from '../../../platform/pdf/flow-text.ts';
import { drawSignatureRow } from '../../../platform/pdf/signature-block.ts';
import { drawTable } from '../../../platform/pdf/table.ts';
import { vnDateTime } from '../../../platform/pdf/vn-dates.ts';
import { applicantBlock, bodyStyle, gap, numberedItem, SIGN_HINT, twoDigits } from './form-blocks.ts';
import { issuingUnit, openForm } from './form-frame.ts';
import { signatureBlockMark } from './signer.ts';
import type { ComponentForm, ReceiptSlipView } from './form-views.ts';

const COMPONENT_FORM: Record<ComponentForm, string> = {
  ORIGINAL: 'Bản chính',
  COPY: 'Bản sao',
  CERTIFIED_COPY: 'Bản sao chứng thực',
  ELECTRONIC: 'Bản điện tử',
};

export async function renderReceiptSlip(view: ReceiptSlipView): Promise<Buffer> {
  const opened = openForm(view, 'desk');
  const { doc, base } = opened;
  const style = bodyStyle(base);

  applicantBlock(doc, view, base, `${issuingUnit(view, 'desk')} tiếp nhận hồ sơ của:`);
  paragraph(doc, '1. Thành phần hồ sơ nộp gồm:', { style: { ...style, font: 'serifBold' } });
  drawTable(doc, {
    y: doc.y + base * 0.2,
    fontSize: base * 0.85,
    columns: [
      { header: 'STT', weight: 1.1, align: 'center' },
      { header: 'Tên giấy tờ', weight: 8 },
      { header: 'Hình thức', weight: 3.6, align: 'center' },
      { header: 'Số lượng', weight: 1.9, align: 'center' },
    ],
    rows: view.components.map((c, i) => [String(i + 1), c.name, COMPONENT_FORM[c.form], twoDigits(c.quantity)]),
  });
  doc.y += base * 0.4;
  numberedItem(doc, 2, 'Số lượng hồ sơ', `${twoDigits(view.sets)} (bộ)`, base);
  numberedItem(doc, 3, 'Thời gian giải quyết hồ sơ theo quy định là', view.legalTimeLimit, base);
  numberedItem(doc, 4, 'Thời gian nhận hồ sơ', vnDateTime(view.receivedAt), base);
  numberedItem(doc, 5, 'Thời gian trả kết quả giải quyết hồ sơ', vnDateTime(view.appointmentAt), base);
  numberedItem(doc, 6, 'Đăng ký nhận kết quả tại', view.returnPlace, base);
  if (view.feeStatus) labelled(doc, 'Phí, lệ phí', view.feeStatus, { style });
  if (view.bookRef) {
    paragraph(doc, `Vào Sổ theo dõi hồ sơ, Quyển số: ${view.bookRef.book}, Số thứ tự: ${view.bookRef.serial}`, { style: { ...style, font: 'serifItalic' } });
  }

  drawSignatureRow(
    doc,
    [
      { title: 'NGƯỜI NỘP HỒ SƠ', hint: SIGN_HINT, name: view.applicant.name },
      { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: SIGN_HINT, name: view.signer.name, mark: signatureBlockMark(view) },
    ],
    gap(doc, base),
    base,
  );
  return finishDocument(opened);
}
