/**
 * The page images of a scanned PDF, for OCR. A scanner writes one image per page; that image
 * (the largest, if a page has a logo or a stamp besides) is taken out as it is stored, with
 * pdf-lib and sharp only — no poppler at run time. Pages whose image is encoded in a way we do
 * not decode (see pdf-image-xobject.ts), or that carry no image (born-digital pages, whose
 * text a PDF text extractor reads better than OCR), are skipped.
 */
import { EncryptedPDFError, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, type PDFContext, type PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import { OcrError } from './ocr-error.ts';
import { imageFileOf, type ImageXObject } from './pdf-image-xobject.ts';

/** Scanner software sometimes wraps the page image in a form XObject; deeper is not a scan. */
const MAX_FORM_DEPTH = 3;

function imagesIn(context: PDFContext, resources: PDFDict | undefined, depth: number, found: ImageXObject[]): ImageXObject[] {
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  for (const [, ref] of xobjects?.entries() ?? []) {
    const stream = context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const subtype = stream.dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText();
    if (subtype === 'Image') {
      const width = stream.dict.lookupMaybe(PDFName.of('Width'), PDFNumber)?.asNumber() ?? 0;
      const height = stream.dict.lookupMaybe(PDFName.of('Height'), PDFNumber)?.asNumber() ?? 0;
      if (width > 0 && height > 0) found.push({ width, height, stream });
    } else if (subtype === 'Form' && depth < MAX_FORM_DEPTH) {
      imagesIn(context, stream.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), depth + 1, found);
    }
  }
  return found;
}

/** The pages, or the OCR error: pdf-lib parses leniently and a broken file fails at its page tree. */
async function pagesOf(pdf: Buffer): Promise<{ doc: PDFDocument; pages: PDFPage[] }> {
  try {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    return { doc, pages: doc.getPages() };
  } catch (err) {
    throw new OcrError('ocr.unreadablePdf', {}, err instanceof EncryptedPDFError ? new Error('encrypted PDF') : err);
  }
}

/** JPEG or PNG files, one per page that has a decodable page image, in page order. */
export async function pageImagesFromPdf(pdf: Buffer): Promise<Buffer[]> {
  const { doc, pages } = await pagesOf(pdf);
  const images: Buffer[] = [];
  for (const page of pages) {
    const candidates = imagesIn(doc.context, page.node.Resources(), 0, []);
    const largest = candidates.sort((a, b) => b.width * b.height - a.width * a.height)[0];
    if (!largest) continue;
    let file: Buffer | null;
    try {
      file = await imageFileOf(doc.context, largest);
    } catch {
      file = null; // a damaged stream: skip the page like any other we cannot decode
    }
    if (!file) continue;
    // A page turned with /Rotate shows its image turned; OCR needs the text upright.
    const angle = ((page.getRotation().angle % 360) + 360) % 360;
    images.push(angle === 0 ? file : await sharp(file).rotate(angle).png({ compressionLevel: 1 }).toBuffer());
  }
  return images;
}
