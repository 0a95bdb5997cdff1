/**
 * Finds every signature dictionary in a PDF — ours or anyone's — by its /ByteRange, reading
 * the raw file rather than the object tree: signatures of earlier revisions, signatures whose
 * field was later removed, and document timestamps are all found, and the byte offsets of
 * /Contents are known exactly so the caller can check that the ByteRange hole is that string
 * and nothing else.
 */
import { SignatureInputError } from './signing-errors.ts';
import { PdfSyntaxError, decodePdfText, readPdfValue, type PdfDict, type PdfValue } from './pdf-objects.ts';
import { parsePdfDate } from './pdf-date.ts';

export interface SignatureDictionary {
  /** [offset1, length1, offset2, length2] */
  byteRange: [number, number, number, number];
  /** The /Contents bytes (the CMS, usually followed by zero padding). */
  contents: Buffer;
  /** Offsets of the /Contents string in the file: its `<` and just after its `>`. */
  contentsStart: number;
  contentsEnd: number;
  subFilter: string;
  /** /M, the signing time the signing application wrote into the dictionary. */
  signingTime: Date | null;
  /** /Name, the signer's name as the signing application wrote it (informational only). */
  name: string | null;
}

const PDF_HEADER = Buffer.from('%PDF-');
/** ISO 32000 lets a header start anywhere in the first 1024 bytes (some generators prepend junk). */
const HEADER_WINDOW = 1024;
const OBJ_HEADER_BEFORE = /(?:^|[\s\0])\d+[\s\0]+\d+[\s\0]+$/;
const NUMERIC_BYTE_RANGE = /^[\s\0]*\[[\s\0]*\d+[\s\0]+\d+[\s\0]+\d+[\s\0]+\d+[\s\0]*\]/;

export function assertPdf(pdf: Buffer): void {
  const at = pdf.subarray(0, HEADER_WINDOW + PDF_HEADER.length).indexOf(PDF_HEADER);
  if (at < 0 || pdf.indexOf('%%EOF', at) < 0) throw new SignatureInputError('signing.notAPdf');
}

/** Every signed signature dictionary in file order; unsigned placeholders are skipped. */
export function findSignatureDictionaries(pdf: Buffer): SignatureDictionary[] {
  assertPdf(pdf);
  const seen = new Set<number>();
  // Keyed by ByteRange: a tool that rewrites a signature object in a later revision leaves two
  // copies of one signature; the copy whose /Contents fills the hole is the real one.
  const found = new Map<string, SignatureDictionary>();
  for (let at = pdf.indexOf('/ByteRange'); at >= 0; at = pdf.indexOf('/ByteRange', at + 1)) {
    const dict = dictionaryAround(pdf, at);
    if (!dict) {
      // A /ByteRange we cannot read: ignore text that merely mentions it, refuse a real one.
      if (NUMERIC_BYTE_RANGE.test(pdf.toString('latin1', at + 10, at + 120))) {
        throw new SignatureInputError('signing.malformedSignature', { index: found.size + 1 });
      }
      continue;
    }
    if (seen.has(dict.start)) continue;
    seen.add(dict.start);
    const signature = toSignatureDictionary(pdf, dict, found.size + 1);
    if (!signature) continue;
    const key = signature.byteRange.join(' ');
    const earlier = found.get(key);
    if (!earlier || (!fillsHole(earlier) && fillsHole(signature))) found.set(key, signature);
  }
  return [...found.values()];
}

function fillsHole(signature: SignatureDictionary): boolean {
  const [a, b, c] = signature.byteRange;
  return signature.contentsStart === a + b && signature.contentsEnd === c;
}

/** The dictionary holding the /ByteRange key at `keyAt`, read from the enclosing object. */
function dictionaryAround(pdf: Buffer, keyAt: number): PdfDict | null {
  const objAt = enclosingObjectStart(pdf, keyAt);
  if (objAt < 0) return null;
  try {
    const { value } = readPdfValue(pdf, objAt + 3);
    return findDictWithKeyAt(value, keyAt);
  } catch (error) {
    if (error instanceof PdfSyntaxError) return null;
    throw error;
  }
}

/** Offset of the `obj` keyword of the indirect object that contains `offset`, or -1. */
function enclosingObjectStart(pdf: Buffer, offset: number): number {
  for (let at = pdf.lastIndexOf('obj', offset); at > 0; at = pdf.lastIndexOf('obj', at - 1)) {
    const before = pdf.toString('latin1', Math.max(0, at - 24), at);
    // `endobj` ends the previous object: the key is not inside an indirect object we can read.
    if (before.endsWith('end')) return -1;
    if (OBJ_HEADER_BEFORE.test(before)) return at;
  }
  return -1;
}

function findDictWithKeyAt(value: PdfValue, keyAt: number): PdfDict | null {
  if (value.kind === 'array') {
    for (const item of value.items) {
      const hit = findDictWithKeyAt(item, keyAt);
      if (hit) return hit;
    }
    return null;
  }
  if (value.kind !== 'dict' || keyAt < value.start || keyAt >= value.end) return null;
  for (const child of value.entries.values()) {
    const hit = findDictWithKeyAt(child, keyAt);
    if (hit) return hit;
  }
  return value.entries.has('ByteRange') ? value : null;
}

function toSignatureDictionary(pdf: Buffer, dict: PdfDict, index: number): SignatureDictionary | null {
  const range = dict.entries.get('ByteRange');
  if (range?.kind !== 'array') return null;
  // A placeholder (`[0 /********** ...]`) has not been signed yet.
  if (range.items.some((item) => item.kind !== 'number')) return null;
  const numbers = range.items.map((item) => (item.kind === 'number' ? item.value : NaN));
  const contents = dict.entries.get('Contents');
  const malformed = (): never => {
    throw new SignatureInputError('signing.malformedSignature', { index });
  };
  if (numbers.length !== 4 || contents?.kind !== 'string') return malformed();
  const [a, b, c, d] = numbers as [number, number, number, number];
  const sane = numbers.every((n) => Number.isSafeInteger(n) && n >= 0) && a + b <= c && c + d <= pdf.length;
  if (!sane) return malformed();
  const subFilter = dict.entries.get('SubFilter');
  const m = dict.entries.get('M');
  const name = dict.entries.get('Name');
  return {
    byteRange: [a, b, c, d],
    contents: contents.bytes,
    contentsStart: contents.start,
    contentsEnd: contents.end,
    subFilter: subFilter?.kind === 'name' ? subFilter.value : '',
    signingTime: m?.kind === 'string' ? parsePdfDate(m.bytes.toString('latin1')) : null,
    name: name?.kind === 'string' ? decodePdfText(name.bytes) : null,
  };
}
