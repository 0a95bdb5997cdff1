/**
 * The visible mark TT 01/2023 Art. 8 asks for on a digitised scan: at the top
 * left of the first page, who digitised it and when. It is drawn before the
 * officer's digital signature, so the signature covers the mark too. The PDF
 * is saved with a classic cross-reference table because the PAdES signer
 * appends its incremental update to that form.
 */
import fontkit from '@pdf-lib/fontkit';
import fs from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import { fontPath } from '../../../platform/pdf/fonts.ts';
import { vnDateTime } from '../../../platform/pdf/vn-dates.ts';

export interface ScanMark {
  officerName: string;
  agencyName: string;
  at: Date;
  code?: string;
}

let fontBytes: Buffer | undefined;

export async function stampScanMark(pdf: Buffer, mark: ScanMark): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.registerFontkit(fontkit);
  fontBytes ??= fs.readFileSync(fontPath('sans'));
  const font = await doc.embedFont(fontBytes, { subset: true });
  const page = doc.getPage(0);
  const { height } = page.getSize();
  const lines = [`Đã số hóa bởi: ${mark.officerName}`, mark.agencyName, `Thời gian: ${vnDateTime(mark.at)}`];
  const size = 6.5;
  const width = Math.max(...lines.map((l) => font.widthOfTextAtSize(l, size))) + 8;
  const boxHeight = lines.length * (size + 2) + 6;
  const top = height - 8;
  page.drawRectangle({ x: 8, y: top - boxHeight, width, height: boxHeight, color: rgb(1, 1, 1), opacity: 0.85, borderColor: rgb(0.75, 0.1, 0.1), borderWidth: 0.6 });
  lines.forEach((line, i) => page.drawText(line, { x: 12, y: top - 4 - (i + 1) * (size + 2) + 2, size, font, color: rgb(0.75, 0.1, 0.1) }));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
