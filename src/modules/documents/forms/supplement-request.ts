/**
 * Form 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: every item to add or correct with its
 * reason, given in one go (Decree 61 Art. 16: the desk asks once), and whom to call for help.
 */
import { finishDocument } from '../../../platform/pdf/document-frame.ts';
import { labelled, paragraph } from '../../../platform/pdf/flow-text.ts';
import { drawSignatureRow } from '../../../platform/pdf/signature-block.ts';
import { applicantBlock, bodyStyle, gap, SIGN_HINT } from './form-blocks.ts';
import { issuingUnit, openForm } from './form-frame.ts';
import type { SupplementRequestView } from './form-views.ts';
import { signatureBlockMark } from './signer.ts';

export async function renderSupplementRequest(view: SupplementRequestView): Promise<Buffer> {
  const opened = openForm(view, 'desk');
  const { doc, base } = opened;
  const style = bodyStyle(base);

  applicantBlock(doc, view, base, `${issuingUnit(view, 'desk')} tiếp nhận hồ sơ của:`);
  paragraph(doc, 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:', { style: { ...style, font: 'serifBold' } });
  view.items.forEach((item, i) => {
    paragraph(doc, `${i + 1}. ${item.item}`, { style, indent: base });
    labelled(doc, 'Lý do', item.reason, { style: { ...style, font: 'serifItalic' }, indent: base * 2.2 });
  });
  doc.y += base * 0.4;
  paragraph(
    doc,
    `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với ${view.contact.name}, số điện thoại ${view.contact.phone} để được hướng dẫn.`,
    { style, align: 'justify' },
  );

  drawSignatureRow(doc, [{ title: 'NGƯỜI HƯỚNG DẪN', hint: SIGN_HINT, name: view.signer.name, mark: signatureBlockMark(view) }], gap(doc, base), base);
  return finishDocument(opened);
}
