/** PDFs for upload tests, made on the spot: plain, encrypted, and with each kind of active content. */
import { PDFDocument, PDFName, type PDFDict, type PDFObject } from 'pdf-lib';
import PDFKit from 'pdfkit';

export function plainPdf(pages = 1, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFKit({ ...options, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (let i = 1; i <= pages; i++) doc.addPage({ size: 'A4' }).text(`Page ${i}`);
    doc.end();
  });
}

/** A plain PDF changed by pdf-lib; saved with object streams, so what is added hides in compressed streams. */
export async function pdfWith(change: (doc: PDFDocument) => void | Promise<void>): Promise<Buffer> {
  const doc = await PDFDocument.load(await plainPdf());
  await change(doc);
  return Buffer.from(await doc.save({ useObjectStreams: true }));
}

/** Sets the document's `/OpenAction`. */
export function withOpenAction(doc: PDFDocument, action: PDFObject): void {
  doc.catalog.set(PDFName.of('OpenAction'), action);
}

/** Adds additional actions (/AA) to the first page. */
export function withPageAction(doc: PDFDocument, action: PDFObject): void {
  const page = doc.getPage(0).node as PDFDict;
  page.set(PDFName.of('AA'), doc.context.obj({ O: doc.context.register(action) }));
}

/** Adds a link annotation running `action` when clicked to the first page. */
export function withLink(doc: PDFDocument, action: PDFObject): void {
  const link = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 50, 200, 70], Border: [0, 0, 0], A: action });
  doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
}
