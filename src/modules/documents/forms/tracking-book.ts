/**
 * TT 01/2018 Form 06 — Sổ theo dõi hồ sơ (A4, printed landscape): one row per dossier with the
 * columns of DOMAIN §7, over as many pages as needed, header row repeated and every page
 * numbered "Trang x/y" so a printed book can be checked for missing sheets.
 */
import { finishDocument } from '../../../platform/pdf/document-frame.ts';
import { drawSignatureRow } from '../../../platform/pdf/signature-block.ts';
import { drawTable } from '../../../platform/pdf/table.ts';
import { vnDateTime } from '../../../platform/pdf/vn-dates.ts';
import { gap, SIGN_HINT, twoDigits } from './form-blocks.ts';
import { openForm } from './form-frame.ts';
import type { TrackingBookRow, TrackingBookView } from './form-views.ts';
import { signatureBlockMark } from './signer.ts';

const when = (at: Date | undefined): string => (at ? vnDateTime(at) : '');

function bookRow(r: TrackingBookRow): string[] {
  return [
    String(r.serial),
    r.dossierCode,
    r.procedureName,
    twoDigits(r.sets),
    r.applicantName,
    [r.applicantAddress, r.applicantPhone && `ĐT: ${r.applicantPhone}`].filter(Boolean).join('\n'),
    r.leadAgency,
    vnDateTime(r.receivedAt),
    vnDateTime(r.appointmentAt),
    when(r.transferredAt),
    when(r.resultReceivedAt),
    when(r.returnedAt),
    r.collectedBy ?? '',
    r.note ?? '',
  ];
}

export async function renderTrackingBook(view: TrackingBookView): Promise<Buffer> {
  const opened = openForm(view, 'desk');
  const { doc, base } = opened;

  drawTable(doc, {
    y: doc.y,
    fontSize: base * 0.8,
    numberColumns: true,
    columns: [
      { header: 'STT', weight: 2.4, align: 'center' },
      { header: 'Mã hồ sơ', weight: 8.4 },
      { header: 'Tên thủ tục hành chính', weight: 7.5 },
      { header: 'Số lượng hồ sơ (bộ)', weight: 3.2, align: 'center' },
      { header: 'Tên cá nhân, tổ chức', weight: 5.5 },
      { header: 'Địa chỉ, số điện thoại', weight: 6.5 },
      { header: 'Cơ quan chủ trì giải quyết', weight: 5 },
      { header: 'Ngày nhận hồ sơ', weight: 4.4, align: 'center' },
      { header: 'Ngày hẹn trả kết quả', weight: 4.4, align: 'center' },
      { header: 'Ngày chuyển hồ sơ đến cơ quan giải quyết', weight: 4.4, align: 'center' },
      { header: 'Ngày nhận kết quả từ cơ quan giải quyết', weight: 4.4, align: 'center' },
      { header: 'Ngày trả kết quả', weight: 4.4, align: 'center' },
      { header: 'Người nhận kết quả (ký, ghi rõ họ tên)', weight: 5.5 },
      { header: 'Ghi chú', weight: 4 },
    ],
    rows: view.rows.map(bookRow),
  });

  drawSignatureRow(doc, [{ title: 'NGƯỜI GHI SỔ', hint: SIGN_HINT, name: view.signer.name, mark: signatureBlockMark(view) }], gap(doc, base), base);
  return finishDocument(opened, { alwaysNumberPages: true });
}
