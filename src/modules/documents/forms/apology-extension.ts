/**
 * Form 04 — the agency's apology for a late result with the new return date (TT 01/2018:
 * "Phiếu xin lỗi và hẹn lại ngày trả kết quả"; TT 03/2025: an apology that asks for the time
 * limit to be extended). Signed by the head of the agency, with seal.
 */
import { finishDocument } from '../../../platform/pdf/document-frame.ts';
import { labelled, paragraph } from '../../../platform/pdf/flow-text.ts';
import { drawSignatureRow } from '../../../platform/pdf/signature-block.ts';
import { vnDateTime } from '../../../platform/pdf/vn-dates.ts';
import { applicantBlock, bodyStyle, gap, reasonBlock, SIGN_AND_SEAL_HINT } from './form-blocks.ts';
import { issuingUnit, openForm } from './form-frame.ts';
import type { ApologyExtensionView } from './form-views.ts';
import { signatureBlockMark, signerTitle } from './signer.ts';

/** The regulation's standard apology, used when the officer wrote none. */
function standardApology(agency: string): string {
  return `Sự chậm trễ này đã gây phiền hà, tốn kém thời gian, chi phí và công sức của Ông/Bà. ${agency} thành thật xin lỗi Ông/Bà.`;
}

export async function renderApologyExtension(view: ApologyExtensionView): Promise<Buffer> {
  const opened = openForm(view, 'agency');
  const { doc, base } = opened;
  const style = bodyStyle(base);
  const agency = issuingUnit(view, 'agency');

  applicantBlock(doc, view, base, `${agency} đã tiếp nhận hồ sơ của:`);
  labelled(doc, 'Thời gian nhận hồ sơ', vnDateTime(view.receivedAt), { style });
  labelled(doc, 'Thời gian hẹn trả kết quả', vnDateTime(view.originalAppointmentAt), { style, gapAfter: base * 0.4 });
  paragraph(doc, `Đến nay, ${agency} chưa trả được kết quả giải quyết hồ sơ cho Ông/Bà đúng thời hạn đã hẹn.`, { style, align: 'justify' });
  reasonBlock(doc, 'Lý do chậm trễ', view.delayReason, base);
  paragraph(doc, view.apology ?? standardApology(agency), { style, align: 'justify', gapAfter: base * 0.2 });
  const newDate = vnDateTime(view.newAppointmentAt);
  if (view.regulation === 'TT03_2025') {
    labelled(doc, `${agency} đề nghị gia hạn thời gian giải quyết hồ sơ đến`, newDate, { style: { ...style, font: 'serifBold' } });
  } else {
    labelled(doc, `${agency} hẹn trả kết quả giải quyết hồ sơ vào`, newDate, { style: { ...style, font: 'serifBold' } });
  }
  paragraph(doc, 'Xin trân trọng cảm ơn sự hợp tác của Ông/Bà!', { style: { ...style, font: 'serifItalic' } });

  drawSignatureRow(doc, [{ title: signerTitle(view), hint: SIGN_AND_SEAL_HINT, name: view.signer.name, mark: signatureBlockMark(view) }], gap(doc, base), base);
  return finishDocument(opened);
}
