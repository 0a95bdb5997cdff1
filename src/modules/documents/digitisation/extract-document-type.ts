/**
 * The kind of document, from its title line ("KẾ HOẠCH", "GIẤY KHAI SINH" — printed in
 * capitals under the heading) and from the type abbreviation inside its number ("76/KH-…").
 * When both agree the proposal is surest; OCR that lost the accents ("KE HOACH") still gives
 * the name with its accents, since names come from the list, not from the scan.
 */
import { DOCUMENT_KINDS, type DocumentKind } from './extract-document-types.ts';
import { fold, HEADING_LINE_MAX, hasDiacritics, upperShare, type Line } from './extract-folding.ts';
import { proposed, type Proposed } from './extract-proposal.ts';

/** Titles sit under the heading; further down, capitals are section headings. */
const TITLE_SEARCH_LINES = 40;
const OPEN_TITLE_MAX_WORDS = 12;
/** Lines that start like a kind's name but are not titles ("ĐƠN VỊ: …"). */
const NOT_TITLES = ['don vi', 'don gia'];

const KINDS_LONGEST_FIRST = [...DOCUMENT_KINDS]
  .map((kind) => ({ kind, folded: fold(kind.name) }))
  .sort((a, b) => b.folded.length - a.folded.length);

export interface DocumentTypeFinding {
  proposal?: Proposed<string>;
  /** Index of the title line, where the heading ends. */
  titleLine?: number;
}

function sentenceCase(printed: string): string {
  const lower = printed.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function titleOf(line: Line): { kind: DocumentKind; value: string } | undefined {
  if (line.original.length > HEADING_LINE_MAX) return undefined;
  // OCR and converters put marks before a title ("| ", "## "); they are not part of it.
  const printed = line.original.replace(/^[^\p{L}]+/u, '').trim().replace(/[.:;,]+$/, '');
  const folded = fold(printed);
  if (NOT_TITLES.some((n) => folded.startsWith(n))) return undefined;
  const caps = upperShare(printed) >= 0.7;
  for (const { kind, folded: name } of KINDS_LONGEST_FIRST) {
    if (folded !== name && !folded.startsWith(`${name} `)) continue;
    // A title is printed in capitals; a lower-case line counts only when it is the name alone.
    if (!caps && folded !== name) return undefined;
    if (!kind.open) return { kind, value: kind.name };
    const words = printed.split(/\s+/);
    if (words.length > OPEN_TITLE_MAX_WORDS) return undefined;
    return { kind, value: caps ? sentenceCase(printed) : printed };
  }
  return undefined;
}

function kindOfNumber(number: string): DocumentKind | undefined {
  const abbreviation = /^\p{N}+\p{L}?(?:\/\p{N}{4})?\/([\p{L}&]+)/u.exec(number)?.[1];
  if (!abbreviation) return undefined;
  return (
    DOCUMENT_KINDS.find((k) => k.abbreviations?.includes(abbreviation)) ??
    DOCUMENT_KINDS.find((k) => k.abbreviations?.some((a) => fold(a) === fold(abbreviation)))
  );
}

export function extractDocumentType(lines: Line[], number: Proposed<string> | undefined, foldedText: string): DocumentTypeFinding {
  const byNumber = number ? kindOfNumber(number.value) : undefined;
  for (let i = 0; i < Math.min(lines.length, TITLE_SEARCH_LINES); i++) {
    const title = titleOf(lines[i]!);
    if (!title) continue;
    let confidence = 0.85;
    if (!title.kind.open && hasDiacritics(title.kind.name) && !hasDiacritics(lines[i]!.original)) confidence = 0.75;
    if (byNumber === title.kind) confidence = 0.95;
    return { proposal: proposed(title.value, confidence, lines[i]!.original), titleLine: i };
  }
  if (byNumber) return { proposal: proposed(byNumber.name, 0.6, number!.source) };
  // An official letter has no title: a number without a type abbreviation and a "V/v" subject.
  if (number?.value.includes('/') && /(^|\s)v\/v\b/.test(foldedText)) return { proposal: proposed('Công văn', 0.6, number.source) };
  return {};
}
