/**
 * Signature blocks: the signer's title, the hint line, room for the signature and the name.
 * Where the document is signed electronically a framed mark shows who signed, for which
 * organisation and when; the cryptographic PAdES signature itself is added afterwards by the
 * signing module over the whole file, so this mark is only its visible, human-readable face.
 */
import { contentBox, mm } from './page-geometry.ts';
import type { PdfDoc } from './pdf-document.ts';
import { drawTextBox, textHeight, type TextStyle } from './text-fit.ts';
import { vnDateTime } from './vn-dates.ts';

export interface SignatureMark {
  signer: string;
  organisation: string;
  signedAt: Date;
}

export interface SignatureBlockSpec {
  /** e.g. 'NGƯỜI TIẾP NHẬN HỒ SƠ' or 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'. */
  title: string;
  /** e.g. '(Ký và ghi rõ họ tên)'. */
  hint?: string;
  name: string;
  mark?: SignatureMark;
}

const MARK_COLOUR = '#1a3c8c';

/** The text of the visible signature mark. */
export function signatureMarkText(mark: SignatureMark): string {
  return `Ký bởi: ${mark.signer}\nCơ quan: ${mark.organisation}\nThời gian ký: ${vnDateTime(mark.signedAt)}`;
}

interface BlockLayout {
  /** Title and hint. */
  headHeight: number;
  /** Room for the signature: the framed mark plus space for a handwritten signature and seal. */
  signHeight: number;
  nameHeight: number;
  /** Draws the block with the signature room starting at `signTop`, so names in a row line up. */
  draw(x: number, y: number, signTop: number, nameTop: number): void;
}

function layoutBlock(doc: PdfDoc, spec: SignatureBlockSpec, width: number, base: number): BlockLayout {
  const titleStyle: TextStyle = { font: 'serifBold', size: base };
  const hintStyle: TextStyle = { font: 'serifItalic', size: base * 0.9 };
  const nameStyle: TextStyle = { font: 'serifBold', size: base };
  const markStyle: TextStyle = { font: 'serif', size: base * 0.75, lineGap: 0.5 };
  const pad = mm(1.2);
  const markWidth = Math.min(width, mm(62));
  const markText = spec.mark ? signatureMarkText(spec.mark) : '';
  const markHeight = spec.mark ? textHeight(doc, markText, markWidth - 2 * pad, markStyle) + 2 * pad : 0;

  return {
    headHeight: textHeight(doc, spec.title, width, titleStyle) + (spec.hint ? textHeight(doc, spec.hint, width, hintStyle) : 0),
    signHeight: Math.max(mm(14), markHeight + mm(3)),
    nameHeight: textHeight(doc, spec.name, width, nameStyle),
    draw(x, y, signTop, nameTop) {
      const afterTitle = y + drawTextBox(doc, spec.title, { x, y, width }, titleStyle, 'center');
      if (spec.hint) drawTextBox(doc, spec.hint, { x, y: afterTitle, width }, hintStyle, 'center');
      if (spec.mark) {
        const boxX = x + (width - markWidth) / 2;
        const boxY = signTop + (nameTop - signTop - markHeight) / 2;
        doc.save().lineWidth(0.8).strokeColor(MARK_COLOUR).rect(boxX, boxY, markWidth, markHeight).stroke().restore();
        doc.fillColor(MARK_COLOUR);
        drawTextBox(doc, markText, { x: boxX + pad, y: boxY + pad, width: markWidth - 2 * pad }, markStyle, 'left');
        doc.fillColor('black');
      }
      drawTextBox(doc, spec.name, { x, y: nameTop, width }, nameStyle, 'center');
    },
  };
}

/**
 * Draws signature blocks side by side starting at `y` (one block sits in the right half, as on
 * Vietnamese documents). Starts a new page first when the row would not fit. Returns the y below.
 */
export function drawSignatureRow(doc: PdfDoc, blocks: SignatureBlockSpec[], y: number, base: number): number {
  const box = contentBox(doc);
  const columns = Math.max(blocks.length, 2);
  const width = box.width / columns;
  const layouts = blocks.map((b) => layoutBlock(doc, b, width - mm(2), base));
  const headHeight = Math.max(0, ...layouts.map((l) => l.headHeight));
  const signHeight = Math.max(0, ...layouts.map((l) => l.signHeight));
  const height = headHeight + signHeight + Math.max(0, ...layouts.map((l) => l.nameHeight));
  let top = y;
  if (top + height > box.bottom) {
    doc.addPage();
    top = contentBox(doc).top;
  }
  const firstColumn = columns - blocks.length;
  layouts.forEach((layout, i) =>
    layout.draw(box.left + (firstColumn + i) * width + mm(1), top, top + headHeight, top + headHeight + signHeight),
  );
  doc.y = top + height;
  return top + height;
}
