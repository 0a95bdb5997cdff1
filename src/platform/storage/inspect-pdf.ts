/**
 * A PDF is kept as sent (re-writing it would break any signature on it), so it
 * must prove harmless: parseable, not encrypted — also not "owner password
 * only", whose restrictions we could neither honour nor sign over — and free
 * of active content. Returns the page count.
 */
import { PDFDocument } from 'pdf-lib';
import { findActiveContent } from './pdf-active-content.ts';
import { UploadRefusedError } from './upload-refused-error.ts';

export async function inspectPdf(bytes: Uint8Array): Promise<{ pages: number }> {
  const document = await parse(bytes);
  if (document.isEncrypted) throw new UploadRefusedError('upload.pdfEncrypted');
  const active = findActiveContent(document.context);
  if (active.length > 0) throw new UploadRefusedError('upload.pdfActiveContent', { found: active.join(', ') });
  const pages = countPages(document);
  if (pages < 1) throw new UploadRefusedError('upload.pdfCorrupt');
  return { pages };
}

async function parse(bytes: Uint8Array): Promise<PDFDocument> {
  try {
    // Encryption is checked by us, after parsing, so that it gets its own message.
    return await PDFDocument.load(bytes, { ignoreEncryption: true, throwOnInvalidObject: true, updateMetadata: false });
  } catch {
    // Encrypted object streams can defeat the parser; the trailer's /Encrypt still tells why.
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/Encrypt');
    throw new UploadRefusedError(encrypted ? 'upload.pdfEncrypted' : 'upload.pdfCorrupt');
  }
}

function countPages(document: PDFDocument): number {
  try {
    return document.getPageCount();
  } catch {
    return 0;
  }
}
