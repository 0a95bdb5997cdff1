/**
 * Running text for the body of a document: paragraphs and "Label: value" lines that wrap within
 * the margins and continue on a new page when they reach the bottom (pdfkit's own page flow),
 * so long citizen-supplied texts never run off the paper.
 */
import { contentBox } from './page-geometry.ts';
import { useFont, type PdfDoc } from './pdf-document.ts';
import { nfc, useStyle, type TextStyle } from './text-fit.ts';

export interface FlowOptions {
  style: TextStyle;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Left indent in points (hanging items, sub-lists). */
  indent?: number;
  /** Space after the block, in points. */
  gapAfter?: number;
}

/** Starts a new page when fewer than `height` points remain, so a block is not split from its heading. */
export function keepTogether(doc: PdfDoc, height: number): void {
  const box = contentBox(doc);
  if (doc.y + height > box.bottom) {
    doc.addPage();
    doc.y = contentBox(doc).top;
  }
}

export function paragraph(doc: PdfDoc, text: string, opts: FlowOptions): void {
  const box = contentBox(doc);
  const indent = opts.indent ?? 0;
  useStyle(doc, opts.style);
  keepTogether(doc, doc.currentLineHeight(true));
  doc.text(nfc(text), box.left + indent, doc.y, {
    width: box.width - indent,
    align: opts.align ?? 'left',
    lineGap: opts.style.lineGap ?? 0,
  });
  doc.y += opts.gapAfter ?? 0;
}

/** A line such as "Mã hồ sơ: H21.10-260302-0001" with the label in bold and the value wrapping after it. */
export function labelled(doc: PdfDoc, label: string, value: string, opts: FlowOptions): void {
  labelledLine(doc, [[label, value]], opts);
}

/** Several "Label: value" pairs run together on one wrapping line, e.g. phone and e-mail. */
export function labelledLine(doc: PdfDoc, pairs: [label: string, value: string][], opts: FlowOptions): void {
  const box = contentBox(doc);
  const indent = opts.indent ?? 0;
  const text = { width: box.width - indent, lineGap: opts.style.lineGap ?? 0, align: opts.align ?? 'left' } as const;
  useStyle(doc, opts.style);
  keepTogether(doc, doc.currentLineHeight(true));
  doc.text('', box.left + indent, doc.y, { ...text, continued: true });
  pairs.forEach(([label, value], i) => {
    const last = i === pairs.length - 1;
    useFont(doc, 'serifBold').text(`${i > 0 ? '     ' : ''}${nfc(label)}: `, { ...text, continued: true });
    useFont(doc, opts.style.font).text(nfc(value), { ...text, continued: !last });
  });
  doc.y += opts.gapAfter ?? 0;
}
