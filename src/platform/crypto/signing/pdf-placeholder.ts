/**
 * Adds an empty PAdES signature field to a PDF as an incremental update, using
 * @signpdf/placeholder-plain (which reads classic cross-reference tables, so it works on
 * pdfkit output and on already-signed files, whose earlier signatures stay valid).
 *
 * What placeholder-plain gets wrong is mended here without moving a single object offset:
 *  - text strings: it writes UTF-16 as a JavaScript "binary" string and then encodes it as
 *    UTF-8, garbling every Vietnamese letter in /Name, /Reason and /Location. We hand it
 *    ASCII markers of exactly the right length and swap them for UTF-16BE hex strings;
 *  - the update's trailer lacks /ID, which PDF/A (and PDF 2.0) require in every trailer, and
 *    overstates /Size by one when the file already has a form. The trailer comes after every
 *    offset that points into the file, so rewriting it moves nothing;
 *  - it strips the file's final end-of-line before appending. For "%%EOF\r\n" that would
 *    change a byte an earlier signature covers, so such files first get an extra "%%EOF".
 */
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { SignatureInputError } from './signing-errors.ts';
import { PdfSyntaxError, readPdfValue } from './pdf-objects.ts';

export interface PlaceholderFields {
  name: string;
  reason: string;
  location?: string;
  contactInfo?: string;
  signedAt: Date;
  /** Bytes reserved for the CMS (the hex string in the file is twice as long). */
  signatureLength: number;
}

type TextField = 'name' | 'reason' | 'location' | 'contactInfo';
const TEXT_FIELDS: TextField[] = ['name', 'reason', 'location', 'contactInfo'];

export function addSignaturePlaceholder(pdf: Buffer, fields: PlaceholderFields): Buffer {
  const markers = new Map<string, string>();
  const text = {} as Record<TextField, string>;
  TEXT_FIELDS.forEach((field, index) => {
    const value = fields[field] ?? '';
    if (value === '') {
      text[field] = '';
      return;
    }
    const hex = `<FEFF${Buffer.from(value, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
    // `(marker)` must be exactly as long as the hex string that replaces it.
    const marker = `@${index}@`.padEnd(hex.length - 2, 'Q');
    markers.set(`(${marker})`, hex);
    text[field] = marker;
  });

  const base = withStrippableEnding(pdf);
  let withField: Buffer;
  try {
    withField = plainAddPlaceholder({
      pdfBuffer: base,
      name: text.name,
      reason: text.reason,
      location: text.location,
      contactInfo: text.contactInfo,
      signingTime: fields.signedAt,
      signatureLength: fields.signatureLength,
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      appName: 'motcua',
    });
  } catch {
    // Its parser throws SignPdfError or plain TypeErrors on structures it cannot read (xref streams…).
    throw new SignatureInputError('signing.unsupportedPdf');
  }
  // Everything from here on is new; only the final end-of-line of `base` may have been dropped.
  const updateStart = base.length - 1;
  const update = withField.subarray(updateStart);
  for (const [marker, hex] of markers) {
    const at = update.indexOf(marker);
    if (at < 0) throw new Error('signature placeholder: text marker not found');
    update.write(hex, at, 'latin1');
  }
  return withMendedTrailer(base, withField, updateStart);
}

/**
 * placeholder-plain drops one final "\n" and re-adds it, which preserves the file; any other
 * ending after the last %%EOF ("\r\n", spaces, junk) gets a fresh "%%EOF" line so the
 * original bytes stay exactly as they were.
 */
function withStrippableEnding(pdf: Buffer): Buffer {
  const eof = pdf.lastIndexOf('%%EOF');
  const rest = pdf.subarray(eof + 5).toString('latin1');
  if (rest === '' || rest === '\n') return pdf;
  const lastByte = pdf[pdf.length - 1];
  return Buffer.concat([pdf, Buffer.from(lastByte === 0x0a || lastByte === 0x0d ? '%%EOF' : '\n%%EOF', 'latin1')]);
}

/** Rewrites the update's trailer: /ID copied from the previous trailer, /Size recomputed. */
function withMendedTrailer(original: Buffer, updated: Buffer, updateStart: number): Buffer {
  const trailerAt = updated.lastIndexOf('trailer');
  const close = updated.indexOf('>>', trailerAt);
  if (trailerAt < updateStart || close < 0) return updated;
  const previous = lastTrailer(original);
  const xref = updated.toString('latin1', updated.lastIndexOf('xref', trailerAt), trailerAt);
  let highest = 0;
  for (const [, first, count] of xref.matchAll(/^(\d+) (\d+)$/gm)) highest = Math.max(highest, Number(first) + Number(count) - 1);
  const size = Math.max(previous.size, highest + 1);
  let dict = updated.toString('latin1', trailerAt, close).replace(/\/Size \d+/, `/Size ${size}`);
  if (previous.id) dict += `/ID ${previous.id}\n`;
  return Buffer.concat([updated.subarray(0, trailerAt), Buffer.from(dict, 'latin1'), updated.subarray(close)]);
}

function lastTrailer(pdf: Buffer): { size: number; id: string | null } {
  const none = { size: 0, id: null };
  const trailerAt = pdf.lastIndexOf('trailer');
  if (trailerAt < 0) return none;
  try {
    const { value } = readPdfValue(pdf, trailerAt + 'trailer'.length);
    if (value.kind !== 'dict') return none;
    const size = value.entries.get('Size');
    const id = value.entries.get('ID');
    const parts = id?.kind === 'array' ? id.items.map((item) => (item.kind === 'string' ? `<${item.bytes.toString('hex')}>` : null)) : [];
    return {
      size: size?.kind === 'number' ? size.value : 0,
      id: parts.length === 2 && parts.every((p) => p !== null) ? `[${parts.join(' ')}]` : null,
    };
  } catch (error) {
    if (error instanceof PdfSyntaxError) return none;
    throw error;
  }
}
