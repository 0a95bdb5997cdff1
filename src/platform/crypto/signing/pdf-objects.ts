/**
 * A small reader for PDF object syntax (ISO 32000-1 §7.3): enough to read a signature
 * dictionary or a trailer wherever it sits in a file, with byte offsets kept so the verifier
 * can compare a /Contents string with the hole a /ByteRange leaves. It reads values, not whole
 * documents: stream data, object streams and cross-reference streams are never decoded, which
 * is all signature checking needs (a signature dictionary can never sit in a compressed
 * stream, because its /Contents must be a hole in the signed bytes).
 */

export type PdfValue =
  | { kind: 'name'; value: string }
  | { kind: 'string'; bytes: Buffer; start: number; end: number }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'ref'; num: number; gen: number }
  | { kind: 'array'; items: PdfValue[] }
  | PdfDict;

export interface PdfDict {
  kind: 'dict';
  entries: Map<string, PdfValue>;
  /** Offset of `<<` and just after `>>`. */
  start: number;
  end: number;
}

export class PdfSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(`${message} at byte ${offset}`);
    this.offset = offset;
  }
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
/** Nesting deeper than this is an attack, not a document. */
const MAX_DEPTH = 64;

export function isPdfWhitespace(byte: number | undefined): boolean {
  return byte !== undefined && WHITESPACE.has(byte);
}

function isRegular(byte: number | undefined): boolean {
  return byte !== undefined && !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
}

/** Reads one PDF value starting at `offset` (leading whitespace and comments allowed). */
export function readPdfValue(pdf: Buffer, offset: number): { value: PdfValue; end: number } {
  const reader = new Reader(pdf, offset);
  const value = reader.value(0);
  return { value, end: reader.pos };
}

class Reader {
  private readonly pdf: Buffer;
  pos: number;
  constructor(pdf: Buffer, pos: number) {
    this.pdf = pdf;
    this.pos = pos;
  }

  value(depth: number): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('nesting too deep', this.pos);
    this.skipSpace();
    const byte = this.pdf[this.pos];
    if (byte === undefined) throw new PdfSyntaxError('unexpected end of file', this.pos);
    if (byte === 0x3c /* < */) return this.pdf[this.pos + 1] === 0x3c ? this.dict(depth) : this.hexString();
    if (byte === 0x28 /* ( */) return this.literalString();
    if (byte === 0x2f /* / */) return { kind: 'name', value: this.name() };
    if (byte === 0x5b /* [ */) return this.array(depth);
    const token = this.token();
    if (token === 'true' || token === 'false') return { kind: 'boolean', value: token === 'true' };
    if (token === 'null') return { kind: 'null' };
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token)) return this.numberOrRef(Number(token), token);
    throw new PdfSyntaxError(`unexpected token "${token.slice(0, 20)}"`, this.pos - token.length);
  }

  private numberOrRef(value: number, token: string): PdfValue {
    // `12 0 R` is a reference; `12 0 13` in an array is three numbers. Look ahead without consuming.
    if (/^\d+$/.test(token)) {
      const save = this.pos;
      this.skipSpace();
      const gen = this.token();
      if (/^\d+$/.test(gen)) {
        this.skipSpace();
        if (this.token() === 'R') return { kind: 'ref', num: value, gen: Number(gen) };
      }
      this.pos = save;
    }
    return { kind: 'number', value };
  }

  private dict(depth: number): PdfDict {
    const start = this.pos;
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      if (this.pdf[this.pos] === 0x3e && this.pdf[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { kind: 'dict', entries, start, end: this.pos };
      }
      if (this.pdf[this.pos] !== 0x2f) throw new PdfSyntaxError('dictionary key expected', this.pos);
      const key = this.name();
      entries.set(key, this.value(depth + 1));
    }
  }

  private array(depth: number): PdfValue {
    this.pos += 1;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.pdf[this.pos] === 0x5d /* ] */) {
        this.pos += 1;
        return { kind: 'array', items };
      }
      items.push(this.value(depth + 1));
    }
  }

  private name(): string {
    this.pos += 1; // the slash
    const bytes: number[] = [];
    while (isRegular(this.pdf[this.pos])) {
      const byte = this.pdf[this.pos] as number;
      if (byte === 0x23 /* # */ && /^[0-9a-fA-F]{2}$/.test(this.pdf.toString('latin1', this.pos + 1, this.pos + 3))) {
        bytes.push(parseInt(this.pdf.toString('latin1', this.pos + 1, this.pos + 3), 16));
        this.pos += 3;
      } else {
        bytes.push(byte);
        this.pos += 1;
      }
    }
    return Buffer.from(bytes).toString('utf8');
  }

  private hexString(): PdfValue {
    const start = this.pos;
    const close = this.pdf.indexOf(0x3e, this.pos);
    if (close < 0) throw new PdfSyntaxError('unterminated hex string', start);
    const digits = this.pdf.toString('latin1', start + 1, close).replace(/[\0\t\n\f\r ]/g, '');
    if (!/^[0-9a-fA-F]*$/.test(digits)) throw new PdfSyntaxError('bad hex string', start);
    this.pos = close + 1;
    // An odd final digit is followed by an implied 0 (§7.3.4.3).
    const even = digits.length % 2 === 0 ? digits : `${digits}0`;
    return { kind: 'string', bytes: Buffer.from(even, 'hex'), start, end: this.pos };
  }

  private literalString(): PdfValue {
    const start = this.pos;
    this.pos += 1;
    const out: number[] = [];
    let depth = 1;
    for (;;) {
      const byte = this.pdf[this.pos];
      if (byte === undefined) throw new PdfSyntaxError('unterminated string', start);
      this.pos += 1;
      if (byte === 0x5c /* \ */) {
        this.escape(out);
        continue;
      }
      if (byte === 0x28) depth += 1;
      if (byte === 0x29) {
        depth -= 1;
        if (depth === 0) return { kind: 'string', bytes: Buffer.from(out), start, end: this.pos };
      }
      out.push(byte);
    }
  }

  private escape(out: number[]): void {
    const byte = this.pdf[this.pos];
    if (byte === undefined) return;
    const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
    this.pos += 1;
    if (byte in simple) out.push(simple[byte] as number);
    else if (byte >= 0x30 && byte <= 0x37) {
      let code = byte - 0x30;
      for (let i = 0; i < 2; i += 1) {
        const next = this.pdf[this.pos];
        if (next === undefined || next < 0x30 || next > 0x37) break;
        code = code * 8 + (next - 0x30);
        this.pos += 1;
      }
      out.push(code & 0xff);
    } else if (byte === 0x0d) {
      // backslash + end of line: the line continues, nothing is added
      if (this.pdf[this.pos] === 0x0a) this.pos += 1;
    } else if (byte !== 0x0a) out.push(byte);
  }

  private token(): string {
    const start = this.pos;
    while (isRegular(this.pdf[this.pos])) this.pos += 1;
    return this.pdf.toString('latin1', start, this.pos);
  }

  private skipSpace(): void {
    for (;;) {
      const byte = this.pdf[this.pos];
      if (isPdfWhitespace(byte)) this.pos += 1;
      else if (byte === 0x25 /* % comment to end of line */) {
        while (this.pdf[this.pos] !== undefined && this.pdf[this.pos] !== 0x0a && this.pdf[this.pos] !== 0x0d) this.pos += 1;
      } else return;
    }
  }
}

/** Decodes a PDF text string: UTF-16BE with a byte-order mark, UTF-8 with one (PDF 2.0), else PDFDocEncoding (≈ Latin-1). */
export function decodePdfText(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    return body.swap16().toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}
