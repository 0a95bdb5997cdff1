/**
 * Form 06 as an Excel workbook: the same rows as the PDF book (one builder,
 * buildTrackingBook), with the title rows and merged header cells of the
 * printed form, Vietnamese text, and real date cells (Vietnam wall time) so a
 * desk can sort and filter in a spreadsheet.
 */
import { VN_OFFSET_MS } from '../../../platform/clock.ts';
import type { TrackingBookView } from '../forms/form-views.ts';

const HEADERS = [
  'STT',
  'Mã hồ sơ',
  'Tên thủ tục hành chính',
  'Số lượng hồ sơ (bộ)',
  'Tên cá nhân, tổ chức',
  'Địa chỉ, số điện thoại',
  'Cơ quan chủ trì giải quyết',
  'Ngày nhận hồ sơ',
  'Ngày hẹn trả kết quả',
  'Ngày chuyển hồ sơ đến cơ quan giải quyết',
  'Ngày nhận kết quả từ cơ quan giải quyết',
  'Ngày trả kết quả',
  'Người nhận kết quả (ký, ghi rõ họ tên)',
  'Ghi chú',
];
const WIDTHS = [6, 24, 40, 10, 24, 32, 28, 17, 17, 17, 17, 17, 22, 16];
const DATE_COLUMNS = [8, 9, 10, 11, 12];
/** The row of column headers; rows 1–3 hold the agency and the title. */
export const TRACKING_BOOK_HEADER_ROW = 5;

/** Excel has no time zones: a date cell holds the Vietnam wall-clock time, as the printed book shows it. */
const wallClock = (at: Date | undefined): Date | null => (at ? new Date(at.getTime() + VN_OFFSET_MS) : null);

export async function renderTrackingBookExcel(view: TrackingBookView, period: { from: string; to: string }): Promise<Buffer> {
  // exceljs is loaded on the first workbook, not at start (it costs over half a second of module loading).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = view.signer.name;
  wb.created = view.issuedAt;
  const ws = wb.addWorksheet('Sổ theo dõi', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const last = HEADERS.length;
  ws.columns = WIDTHS.map((width) => ({ width }));

  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = view.agency.name.toUpperCase();
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value = 'SỔ THEO DÕI HỒ SƠ';
  ws.mergeCells(3, 1, 3, last);
  ws.getCell(3, 1).value = `Từ ngày ${vnDay(period.from)} đến ngày ${vnDay(period.to)}`;
  for (const r of [1, 2, 3]) {
    const cell = ws.getCell(r, 1);
    cell.alignment = { horizontal: 'center' };
    cell.font = { bold: r !== 3, size: r === 2 ? 14 : 11 };
  }

  const header = ws.getRow(TRACKING_BOOK_HEADER_ROW);
  header.values = HEADERS;
  header.height = 48;
  // The printed form numbers its columns (1)…(14) under the headers.
  const numbers = ws.getRow(TRACKING_BOOK_HEADER_ROW + 1);
  numbers.values = HEADERS.map((_, i) => `(${i + 1})`);
  for (const row of [header, numbers]) {
    row.eachCell((cell) => {
      cell.font = { bold: row === header };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    });
  }
  ws.views = [{ state: 'frozen', ySplit: TRACKING_BOOK_HEADER_ROW + 1 }];

  for (const r of view.rows) {
    const row = ws.addRow([
      r.serial,
      r.dossierCode,
      r.procedureName,
      r.sets,
      r.applicantName,
      [r.applicantAddress, r.applicantPhone && `ĐT: ${r.applicantPhone}`].filter(Boolean).join('\n'),
      r.leadAgency,
      wallClock(r.receivedAt),
      wallClock(r.appointmentAt),
      wallClock(r.transferredAt),
      wallClock(r.resultReceivedAt),
      wallClock(r.returnedAt),
      r.collectedBy ?? '',
      r.note ?? '',
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    for (const c of DATE_COLUMNS) row.getCell(c).numFmt = 'dd/mm/yyyy hh:mm';
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const vnDay = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
