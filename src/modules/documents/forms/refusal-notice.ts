/**
 * Form 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ: the provisions relied on and the reason,
 * so the applicant knows why and can contest it.
 */
import { finishDocument } from '../../../platform/pdf/document-frame.ts';
import { drawSignatureRow } from '../../../platform/pdf/signature-block.ts';
import { applicantBlock, gap, legalBasisBlock, reasonBlock, SIGN_HINT } from './form-blocks.ts';
import { issuingUnit, openForm } from './form-frame.ts';
import type { RefusalNoticeView } from './form-views.ts';
import { signatureBlockMark } from './signer.ts';

export async function renderRefusalNotice(view: RefusalNoticeView): Promise<Buffer> {
  const opened = openForm(view, 'desk');
  const { doc, base } = opened;
  const unit = issuingUnit(view, 'desk');

  applicantBlock(doc, view, base, `${unit} tiếp nhận hồ sơ của:`);
  legalBasisBlock(doc, view.legalBasis, base);
  reasonBlock(doc, `${unit} từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau`, view.reason, base);

  drawSignatureRow(doc, [{ title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: SIGN_HINT, name: view.signer.name, mark: signatureBlockMark(view) }], gap(doc, base), base);
  return finishDocument(opened);
}
