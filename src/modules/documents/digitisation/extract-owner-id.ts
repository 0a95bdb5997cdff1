/**
 * The owner's identifier for the data warehouse (TT 01/2023 Art. 24): the 12-digit personal
 * identification number (DOMAIN §6.5) or the tax / enterprise code (§6.6), each checked with
 * the identity module's validators so a misread digit that breaks the province code or the
 * check digit is not proposed. A labelled number is surer than a bare 12-digit run.
 */
import { checkPersonalId, checkTaxCode } from '../../identity/index.ts';
import { originalOf, type FoldedText } from './extract-folding.ts';
import { proposed, type OwnerId, type Proposed } from './extract-proposal.ts';

/** Digits as OCR gives them: grouped by spaces or dots ("064 095 012 345"). */
const DIGITS = String.raw`(\d(?:[ .]?\d){9,11}(?:\s*-\s*\d{3})?)(?![\d])`;
const PERSON_LABEL = String.raw`(?:so\s*dinh\s*danh(?:\s*ca\s*nhan)?|so\s*can\s*cuoc(?:\s*cong\s*dan)?|so\s*cccd|cccd|so\s*cmnd|personal\s*identification(?:\s*number)?|so\s*\/\s*no\.?)`;
const TAX_LABEL = String.raw`(?:ma\s*so\s*thue|\bmst\b|ma\s*so\s*doanh\s*nghiep|ma\s*so\s*ho\s*kinh\s*doanh|ma\s*so\s*hop\s*tac\s*xa|tax\s*code|enterprise\s*code)`;
const LABELLED_PERSON = new RegExp(String.raw`${PERSON_LABEL}[^\d\n]{0,25}?${DIGITS}`, 'g');
const LABELLED_TAX = new RegExp(String.raw`${TAX_LABEL}[^\d\n]{0,25}?${DIGITS}`, 'g');
const BARE_PERSON = /(?<![\d/.-])\d{12}(?![\d/-])/g;

function ownerOf(raw: string): OwnerId | undefined {
  const digits = raw.replace(/[\s.]/g, '').replace(/-+/, '-');
  if (/^\d{12}$/.test(digits)) return checkPersonalId(digits).valid ? { type: 'CCCD', value: digits } : undefined;
  // A 12-digit number labelled as a tax code is a person's (their ID is their tax code since 2025).
  const tax = checkTaxCode(digits);
  return tax.valid && tax.kind !== 'PERSONAL_ID' && tax.normalised ? { type: 'MST', value: tax.normalised } : undefined;
}

interface Found {
  proposal: Proposed<OwnerId>;
  at: number;
}

function labelled(t: FoldedText, pattern: RegExp): Found | undefined {
  for (const m of t.folded.matchAll(pattern)) {
    // Grouped digits may have swallowed a following number: "0100109106 12 …" is a tax code.
    const owner = ownerOf(m[1]!) ?? ownerOf(m[1]!.split(/\s/)[0]!);
    if (owner) return { proposal: proposed(owner, 0.9, originalOf(t, m.index, m.index + m[0].length)), at: m.index };
  }
  return undefined;
}

function bare(t: FoldedText): Found | undefined {
  for (const m of t.folded.matchAll(BARE_PERSON)) {
    const owner = ownerOf(m[0]);
    if (owner) return { proposal: proposed(owner, 0.5, originalOf(t, Math.max(0, m.index - 30), m.index + m[0].length)), at: m.index };
  }
  return undefined;
}

/** The surest; of equally sure ones the first printed, the document's subject (a card's holder, a firm). */
export function extractOwnerId(t: FoldedText): Proposed<OwnerId> | undefined {
  const found = [labelled(t, LABELLED_PERSON), labelled(t, LABELLED_TAX), bare(t)].filter((f): f is Found => f !== undefined);
  found.sort((a, b) => b.proposal.confidence - a.proposal.confidence || a.at - b.at);
  return found[0]?.proposal;
}
