/**
 * The one place that creates pdfkit documents, so every PDF motcua prints is alike: Vietnamese
 * fonts embedded, metadata set, language `vi-VN`, PDF/A-2b, and the same bytes for the same
 * input (the creation date comes from the caller and pdfkit derives the file /ID from the
 * metadata, so re-rendering a stored view gives an identical file and an identical hash).
 *
 * pdfkit writes a classic cross-reference table, which is what `@signpdf/placeholder-plain`
 * needs to append the PAdES signature by incremental update.
 */
import PDFDocument from 'pdfkit';
import { fontPath, type FontRole } from './fonts.ts';
import { PAPERS, type Paper } from './page-geometry.ts';

export type PdfDoc = PDFKit.PDFDocument;

/** PDF/A-2b: the archival profile recommended for issued results (DOMAIN §8, file formats). */
export const PDF_A_SUBSET = 'PDF/A-2b';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** The document's own date (issue date of the form or result), never "now", for determinism. */
  createdAt: Date;
  keywords?: string[];
}

export interface PdfDocumentOptions {
  paper: Paper;
  meta: PdfMeta;
  /** Declare PDF/A-2b conformance (default true). */
  pdfA?: boolean;
}

/**
 * pdfkit 0.20 copies Title/Author/Subject/Keywords into the XMP packet without XML escaping, so
 * `&` or `<` would make the metadata invalid XML and break PDF/A. Swap them for look-alikes.
 */
function xmpSafe(text: string): string {
  return text.normalize('NFC').replace(/&/g, '\uFF06').replace(/</g, '\u2039').replace(/>/g, '\u203A');
}

export function createPdfDocument(options: PdfDocumentOptions): PdfDoc {
  const paper = PAPERS[options.paper];
  const pdfA = options.pdfA ?? true;
  const { meta } = options;
  const doc = new PDFDocument({
    size: paper.size,
    layout: paper.layout,
    margins: paper.margins,
    // A TTF default font keeps pdfkit from ever using its unembedded Helvetica (not allowed in PDF/A).
    font: fontPath('serif'),
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    pdfVersion: '1.7',
    ...(pdfA ? { subset: PDF_A_SUBSET } : {}),
    info: {
      Title: xmpSafe(meta.title),
      Author: xmpSafe(meta.author),
      Subject: xmpSafe(meta.subject),
      ...(meta.keywords?.length ? { Keywords: xmpSafe(meta.keywords.join(', ')) } : {}),
      Creator: 'motcua',
      Producer: 'motcua (PDFKit)',
      CreationDate: meta.createdAt,
    },
  });
  // pdfkit re-applies `options.font` on every page it adds, even in the middle of an italic
  // paragraph that flows over (the rest of it came out upright and wider than measured), so
  // the default font is used only for the first page and then forgotten.
  delete doc.options.font;
  doc.fontSize(paper.baseFontSize).fillColor('black');
  return doc;
}

/**
 * Selects a font role. Roles are selected by file path rather than by `registerFont` names:
 * pdfkit 0.20 caches a registered name only when no font of the same PostScript name is open,
 * so a name aliasing the default font re-read and re-parsed the TTF on every switch (seconds
 * per table). Keyed by path, each file is opened once per document.
 */
export function useFont(doc: PdfDoc, role: FontRole): PdfDoc {
  return doc.font(fontPath(role));
}

/** Ends the document and collects its bytes. */
export function pdfBuffer(doc: PdfDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
