/**
 * Digitisation step 2 (bóc tách, TT 01/2023 Art. 9): a proposal of the basic metadata of a
 * scanned document from its OCR text, for the officer to confirm field by field. Every field is
 * optional — nothing is proposed rather than something wrong — and the function never throws:
 * whatever the scan gave, the officer can still type the fields by hand.
 */
import { extractDocumentNumber } from './extract-document-number.ts';
import { extractDocumentType } from './extract-document-type.ts';
import { foldText, linesOf } from './extract-folding.ts';
import { extractIssuedOn } from './extract-issued-on.ts';
import { extractIssuer } from './extract-issuer.ts';
import { extractOwnerId } from './extract-owner-id.ts';
import type { MetadataProposal } from './extract-proposal.ts';
import { extractValidity } from './extract-validity.ts';

export type { MetadataProposal, OwnerId, Proposed } from './extract-proposal.ts';

/**
 * Enough for any document a desk scans (≈ 60 pages of text) while keeping the work bounded
 * when something sends a whole book.
 */
const MAX_TEXT = 200_000;

export function extractMetadata(text: string): MetadataProposal {
  // OCR separates pages with form feeds and may use CR LF; the patterns expect plain lines.
  const t = foldText(text.slice(0, MAX_TEXT).replace(/\r\n?|\f/g, '\n'));
  const lines = linesOf(t);
  const documentNumber = extractDocumentNumber(t);
  const type = extractDocumentType(lines, documentNumber, t.folded);
  const issuer = extractIssuer(t, lines, type.titleLine);
  const issuedOn = extractIssuedOn(t);
  const { validFrom, validTo } = extractValidity(t, issuedOn);
  const ownerId = extractOwnerId(t);
  const proposal: MetadataProposal = {};
  if (type.proposal) proposal.documentType = type.proposal;
  if (documentNumber) proposal.documentNumber = documentNumber;
  if (issuer) proposal.issuer = issuer;
  if (issuedOn) proposal.issuedOn = issuedOn;
  if (validFrom) proposal.validFrom = validFrom;
  if (validTo) proposal.validTo = validTo;
  if (ownerId) proposal.ownerId = ownerId;
  return proposal;
}
