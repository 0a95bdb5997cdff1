/**
 * The heading every Vietnamese administrative document opens with (Decree 30/2020/NĐ-CP,
 * Appendix I): on the left the parent agency (upper case) and the issuing agency (upper case,
 * bold) over a short rule, then "Số: …"; on the right the national title and motto over a rule as
 * long as the motto, then the italic place-and-date line.
 */
import { mm } from './page-geometry.ts';
import { useFont, type PdfDoc } from './pdf-document.ts';
import { drawTextBox, fitOnOneLine, type TextStyle } from './text-fit.ts';
import { vnPlaceDate } from './vn-dates.ts';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export interface NationalHeadingInput {
  /** e.g. 'UBND TỈNH GIA LAI'; printed upper case. */
  parentAgency: string;
  /** e.g. 'Sở Khoa học và Công nghệ'; printed upper case and bold. */
  issuingAgency: string;
  /** The document's register number, printed as "Số: <number>"; no line when absent. */
  number?: string;
  place: string;
  date: Date;
}

export interface HeadingArea {
  left: number;
  right: number;
  top: number;
  /** Body font size of the paper; the heading is sized from it. */
  baseSize: number;
}

const vnUpper = (s: string): string => s.toLocaleUpperCase('vi-VN');

/** Draws the heading inside `area` and returns the y just below it. */
export function drawNationalHeading(doc: PdfDoc, input: NationalHeadingInput, area: HeadingArea): number {
  const total = area.right - area.left;
  const gutter = mm(2);
  const base = area.baseSize;

  // The motto column must hold the national title on one line; it takes what it needs (at least
  // half, at most 62 %) and the agency column wraps inside the rest.
  const titleStyle: TextStyle = { font: 'serifBold', size: base };
  const titleSize = fitOnOneLine(doc, NATIONAL_TITLE, total * 0.62, titleStyle, base * 0.8);
  useFont(doc, 'serifBold').fontSize(titleSize);
  const rightWidth = Math.min(total * 0.62, Math.max(total * 0.5, doc.widthOfString(NATIONAL_TITLE) + mm(2)));
  const leftWidth = total - rightWidth - gutter;
  const rightX = area.right - rightWidth;

  const leftY = drawAgencyColumn(doc, input, { x: area.left, y: area.top, width: leftWidth }, base);
  const rightY = drawMottoColumn(doc, { x: rightX, y: area.top, width: rightWidth }, titleSize, base);

  const lineY = Math.max(leftY, rightY) + base * 0.5;
  const numberStyle: TextStyle = { font: 'serif', size: base };
  const dateStyle: TextStyle = { font: 'serifItalic', size: base };
  const numberH = input.number
    ? drawTextBox(doc, `Số: ${input.number}`, { x: area.left, y: lineY, width: leftWidth }, numberStyle, 'center')
    : 0;
  const dateH = drawTextBox(doc, vnPlaceDate(input.place, input.date), { x: rightX, y: lineY, width: rightWidth }, dateStyle, 'center');
  return lineY + Math.max(numberH, dateH);
}

function drawAgencyColumn(doc: PdfDoc, input: NationalHeadingInput, col: { x: number; y: number; width: number }, base: number): number {
  let y = col.y;
  y += drawTextBox(doc, vnUpper(input.parentAgency), { ...col, y }, { font: 'serif', size: base }, 'center');
  const issuerStyle: TextStyle = { font: 'serifBold', size: base };
  const issuer = vnUpper(input.issuingAgency);
  y += drawTextBox(doc, issuer, { ...col, y }, issuerStyle, 'center');
  // Decree 30: a rule one third to one half of the agency name, centred under it.
  const ruleWidth = Math.min(col.width, Math.max(col.width / 3, Math.min(col.width / 2, widthOf(doc, issuer, issuerStyle) / 2)));
  return drawRule(doc, col.x + (col.width - ruleWidth) / 2, y + base * 0.25, ruleWidth);
}

function drawMottoColumn(doc: PdfDoc, col: { x: number; y: number; width: number }, titleSize: number, base: number): number {
  let y = col.y;
  y += drawTextBox(doc, NATIONAL_TITLE, { ...col, y }, { font: 'serifBold', size: titleSize }, 'center');
  // Decree 30 sets the motto one point larger than the national title.
  const mottoSize = fitOnOneLine(doc, NATIONAL_MOTTO, col.width, { font: 'serifBold', size: titleSize + 1 }, base * 0.8);
  const mottoStyle: TextStyle = { font: 'serifBold', size: mottoSize };
  y += drawTextBox(doc, NATIONAL_MOTTO, { ...col, y }, mottoStyle, 'center');
  // Decree 30: the rule under the motto is as long as the motto.
  const mottoWidth = widthOf(doc, NATIONAL_MOTTO, mottoStyle);
  return drawRule(doc, col.x + (col.width - mottoWidth) / 2, y + base * 0.25, mottoWidth);
}

function widthOf(doc: PdfDoc, text: string, style: TextStyle): number {
  useFont(doc, style.font).fontSize(style.size);
  return doc.widthOfString(text);
}

/** A thin horizontal rule; returns the y below it. */
function drawRule(doc: PdfDoc, x: number, y: number, width: number): number {
  doc.save().lineWidth(0.6).strokeColor('black').moveTo(x, y).lineTo(x + width, y).stroke().restore();
  return y + 0.6;
}

