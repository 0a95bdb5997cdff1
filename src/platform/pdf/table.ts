/**
 * A ruled table that flows over as many pages as its rows need, repeating the header row (and
 * the row of column numbers Vietnamese registers print under it) on every page. pdfkit's own
 * table does not repeat headers, and registers such as the tracking book must stay readable
 * page by page.
 */
import { contentBox, mm } from './page-geometry.ts';
import type { PdfDoc } from './pdf-document.ts';
import { drawTextBox, textHeight, type TextStyle } from './text-fit.ts';

export interface TableColumn {
  header: string;
  /** Relative width; the columns share the content width in proportion to their weights. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableOptions {
  columns: TableColumn[];
  rows: string[][];
  /** Where the table starts on the current page. */
  y: number;
  fontSize: number;
  /** Print "(1) (2) …" under the header, as registers do. */
  numberColumns?: boolean;
  /** Called after a page break; draws any running head and returns the y where the table resumes. */
  onNewPage?: (doc: PdfDoc) => number;
}

const HEADER_FILL = '#e6e6e6';

/** Draws the table and returns the y below its last row. */
export function drawTable(doc: PdfDoc, opts: TableOptions): number {
  const box = contentBox(doc);
  const pad = mm(0.8);
  const totalWeight = opts.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = opts.columns.map((c) => (box.width * c.weight) / totalWeight);
  const bodyStyle: TextStyle = { font: 'serif', size: opts.fontSize };
  const headStyle: TextStyle = { font: 'serifBold', size: opts.fontSize };

  const rowHeight = (cells: string[], style: TextStyle): number =>
    Math.max(...widths.map((w, i) => textHeight(doc, cells[i] ?? '', w - 2 * pad, style))) + 2 * pad;

  type RowKind = 'head' | 'numbers' | 'body';
  const drawRow = (cells: string[], y: number, height: number, style: TextStyle, kind: RowKind): void => {
    let x = box.left;
    widths.forEach((w, i) => {
      if (kind === 'head') doc.save().fillColor(HEADER_FILL).rect(x, y, w, height).fill().restore();
      doc.save().lineWidth(0.5).strokeColor('black').rect(x, y, w, height).stroke().restore();
      const align = kind === 'body' ? (opts.columns[i]?.align ?? 'left') : 'center';
      drawTextBox(doc, cells[i] ?? '', { x: x + pad, y: y + pad, width: w - 2 * pad, maxHeight: height - 2 * pad }, style, align);
      x += w;
    });
  };

  const headers = opts.columns.map((c) => c.header);
  const numbers = opts.columns.map((_, i) => `(${i + 1})`);
  const headH = rowHeight(headers, headStyle) + (opts.numberColumns ? rowHeight(numbers, bodyStyle) : 0);
  const drawHead = (y: number): number => {
    const h = rowHeight(headers, headStyle);
    drawRow(headers, y, h, headStyle, 'head');
    if (!opts.numberColumns) return y + h;
    const n = rowHeight(numbers, bodyStyle);
    drawRow(numbers, y + h, n, bodyStyle, 'numbers');
    return y + h + n;
  };
  const newPage = (): number => {
    doc.addPage();
    return opts.onNewPage?.(doc) ?? contentBox(doc).top;
  };

  // A row taller than a whole page is cut with an ellipsis rather than run off the paper.
  const tallest = box.bottom - box.top - headH;
  const firstRowH = opts.rows[0] ? Math.min(tallest, rowHeight(opts.rows[0], bodyStyle)) : 0;
  let y = opts.y + headH + firstRowH > box.bottom ? newPage() : opts.y;
  y = drawHead(y);
  for (const row of opts.rows) {
    let height = Math.min(tallest, rowHeight(row, bodyStyle));
    if (y + height > box.bottom) {
      y = drawHead(newPage());
      height = Math.min(height, box.bottom - y);
    }
    drawRow(row, y, height, bodyStyle, 'body');
    y += height;
  }
  doc.y = y;
  return y;
}
