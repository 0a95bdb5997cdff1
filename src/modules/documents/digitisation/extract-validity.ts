/**
 * The validity period: "có hiệu lực (thi hành) (kể) từ ngày …", "có hiệu lực từ … đến …",
 * "có giá trị đến: …", "Date of expiry: …". "Có hiệu lực kể từ ngày ký" means from the date
 * of issue, so that one borrows the issue date when there is one.
 */
import { DATE, parseDate } from './extract-dates.ts';
import { originalOf, type FoldedText } from './extract-folding.ts';
import { proposed, surer, type Proposed } from './extract-proposal.ts';

const IN_FORCE = String.raw`(?:co\s*)?(?:hieu\s*luc|gia\s*tri(?:\s*su\s*dung)?)`;
const FROM = new RegExp(String.raw`${IN_FORCE}(?:\s*thi\s*hanh)?\s*(?:ke\s*)?tu\s*(${DATE})`, 'g');
const FROM_SIGNING = new RegExp(String.raw`${IN_FORCE}(?:\s*thi\s*hanh)?\s*(?:ke\s*)?tu\s*ngay\s*(?:ky|ban\s*hanh)`);
/** "đến", possibly after the start date or a bilingual label, up to the end date. */
const TO = new RegExp(String.raw`(?:${IN_FORCE}[^\n]{0,60}?\bden|date\s*of\s*expiry|expiry\s*date)(?:\s*het)?[^\d\n]{0,30}?(${DATE})`, 'g');

export interface Validity {
  validFrom?: Proposed<string>;
  validTo?: Proposed<string>;
}

function firstDated(t: FoldedText, pattern: RegExp, confidence: number): Proposed<string> | undefined {
  let best: Proposed<string> | undefined;
  for (const m of t.folded.matchAll(pattern)) {
    const iso = parseDate(m[1]!);
    if (iso) best = surer(best, proposed(iso, confidence, originalOf(t, m.index, m.index + m[0].length)));
  }
  return best;
}

export function extractValidity(t: FoldedText, issuedOn: Proposed<string> | undefined): Validity {
  let validFrom = firstDated(t, FROM, 0.8);
  if (!validFrom && issuedOn) {
    const m = FROM_SIGNING.exec(t.folded);
    if (m) validFrom = proposed(issuedOn.value, Math.min(issuedOn.confidence, 0.7), originalOf(t, m.index, m.index + m[0].length));
  }
  const validTo = firstDated(t, TO, 0.8);
  // An end before the start is a misreading of one of them: offer neither as sure.
  if (validFrom && validTo && validTo.value < validFrom.value) {
    return { validFrom: { ...validFrom, confidence: 0.3 }, validTo: { ...validTo, confidence: 0.3 } };
  }
  return { ...(validFrom ? { validFrom } : {}), ...(validTo ? { validTo } : {}) };
}
