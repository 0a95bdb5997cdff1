/**
 * Accent-insensitive view of OCR text with a way back to what was printed. OCR drops or swaps
 * Vietnamese diacritics ("Sô", "Quyét dinh", "KE HOACH"), so patterns are matched on a folded
 * copy (no marks, đ → d, lower case) and the proposal's value and snippet are cut from the
 * original at the same place.
 */

export interface FoldedText {
  /** The input in NFC. */
  original: string;
  folded: string;
  /** For each folded character, the index of the original character it came from. */
  origin: number[];
}

const MARKS = /\p{M}/gu;

/** One original character, folded; a lone combining mark folds to nothing. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch; // ASCII: most of any text
  if (ch === 'đ' || ch === 'Đ' || ch === 'ð' || ch === 'Ð') return 'd';
  return ch.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function fold(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += foldChar(ch);
  return out;
}

export function foldText(text: string): FoldedText {
  const original = text.normalize('NFC');
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const ch of original) {
    const f = foldChar(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(at);
    at += ch.length;
  }
  return { original, folded, origin };
}

/** The original text behind folded[start, end). */
export function originalOf(t: FoldedText, start: number, end: number): string {
  if (end <= start) return '';
  const from = t.origin[start] ?? t.original.length;
  // Up to where the next folded character starts, so marks of the last character come along.
  const to = t.origin[end] ?? t.original.length;
  return t.original.slice(from, to);
}

/** Headings and titles are short; a longer line is body text (or garbage) and is not examined as one. */
export const HEADING_LINE_MAX = 200;

export interface Line {
  /** Folded offsets of the line, without its line break. */
  start: number;
  end: number;
  folded: string;
  original: string;
}

export function linesOf(t: FoldedText): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = t.folded.indexOf('\n', start);
    const end = nl === -1 ? t.folded.length : nl;
    lines.push({ start, end, folded: t.folded.slice(start, end), original: originalOf(t, start, end) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** Letters of the line that are upper case, 0..1; headings and titles are printed in capitals. */
export function upperShare(s: string): number {
  const letters = [...s].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return 0;
  return letters.filter((c) => c !== c.toLowerCase() && c === c.toUpperCase()).length / letters.length;
}

/** Whether the text carries any Vietnamese diacritic (or đ): OCR that lost them all is less sure. */
export function hasDiacritics(s: string): boolean {
  return fold(s) !== s.normalize('NFC').toLowerCase();
}
