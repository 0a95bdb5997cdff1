/**
 * The e-result document (Decree 45/2020 Art. 14(3); DOMAIN §8): the issued result itself, A4, with
 * its result code `<dossierCode>-KQn`, the QR code opening the public verification page, and,
 * for a replacement (Decree 61 Art. 21), a visible line naming the result it replaces. The
 * agency's PAdES signature is added to these bytes afterwards by the signing module.
 */
import { finishDocument, openDocument } from '../../../platform/pdf/document-frame.ts';
import { labelled, paragraph } from '../../../platform/pdf/flow-text.ts';
import { drawSignatureRow } from '../../../platform/pdf/signature-block.ts';
import { vnDate } from '../../../platform/pdf/vn-dates.ts';
import { bodyStyle, gap } from './form-blocks.ts';
import type { ResultView } from './form-views.ts';

/** "Có hiệu lực từ ngày … đến ngày …", or the open-ended variants; null without dates. */
export function validityLine(validFrom: Date | undefined, validTo: Date | undefined): string | null {
  if (validFrom && validTo) return `Có hiệu lực từ ngày ${vnDate(validFrom)} đến ngày ${vnDate(validTo)}.`;
  if (validFrom) return `Có hiệu lực kể từ ngày ${vnDate(validFrom)}.`;
  if (validTo) return `Có hiệu lực đến ngày ${vnDate(validTo)}.`;
  return null;
}

export async function renderResult(view: ResultView): Promise<Buffer> {
  const opened = openDocument({
    paper: 'A4',
    meta: {
      title: view.title,
      author: view.agency.name,
      subject: `${view.title} – Mã kết quả ${view.resultCode}`,
      createdAt: view.issuedAt,
      keywords: [view.resultCode],
    },
    qr: view.qr,
    heading: {
      parentAgency: view.agency.parentName,
      issuingAgency: view.agency.name,
      ...(view.documentNumber ? { number: view.documentNumber } : {}),
      place: view.place,
      date: view.issuedAt,
    },
    title: view.title,
    subtitle: [`Mã kết quả: ${view.resultCode}`],
  });
  const { doc, base } = opened;
  const style = bodyStyle(base);
  const italic = { ...style, font: 'serifItalic' } as const;

  if (view.replaces) {
    paragraph(doc, `Thay thế kết quả số ${view.replaces.code}: ${view.replaces.reason}`, { style: { ...style, font: 'serifBoldItalic' }, align: 'center', gapAfter: base * 0.4 });
  }
  for (const line of view.preamble ?? []) paragraph(doc, line, { style: italic, align: 'justify' });
  doc.y += base * 0.4;

  labelled(doc, 'Cấp cho', view.holder.name, { style });
  if (view.holder.idNumber) labelled(doc, 'Số định danh/Mã số thuế', view.holder.idNumber, { style });
  if (view.holder.address) labelled(doc, 'Địa chỉ', view.holder.address, { style });
  for (const field of view.fields) labelled(doc, field.label, field.value, { style });
  doc.y += base * 0.3;
  for (const text of view.body ?? []) paragraph(doc, text, { style, align: 'justify', gapAfter: base * 0.2 });
  const validity = validityLine(view.validFrom, view.validTo);
  if (validity) paragraph(doc, validity, { style: { ...style, font: 'serifBold' } });

  drawSignatureRow(
    doc,
    [
      {
        title: view.signer.title.toLocaleUpperCase('vi-VN'),
        name: view.signer.name,
        mark: { signer: view.signer.name, organisation: view.signer.organisation, signedAt: view.issuedAt },
      },
    ],
    gap(doc, base),
    base,
  );
  doc.y += base;
  const note = { font: 'serifItalic', size: base * 0.75 } as const;
  paragraph(doc, 'Văn bản điện tử có giá trị pháp lý như văn bản giấy (Nghị định số 45/2020/NĐ-CP). Tra cứu, xác thực văn bản tại:', { style: note });
  // On a line of its own so that a reader can copy or type it unbroken.
  paragraph(doc, view.verifyUrl, { style: { ...note, font: 'serif' } });
  return finishDocument(opened);
}
