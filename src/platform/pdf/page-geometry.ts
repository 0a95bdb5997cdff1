/**
 * Paper sizes and margins. Forms 01–05 of TT 01/2018 are A5 portrait, the tracking book (Form 06)
 * is A4 (landscape here, so its fourteen columns stay readable) and e-results are A4 portrait with
 * the margins of Decree 30/2020/NĐ-CP Appendix I (top/bottom 20 mm, left 30 mm, right 15 mm).
 */
export type Paper = 'A5' | 'A4' | 'A4_LANDSCAPE';

const PT_PER_MM = 72 / 25.4;

/** Millimetres to PDF points. */
export function mm(millimetres: number): number {
  return millimetres * PT_PER_MM;
}

interface PaperSpec {
  size: 'A5' | 'A4';
  layout: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number };
  /** Base body font size; headings scale from it so A5 and A4 keep the same proportions. */
  baseFontSize: number;
}

export const PAPERS: Readonly<Record<Paper, PaperSpec>> = {
  A5: { size: 'A5', layout: 'portrait', margins: { top: mm(10), bottom: mm(10), left: mm(12), right: mm(10) }, baseFontSize: 8.5 },
  A4: { size: 'A4', layout: 'portrait', margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) }, baseFontSize: 12 },
  A4_LANDSCAPE: {
    size: 'A4',
    layout: 'landscape',
    margins: { top: mm(15), bottom: mm(15), left: mm(15), right: mm(15) },
    baseFontSize: 9,
  },
};

/** The writable area of the current page. */
export interface ContentBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
}

/** Takes pdfkit's document type directly (not pdf-document.ts's alias), so this file and pdf-document.ts do not import each other. */
export function contentBox(doc: Pick<PDFKit.PDFDocument, 'page'>): ContentBox {
  const { width, height, margins } = doc.page;
  return {
    left: margins.left,
    right: width - margins.right,
    top: margins.top,
    bottom: height - margins.bottom,
    width: width - margins.left - margins.right,
  };
}
