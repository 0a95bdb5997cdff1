/**
 * Body blocks the dossier forms share: who applied for what, numbered items and the
 * signature hints, worded as in the TT 01/2018 templates.
 */
import { labelled, labelledLine, paragraph } from '../../../platform/pdf/flow-text.ts';
import type { PdfDoc } from '../../../platform/pdf/pdf-document.ts';
import type { TextStyle } from '../../../platform/pdf/text-fit.ts';
import type { DossierFormViewBase } from './form-views.ts';

export const SIGN_HINT = '(Ký và ghi rõ họ tên)';
export const SIGN_AND_SEAL_HINT = '(Ký, ghi rõ họ tên và đóng dấu)';

export function bodyStyle(base: number): TextStyle {
  return { font: 'serif', size: base, lineGap: base * 0.15 };
}

/** Numbers below 10 are written with a leading zero on Vietnamese forms ("01 bộ"). */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** "<intro>" then the applicant's particulars and the procedure requested. */
export function applicantBlock(doc: PdfDoc, view: DossierFormViewBase, base: number, intro: string): void {
  const style = bodyStyle(base);
  const { applicant } = view;
  paragraph(doc, intro, { style });
  const person: [string, string][] = [['Ông/Bà', applicant.name]];
  if (applicant.idNumber) person.push(['Số định danh/Mã số thuế', applicant.idNumber]);
  labelledLine(doc, person, { style });
  if (applicant.address) labelled(doc, 'Địa chỉ', applicant.address, { style });
  const contact: [string, string][] = [];
  if (applicant.phone) contact.push(['Số điện thoại', applicant.phone]);
  if (applicant.email) contact.push(['Email', applicant.email]);
  if (contact.length) labelledLine(doc, contact, { style });
  labelled(doc, 'Nội dung yêu cầu giải quyết', `${view.procedure.name} (mã thủ tục ${view.procedure.code})`, { style, gapAfter: base * 0.4 });
}

/** An item of a numbered list, e.g. "3. Thời gian giải quyết hồ sơ theo quy định là: …". */
export function numberedItem(doc: PdfDoc, n: number, label: string, value: string, base: number): void {
  labelled(doc, `${n}. ${label}`, value, { style: bodyStyle(base) });
}

/** Keeps the cursor clear of the previous block before a signature row. */
export function gap(doc: PdfDoc, base: number): number {
  doc.y += base * 0.8;
  return doc.y;
}

/** "Căn cứ …" lines: the provisions a refusal or stop rests on. */
export function legalBasisBlock(doc: PdfDoc, lines: string[], base: number): void {
  const style = bodyStyle(base);
  if (lines.length === 0) return;
  paragraph(doc, 'Căn cứ quy định tại:', { style: { ...style, font: 'serifBold' } });
  for (const line of lines) paragraph(doc, `- ${line}`, { style: { ...style, font: 'serifItalic' }, indent: base, align: 'justify' });
}

/** A bold lead-in followed by the reason as a justified paragraph. */
export function reasonBlock(doc: PdfDoc, lead: string, reason: string, base: number): void {
  const style = bodyStyle(base);
  paragraph(doc, `${lead}:`, { style: { ...style, font: 'serifBold' } });
  paragraph(doc, reason, { style, indent: base, align: 'justify' });
}
