/**
 * The shape of a metadata proposal (TT 01/2023 Art. 9 basic fields, DOMAIN §8): every field is
 * a suggestion the officer confirms, so each carries how sure the extractor is and the snippet
 * of the OCR text it came from, to show next to the field.
 */

export interface Proposed<T> {
  value: T;
  /** 0..1 */
  confidence: number;
  /** The snippet of the text the value came from. */
  source: string;
}

export interface OwnerId {
  type: 'CCCD' | 'MST';
  value: string;
}

export interface MetadataProposal {
  documentType?: Proposed<string>;
  documentNumber?: Proposed<string>;
  issuer?: Proposed<string>;
  /** ISO dates, YYYY-MM-DD. */
  issuedOn?: Proposed<string>;
  validFrom?: Proposed<string>;
  validTo?: Proposed<string>;
  ownerId?: Proposed<OwnerId>;
}

const SNIPPET_MAX = 160;

export function proposed<T>(value: T, confidence: number, source: string): Proposed<T> {
  const chars = [...source.replace(/\s+/g, ' ').trim()];
  return {
    value,
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
    source: chars.length > SNIPPET_MAX ? `${chars.slice(0, SNIPPET_MAX - 1).join('')}…` : chars.join(''),
  };
}

/** The surer of two proposals; the earlier one (first in the document) on a tie. */
export function surer<T>(a: Proposed<T> | undefined, b: Proposed<T> | undefined): Proposed<T> | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.confidence > a.confidence ? b : a;
}
