/**
 * Page one of every document motcua issues: the QR code in the top-left corner (Circular
 * 01/2023/TT-VPCP), the national heading beside it, an optional form label in the top-right
 * corner, then the title. The rest of the body flows below; `finishDocument` numbers the pages
 * and returns the bytes.
 */
import { drawNationalHeading, type NationalHeadingInput } from './national-heading.ts';
import { addPageNumbers } from './page-numbers.ts';
import { contentBox, mm, PAPERS, type Paper } from './page-geometry.ts';
import { createPdfDocument, pdfBuffer, type PdfDoc, type PdfMeta } from './pdf-document.ts';
import { drawQrCode, qrText, type QrContent } from './qr-code.ts';
import { drawTextBox } from './text-fit.ts';

export interface DocumentFrame {
  paper: Paper;
  meta: PdfMeta;
  qr: QrContent;
  /** Side of the QR symbol; 22 mm on A5 by default, 25 mm on A4. */
  qrSize?: number;
  /** e.g. 'Mẫu số 01', printed small in the top-right corner. */
  formLabel?: string;
  heading: NationalHeadingInput;
  /** Printed upper case and bold, centred. */
  title: string;
  /** Lines centred under the title, e.g. 'Mã hồ sơ: …'. */
  subtitle?: string[];
}

export interface OpenedDocument {
  doc: PdfDoc;
  /** Body font size of the paper. */
  base: number;
}

const DEFAULT_QR_SIZE: Record<Paper, number> = { A5: mm(22), A4: mm(25), A4_LANDSCAPE: mm(22) };

export function openDocument(frame: DocumentFrame): OpenedDocument {
  const base = PAPERS[frame.paper].baseFontSize;
  const doc = createPdfDocument({ paper: frame.paper, meta: frame.meta });
  const box = contentBox(doc);
  const qrSize = frame.qrSize ?? DEFAULT_QR_SIZE[frame.paper];
  const qr = drawQrCode(doc, qrText(frame.qr), { x: box.left, y: box.top, size: qrSize });

  const top = box.top;
  if (frame.formLabel) {
    // In the top margin, right-aligned, as the circulars print "Mẫu số …": it costs no body space.
    const size = base * 0.85;
    drawTextBox(doc, frame.formLabel, { x: box.left, y: box.top - size * 1.6, width: box.width }, { font: 'serifBold', size }, 'right');
  }
  const headingLeft = box.left + qrSize + Math.max(qr.quietZone, mm(2));
  const headingBottom = drawNationalHeading(doc, frame.heading, { left: headingLeft, right: box.right, top, baseSize: base });

  let y = Math.max(headingBottom, box.top + qrSize + qr.quietZone) + base * 1.2;
  const titleStyle = { font: 'serifBold', size: base + 2, lineGap: 1 } as const;
  y += drawTextBox(doc, frame.title.toLocaleUpperCase('vi-VN'), { x: box.left, y, width: box.width }, titleStyle, 'center');
  for (const line of frame.subtitle ?? []) {
    y += base * 0.2;
    y += drawTextBox(doc, line, { x: box.left, y, width: box.width }, { font: 'serifBold', size: base }, 'center');
  }
  doc.x = box.left;
  doc.y = y + base;
  return { doc, base };
}

export interface FinishOptions {
  /** Number single-page output too ("Trang 1/1"); registers want it, one-page slips do not. */
  alwaysNumberPages?: boolean;
}

export function finishDocument(opened: OpenedDocument, opts: FinishOptions = {}): Promise<Buffer> {
  addPageNumbers(opened.doc, { always: opts.alwaysNumberPages ?? false, fontSize: opened.base * 0.85 });
  return pdfBuffer(opened.doc);
}
