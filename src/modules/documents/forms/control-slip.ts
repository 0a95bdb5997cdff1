/**
 * TT 01/2018 Form 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ: travels with the paper dossier
 * and records each hand-over between units, when it happened, who gave and who received it, and
 * whether the step finished early, on time or late against its budget (DOMAIN §7). The rows come
 * from the action log; long histories continue on further pages with the header repeated.
 */
import { finishDocument } from '../../../platform/pdf/document-frame.ts';
import { labelled, paragraph } from '../../../platform/pdf/flow-text.ts';
import { drawSignatureRow } from '../../../platform/pdf/signature-block.ts';
import { drawTable } from '../../../platform/pdf/table.ts';
import { vnDateTime } from '../../../platform/pdf/vn-dates.ts';
import { bodyStyle, gap, SIGN_HINT } from './form-blocks.ts';
import { openForm } from './form-frame.ts';
import type { ControlSlipView, HandOver, StepOutcome } from './form-views.ts';
import { signatureBlockMark } from './signer.ts';

const OUTCOME: Record<StepOutcome, string> = { EARLY: 'Trước hạn', ON_TIME: 'Đúng hạn', LATE: 'Quá hạn' };

function handOverRow(h: HandOver, i: number): string[] {
  const timing = [h.budget && `Định mức: ${h.budget}`, h.used && `Thực tế: ${h.used}`].filter(Boolean).join('\n');
  return [
    String(i + 1),
    `Giao: ${h.fromUnit}\nNhận: ${h.toUnit}`,
    vnDateTime(h.handedAt),
    `Giao: ${h.giver}\nNhận: ${h.receiver}`,
    h.outcome ? OUTCOME[h.outcome] : '',
    timing,
    h.note ?? '',
  ];
}

export async function renderControlSlip(view: ControlSlipView): Promise<Buffer> {
  const opened = openForm(view, 'desk');
  const { doc, base } = opened;
  const style = bodyStyle(base);

  paragraph(doc, '(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)', { style: { ...style, font: 'serifItalic' }, align: 'center', gapAfter: base * 0.3 });
  labelled(doc, 'Người nộp hồ sơ', view.applicant.name, { style });
  labelled(doc, 'Thủ tục', `${view.procedure.name} (mã ${view.procedure.code})`, { style });
  if (view.leadUnit) labelled(doc, 'Cơ quan (bộ phận) giải quyết hồ sơ', view.leadUnit, { style });
  if (view.coordinatingUnits?.length) labelled(doc, 'Cơ quan phối hợp giải quyết hồ sơ', view.coordinatingUnits.join('; '), { style });

  drawTable(doc, {
    y: doc.y + base * 0.4,
    fontSize: base * 0.78,
    columns: [
      { header: 'STT', weight: 1.8, align: 'center' },
      { header: 'Đơn vị giao, nhận hồ sơ', weight: 8 },
      { header: 'Thời gian giao, nhận', weight: 4.6, align: 'center' },
      { header: 'Người giao, người nhận', weight: 6.4 },
      { header: 'Kết quả giải quyết (trước hạn/ đúng hạn/ quá hạn)', weight: 4.8, align: 'center' },
      { header: 'Thời hạn của bước', weight: 5.4 },
      { header: 'Ghi chú', weight: 5.5 },
    ],
    rows: view.handOvers.map(handOverRow),
  });

  drawSignatureRow(doc, [{ title: 'NGƯỜI LẬP PHIẾU', hint: SIGN_HINT, name: view.signer.name, mark: signatureBlockMark(view) }], gap(doc, base), base);
  return finishDocument(opened);
}
