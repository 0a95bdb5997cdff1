/**
 * The issuing body, from the heading's left column (Decree 30/2020): the parent body on top
 * ("UBND TỈNH GIA LAI"), the issuer under it ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), then "Số: …".
 * OCR reads the two heading columns row by row, so each line is cut where the right column
 * starts (national name, motto, place and date). Papers without such a heading (cards,
 * certificates) name their issuer after a label ("Nơi cấp:", "Cơ quan đăng ký:").
 */
import { agencyNameCase, bodyKindLength, placeWordAt } from './extract-agency-name.ts';
import { fold, HEADING_LINE_MAX, hasDiacritics, originalOf, upperShare, type FoldedText, type Line } from './extract-folding.ts';
import { proposed, type Proposed } from './extract-proposal.ts';

const HEADING_MAX_LINES = 12;
/** Where the right column begins on a line read across both columns (cards add it in English). */
const RIGHT_COLUMN = [
  /cong\s*hoa\b/, /chu\s*nghia\s*viet\s*nam/, /doc\s*lap\b/, /\btu\s*do\s*-/, /hanh\s*phuc/,
  /socialist\s*republic/, /independence\s*-/, /freedom\s*-/, /happiness/,
];
/** The number label ends the issuer's part of the column. */
const NUMBER_LABEL = /(?:^|\s)(?:so\s*\/\s*no\.?|s[o06e])\s*[:;]/;
/** "Gia Lai, ngày …" (also "ngày … tháng …" left blank on drafts). */
const PLACE_DATE = /,?\s*ngay\s*[\d._…]/;
const LABELLED = /(?:^|\n)[^\S\n]*(?:noi cap|co quan cap(?: phep)?|noi dang ky|co quan dang ky|place of issue)[^:\n]{0,25}:[^\S\n]*([^\n]{3,120})/;
const PARENTS = ['ubnd', 'uy ban nhan dan', 'hdnd', 'hoi dong nhan dan'];
const JOINER_AT_END = /(?:\s(?:VÀ|và|VA|va)|[-–,&])\s*$/u;

/** The left column's part of each heading line, top to bottom. */
function leftColumn(t: FoldedText, lines: Line[], titleLine: number | undefined): string[] {
  const left: string[] = [];
  const last = Math.min(lines.length, titleLine ?? HEADING_MAX_LINES, HEADING_MAX_LINES);
  for (let i = 0; i < last; i++) {
    const line = lines[i]!;
    if (line.original.length > HEADING_LINE_MAX) continue;
    let cut = line.folded.length;
    for (const marker of RIGHT_COLUMN) cut = Math.min(cut, marker.exec(line.folded)?.index ?? cut);
    const label = NUMBER_LABEL.exec(line.folded);
    if (label) cut = Math.min(cut, label.index);
    const date = PLACE_DATE.exec(line.folded);
    let printed = originalOf(t, line.start, line.start + Math.min(cut, date?.index ?? cut));
    // The place before ", ngày" is printed in lower case; the column's names are in capitals.
    if (date && date.index < cut) printed = printed.replace(/(?:\s+\S*\p{Ll}\S*)+\s*$/u, '');
    printed = printed.replace(/[_=~*—–-]{2,}|[|]/g, ' ').replace(/\s+/g, ' ').trim();
    const letters = [...printed].filter((c) => /\p{L}/u.test(c)).length;
    if (letters >= 2 && upperShare(printed) >= 0.6) left.push(printed);
    if (label) break;
  }
  return left;
}

const startsWithPlace = (name: string): boolean => placeWordAt(name.split(/\s+/), 0)?.at === 0;

function fromHeading(left: string[]): Proposed<string> | undefined {
  if (left.length === 0) return undefined;
  let k = left.length - 1;
  let name = left[k]!;
  // A long name wraps in the narrow column: "SỞ TÀI NGUYÊN VÀ / MÔI TRƯỜNG", "ỦY BAN NHÂN DÂN / TỈNH GIA LAI".
  if (k > 0 && (JOINER_AT_END.test(left[k - 1]!) || startsWithPlace(name))) {
    k--;
    name = `${left[k]!} ${name}`;
  }
  const parent = k > 0 ? left[k - 1] : undefined;
  const words = name.split(/\s+/);
  let value = agencyNameCase(name);
  // A department is named with its province: "Sở … tỉnh Gia Lai", the place taken from the parent.
  const parentWords = parent?.split(/\s+/) ?? [];
  const parentPlace = placeWordAt(parentWords);
  const parentKind = fold(parentWords.slice(0, bodyKindLength(parentWords)).join(' '));
  if (parent && !placeWordAt(words) && parentPlace && PARENTS.includes(parentKind)) {
    value = `${value} ${agencyNameCase(parent).split(' ').slice(parentPlace.at).join(' ')}`;
  }
  let confidence = 0.8;
  if (!hasDiacritics(name)) confidence -= 0.2;
  if (bodyKindLength(words) === 0) confidence -= 0.15;
  return proposed(value, confidence, [parent, name].filter(Boolean).join(' / '));
}

function fromLabel(t: FoldedText): Proposed<string> | undefined {
  const m = LABELLED.exec(t.folded);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1]!.length;
  const printed = originalOf(t, start, start + m[1]!.length).trim();
  const value = upperShare(printed) >= 0.8 ? agencyNameCase(printed) : printed;
  return proposed(value, 0.6, originalOf(t, m.index, m.index + m[0].length));
}

export function extractIssuer(t: FoldedText, lines: Line[], titleLine: number | undefined): Proposed<string> | undefined {
  return fromHeading(leftColumn(t, lines, titleLine)) ?? fromLabel(t);
}
