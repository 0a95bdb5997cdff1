/**
 * The document's own number, printed under the issuer as "Số: 76/KH-STTTT" or
 * "Số: 123/2024/QĐ-UBND" (Decree 30/2020), on cards as "Số/No.: 064095012345". OCR reads the
 * label as "Sô:", "S6:", "S0:", breaks the number after a hyphen at the end of a narrow heading
 * column, or puts spaces around its slashes; all of that is undone here. Numbers cited in the
 * body ("Quyết định số 258/QĐ-UBND") are not at the start of a line after a label, so they
 * are not taken.
 */
import { originalOf, type FoldedText } from './extract-folding.ts';
import { proposed, type Proposed } from './extract-proposal.ts';

/** The label at the start of a line: "Số" (or an OCR misreading of it), "Số/No.", "No.". */
const LABEL = /(?<=^|\n)[ \t>*|_-]*(so\s*\/\s*no\.?|no\.|s[o06e])[ \t]*([:;.]?)[ \t]*/g;
/**
 * Segments of letters and digits joined by "/" or "-" (with stray spaces, or a line break after
 * the joint) or by a tight ".": a full stop followed by a space ends the number.
 */
const NUMBER = /^\p{N}[\p{L}\p{N}&]*(?:(?:[ \t]*[/-][ \t]*(?:\n[ \t]*)?|\.(?=[\p{L}\p{N}]))[\p{L}\p{N}&]+)*/u;
/** Card numbers printed or read in groups: "064 095 012 345". */
const DIGIT_GROUPS = /^\p{N}{2,4}(?:[ .]\p{N}{2,4}){2,5}(?![\p{L}\p{N}/-])/u;
/** Number, optional year, type or issuer abbreviation, issuing unit: the Decree 30/2020 shape. */
const WELL_FORMED = /^\p{N}+[\p{L}]?(?:\/\p{N}{4})?\/[\p{Lu}&]+[\p{Ll}]?[\p{Lu}&]*(?:-[\p{Lu}\p{N}&]+)*$/u;

/** OCR's eth (Ð, U+00D0) for the Vietnamese Đ (U+0110), and the spaces and breaks it inserted. */
export function cleanNumber(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
}

export function extractDocumentNumber(t: FoldedText): Proposed<string> | undefined {
  for (const label of t.folded.matchAll(LABEL)) {
    const at = label.index + label[0].length;
    const printedLabel = originalOf(t, label.index, at);
    // Without a colon, only a capital "Số" at the start of a line is the label: a wrapped body
    // line can begin with "số 258/QĐ-UBND" too.
    if (!label[2] && !/^[ \t>*|_-]*S/.test(printedLabel)) continue;
    const rest = originalOf(t, at, Math.min(t.folded.length, at + 80));
    const grouped = DIGIT_GROUPS.exec(rest);
    const m = grouped ?? NUMBER.exec(rest);
    if (!m) continue;
    const value = cleanNumber(grouped ? m[0].replace(/\./g, '') : m[0]);
    const digitsOnly = /^\p{N}{6,}$/u.test(value);
    if (!value.includes('/') && !digitsOnly) continue;
    let confidence = 0.9;
    if (!/^[ \t>*|_-]*(Số|SỐ)/u.test(printedLabel) && !/no\./.test(label[1]!)) confidence -= 0.15; // a misread label
    if (!label[2]) confidence -= 0.15;
    if (!WELL_FORMED.test(value) && !digitsOnly) confidence -= 0.2;
    return proposed(value, confidence, printedLabel + m[0]);
  }
  return undefined;
}
