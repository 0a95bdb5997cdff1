/**
 * Agency names as Vietnamese writes them in running text (Decree 30/2020 Appendix II): the
 * heading prints "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" in capitals; the name is "Sở Thông tin và
 * Truyền thông" — capitals on the kind of body, on each field of activity, and on every
 * syllable of a place name ("tỉnh Gia Lai"), abbreviations ("UBND") kept.
 */
import { fold, upperShare } from './extract-folding.ts';

/** Kinds of issuing body, folded, longest first so "chi cuc" wins over "cuc". */
export const BODY_KINDS = [
  'uy ban nhan dan', 'hoi dong nhan dan', 'toa an nhan dan', 'vien kiem sat nhan dan', 'kho bac nha nuoc',
  'bao hiem xa hoi', 'ban quan ly', 'ban chi huy', 'bo chi huy', 'trung tam', 'van phong', 'thanh tra', 'cong an',
  'chi cuc', 'tong cuc', 'chi nhanh', 'hoc vien', 'dai hoc', 'benh vien', 'cong ty', 'ngan hang', 'hop tac xa',
  'lien doan', 'so', 'phong', 'cuc', 'bo', 'vu', 'vien', 'ban', 'truong', 'doi', 'hoi', 'ubnd', 'hdnd',
].sort((a, b) => b.length - a.length);

/** Abbreviations printed in capitals inside names; they stay so. */
const ABBREVIATIONS = new Set(['ubnd', 'hdnd', 'tand', 'vksnd', 'bhxh', 'kbnn', 'tnhh', 'tt&tt', 'thcs', 'thpt', 'mtv', 'cp', 'ca']);
/**
 * Words that start a place name, folded, with their printed form: OCR often gets their accents
 * wrong ("TÍNH GIA LAI" for "TỈNH GIA LAI") and the word is known, so it is written right.
 * What follows them is capitalised syllable by syllable.
 */
const PLACE_WORD_FORMS: Readonly<Record<string, string>> = {
  'thanh pho': 'thành phố', 'thi xa': 'thị xã', 'thi tran': 'thị trấn', tinh: 'tỉnh', huyen: 'huyện',
  quan: 'quận', xa: 'xã', phuong: 'phường', 'tp.': 'TP.', tp: 'TP.',
};
const PLACE_WORDS = Object.keys(PLACE_WORD_FORMS).sort((a, b) => b.length - a.length);
/** Printed forms whose folding collides with a place word but which are not one ("QUẢN LÝ", "QUÂN SỰ"). */
const NOT_PLACES = new Set(['quản', 'quân', 'xa']);
const JOINERS = new Set(['và', 'va', '-', '–', ',', '&']);

const capitalise = (w: string): string => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);

/** Number of words of `words` (folded) starting at `i` that make one of `phrases`, or 0. */
function phraseAt(words: string[], i: number, phrases: readonly string[]): number {
  for (const p of phrases) {
    const n = p.split(' ').length;
    if (words.slice(i, i + n).join(' ') === p) return n;
  }
  return 0;
}

/**
 * Index and length of the place word in the name ("tỉnh", "thành phố"), if any, from word
 * `from` on (a name starts with its kind of body, so by default not at word 0).
 */
export function placeWordAt(printed: string[], from = 1): { at: number; length: number } | undefined {
  const folded = printed.map((w) => fold(w));
  for (let i = from; i < printed.length; i++) {
    const n = phraseAt(folded, i, PLACE_WORDS);
    // "xã hội", "quản lý": the same letters without their accents, not places.
    if (n === 0 || i + n >= printed.length) continue;
    const word = printed[i]!.toLocaleLowerCase('vi');
    if (NOT_PLACES.has(word) || (folded[i] === 'xa' && folded[i + 1] === 'hoi')) continue;
    return { at: i, length: n };
  }
  return undefined;
}

export function bodyKindLength(printed: string[]): number {
  return phraseAt(printed.map((w) => fold(w)), 0, BODY_KINDS);
}

/** The name in running-text case; a name not printed in capitals is returned as printed. */
export function agencyNameCase(printedName: string): string {
  if (upperShare(printedName) < 0.8) return printedName.trim();
  const words = printedName.trim().split(/\s+/).filter(Boolean);
  const lower = words.map((w) => (ABBREVIATIONS.has(fold(w)) ? w : w.toLocaleLowerCase('vi')));
  const place = placeWordAt(words);
  const end = place ? place.at : words.length;
  const kind = bodyKindLength(words);
  const out = [...lower];
  if (out[0]) out[0] = capitalise(out[0]);
  // After the kind of body, each field of activity starts with a capital.
  let startOfField = kind > 0 && kind < end;
  for (let i = Math.max(kind, 1); i < end; i++) {
    if (JOINERS.has(out[i]!)) {
      startOfField = true;
      continue;
    }
    if (startOfField) out[i] = capitalise(out[i]!);
    startOfField = false;
  }
  if (place) {
    const placeWord = fold(words.slice(place.at, place.at + place.length).join(' '));
    // Same number of words: each form spells the folded words it stands for.
    out.splice(place.at, place.length, ...(PLACE_WORD_FORMS[placeWord] ?? placeWord).split(' '));
    for (let i = place.at + place.length; i < out.length; i++) out[i] = capitalise(out[i]!);
  }
  return out.join(' ');
}
