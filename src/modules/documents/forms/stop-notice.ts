/**
 * Circular 03/2025 Form 05 — Thông báo dừng giải quyết hồ sơ (DOMAIN §4.7): processing ends
 * without a result; the notice gives the provisions and the reason. Signed by the agency.
 */
import { finishDocument } from '../../../platform/pdf/document-frame.ts';
import { drawSignatureRow } from '../../../platform/pdf/signature-block.ts';
import { applicantBlock, gap, legalBasisBlock, reasonBlock, SIGN_AND_SEAL_HINT } from './form-blocks.ts';
import { issuingUnit, openForm } from './form-frame.ts';
import type { StopNoticeView } from './form-views.ts';
import { signatureBlockMark, signerTitle } from './signer.ts';

export async function renderStopNotice(view: StopNoticeView): Promise<Buffer> {
  const opened = openForm(view, 'agency');
  const { doc, base } = opened;
  const agency = issuingUnit(view, 'agency');

  applicantBlock(doc, view, base, `${agency} thông báo về hồ sơ của:`);
  legalBasisBlock(doc, view.legalBasis, base);
  reasonBlock(doc, `${agency} dừng giải quyết hồ sơ nêu trên vì lý do sau`, view.reason, base);

  drawSignatureRow(doc, [{ title: signerTitle(view), hint: SIGN_AND_SEAL_HINT, name: view.signer.name, mark: signatureBlockMark(view) }], gap(doc, base), base);
  return finishDocument(opened);
}
