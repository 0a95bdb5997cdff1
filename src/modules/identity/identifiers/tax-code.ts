/**
 * Tax codes (DOMAIN §6.6): 10 digits whose last is a check digit (weights
 * 31, 29, 23, 19, 17, 13, 7, 5, 3; N10 = 10 − Σ mod 11, never 10), optionally
 * followed by a 3-digit dependent-unit suffix. Since 07/2025 individuals use
 * their 12-digit personal identification number as tax code.
 */
import { checkPersonalId, type IdentifierReason } from './personal-id.ts';

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export interface TaxCodeCheck {
  valid: boolean;
  kind: 'ENTERPRISE' | 'DEPENDENT_UNIT' | 'PERSONAL_ID' | null;
  normalised: string | null;
  reasons: IdentifierReason[];
}

export function taxCheckDigit(first9: string): number {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first9[i]), 0);
  return 10 - (sum % 11);
}

export function checkTaxCode(input: string): TaxCodeCheck {
  if (/^\d{12}$/.test(input)) {
    const person = checkPersonalId(input);
    return { valid: person.valid, kind: 'PERSONAL_ID', normalised: input, reasons: person.reasons };
  }
  const m = /^(\d{10})(?:-?(\d{3}))?$/.exec(input);
  if (!m) return { valid: false, kind: null, normalised: null, reasons: [{ key: 'taxCode.format' }] };
  const main = m[1]!;
  // Stryker disable next-line MethodExpression: equivalent — taxCheckDigit reads only the first nine digits (one per weight), so passing all ten gives the same value.
  const expected = taxCheckDigit(main.slice(0, 9));
  const kind = m[2] ? 'DEPENDENT_UNIT' : 'ENTERPRISE';
  const normalised = m[2] ? `${main}-${m[2]}` : main;
  if (expected === 10) return { valid: false, kind, normalised, reasons: [{ key: 'taxCode.neverIssued' }] };
  if (expected !== Number(main[9])) {
    return { valid: false, kind, normalised, reasons: [{ key: 'taxCode.checkDigit', params: { expected, actual: Number(main[9]) } }] };
  }
  return { valid: true, kind, normalised, reasons: [] };
}
