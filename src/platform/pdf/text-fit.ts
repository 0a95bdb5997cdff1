/**
 * Measuring and drawing helpers. pdfkit measures with the current font and size, so each helper
 * sets both first; callers never depend on whatever font happened to be active.
 */
import type { FontRole } from './fonts.ts';
import { useFont, type PdfDoc } from './pdf-document.ts';

export interface TextStyle {
  font: FontRole;
  size: number;
  lineGap?: number;
}

/**
 * Text typed on some systems arrives decomposed (NFD: "u" + combining dot below). Drawn as is,
 * the marks become separate glyphs and copy/search of the PDF loses them, so every string is
 * composed (NFC) before it reaches pdfkit.
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

export function useStyle(doc: PdfDoc, style: TextStyle): PdfDoc {
  return useFont(doc, style.font).fontSize(style.size);
}

/** Height of `text` wrapped to `width` in `style`. */
export function textHeight(doc: PdfDoc, text: string, width: number, style: TextStyle): number {
  useStyle(doc, style);
  return doc.heightOfString(nfc(text), { width, lineGap: style.lineGap ?? 0 });
}

/**
 * The largest size ≤ `style.size` (and ≥ `minSize`) at which `text` fits on one line of `width`.
 * Used for fixed one-line texts such as the national motto, which must not wrap.
 */
export function fitOnOneLine(doc: PdfDoc, text: string, width: number, style: TextStyle, minSize: number): number {
  useStyle(doc, style);
  const natural = doc.widthOfString(nfc(text));
  if (natural <= width) return style.size;
  return Math.max(minSize, Math.floor(((style.size * width) / natural) * 10) / 10);
}

/**
 * Draws `text` wrapped inside a box and returns its height. A `height` limit is always passed to
 * pdfkit so it never starts a page on its own in the middle of a layout we positioned by hand.
 */
export function drawTextBox(
  doc: PdfDoc,
  text: string,
  box: { x: number; y: number; width: number; maxHeight?: number },
  style: TextStyle,
  align: 'left' | 'center' | 'right' | 'justify' = 'left',
): number {
  const lineGap = style.lineGap ?? 0;
  const needed = textHeight(doc, text, box.width, style);
  const height = box.maxHeight === undefined ? needed : Math.min(needed, box.maxHeight);
  doc.text(nfc(text), box.x, box.y, { width: box.width, height: height + 0.5, lineGap, align, ellipsis: needed > height });
  return height;
}
