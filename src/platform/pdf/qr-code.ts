/**
 * The QR code printed at the top left of the first page of every document (Circular 01/2023/
 * TT-VPCP; symbology TCVN 7322:2009 = ISO/IEC 18004). It is drawn as vector squares, so it stays
 * sharp at any print resolution and adds no image to the PDF.
 */
import QRCode from 'qrcode';
import type { PdfDoc } from './pdf-document.ts';

/** The mandated minimum content (dossier, procedure, applicant, document) plus a look-up URL (R). */
export interface QrContent {
  dossierCode: string;
  procedureCode: string;
  applicantId: string;
  documentName: string;
  url: string;
}

/** One line per field; a line break inside a value would shift the fields, so it becomes a space. */
const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

/**
 * The text encoded in the QR code, one `KEY:value` line per field in a fixed order and the URL
 * last so phone scanners offer to open it:
 *
 * ```
 * MHS:<dossier code>        mã hồ sơ
 * TTHC:<procedure code>     mã thủ tục hành chính
 * DD:<applicant id>         số định danh / mã số thuế of the applicant
 * TL:<document name>        tên tài liệu
 * <url>                     public look-up / verification page
 * ```
 *
 * Short keys keep the symbol small (about version 9 for a typical slip), so it still scans when
 * printed 22 mm wide on A5.
 */
export function qrText(c: QrContent): string {
  return [
    `MHS:${oneLine(c.dossierCode)}`,
    `TTHC:${oneLine(c.procedureCode)}`,
    `DD:${oneLine(c.applicantId)}`,
    `TL:${oneLine(c.documentName)}`,
    oneLine(c.url),
  ].join('\n');
}

export interface QrPlacement {
  x: number;
  y: number;
  /** Width and height of the symbol, without its quiet zone. */
  size: number;
}

export interface DrawnQr {
  moduleSize: number;
  /** The blank margin ISO/IEC 18004 requires around the symbol (4 modules); keep other ink out of it. */
  quietZone: number;
}

/** Draws `text` as a QR code (error correction M) filling the square at `placement`. */
export function drawQrCode(doc: PdfDoc, text: string, placement: QrPlacement): DrawnQr {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const cell = placement.size / count;
  doc.save().fillColor('black');
  for (let row = 0; row < count; row += 1) {
    // Runs of dark modules become one rectangle: fewer operators, no hairline seams between squares.
    let col = 0;
    while (col < count) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col += 1;
      doc.rect(placement.x + start * cell, placement.y + row * cell, (col - start) * cell, cell);
    }
  }
  doc.fill().restore();
  return { moduleSize: cell, quietZone: 4 * cell };
}
