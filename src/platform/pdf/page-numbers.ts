/**
 * "Trang x/y" at the foot of every page. It is written after the content, when the page count is
 * known, which is why documents are created with buffered pages.
 */
import type { PdfDoc } from './pdf-document.ts';
import { drawTextBox } from './text-fit.ts';

export interface PageNumberOptions {
  /** Number a single-page document too (registers always are; one-page forms are not). */
  always?: boolean;
  fontSize: number;
}

export function addPageNumbers(doc: PdfDoc, opts: PageNumberOptions): void {
  const { start, count } = doc.bufferedPageRange();
  if (count < 2 && !opts.always) return;
  for (let i = 0; i < count; i += 1) {
    doc.switchToPage(start + i);
    const { width, height, margins } = doc.page;
    // The number sits in the bottom margin, outside the content area, so it never meets the text.
    const y = height - margins.bottom + (margins.bottom - opts.fontSize * 1.4) / 2;
    drawTextBox(doc, `Trang ${i + 1}/${count}`, { x: margins.left, y, width: width - margins.left - margins.right }, { font: 'serifItalic', size: opts.fontSize }, 'center');
  }
}
