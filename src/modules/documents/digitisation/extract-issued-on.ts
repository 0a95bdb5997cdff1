/**
 * The date of issue. Administrative documents print it as the heading's place-and-date line
 * ("Gia Lai, ngày 27 tháng 5 năm 2021", Decree 30/2020); cards and certificates label it
 * ("Ngày cấp: 12/03/2021", "Date of issue"). Dates cited in the body ("Quyết định số
 * 258/QĐ-UBND ngày 29/4/2021") are other documents' dates and are left alone.
 */
import { DATE, LONG_DATE, parseDate } from './extract-dates.ts';
import { originalOf, type FoldedText } from './extract-folding.ts';
import { proposed, surer, type Proposed } from './extract-proposal.ts';

/** A place name, then a comma (often lost by OCR), then the long date. */
const PLACE_DATE = new RegExp(String.raw`(\p{L}[\p{L} .]{0,40}?)(,?)\s*(${LONG_DATE})`, 'gu');
const LABELLED = new RegExp(
  String.raw`(?:ngay cap|cap ngay|ngay,? thang,? nam cap|ngay ban hanh|ngay ky|ngay dang ky|date of issue)[^\d\n]{0,30}?(${DATE})`,
  'g',
);
/** A document number just before the date means a citation of another document. */
const CITED = /\d+\s*\/\s*[\p{L}\d/-]*\s*$/u;

/**
 * The snippet without what OCR put before the place on the same line: the heading's number
 * column ("76/KH-STTTT Gia Lai, ngày …" → "Gia Lai, ngày …"), printed in capitals.
 */
function placeAndDate(printed: string): string {
  return printed.replace(/^(?:[^\s\p{Ll}]+\s+)+(?=\S*\p{Ll})/u, '');
}

export function extractIssuedOn(t: FoldedText): Proposed<string> | undefined {
  let best: Proposed<string> | undefined;
  for (const m of t.folded.matchAll(PLACE_DATE)) {
    const before = t.folded.slice(Math.max(0, m.index - 40), m.index + m[1]!.length);
    if (CITED.test(before)) continue;
    // Without its comma (lost by OCR) only a short place alone at the start of a line counts:
    // "… tổ chức vào ngày 15 tháng 6 năm 2021" in the body is not a date of issue.
    const lineStart = m.index === 0 || /\n[ \t]*$/.test(t.folded.slice(Math.max(0, m.index - 8), m.index));
    if (!m[2] && !(lineStart && m[1]!.trim().split(/\s+/).length <= 4)) continue;
    const iso = parseDate(m[3]!);
    if (!iso) continue;
    best = surer(best, proposed(iso, m[2] ? 0.9 : 0.6, placeAndDate(originalOf(t, m.index, m.index + m[0].length))));
    if (m[2]) break;
  }
  for (const m of t.folded.matchAll(LABELLED)) {
    const iso = parseDate(m[1]!);
    if (iso) best = surer(best, proposed(iso, 0.85, originalOf(t, m.index, m.index + m[0].length)));
  }
  return best;
}
