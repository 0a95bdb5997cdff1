/**
 * Checks every signature in any signed PDF a citizen brings, not only motcua's own: is the
 * signed part unchanged, does the signature verify, does it cover the whole file or was
 * something added later, does the certificate chain to a trusted root, and was the
 * certificate valid when the document says it was signed. Every "no" comes with a message key
 * saying why, so the portal can explain it in plain words.
 *
 * Not checked here (they need the network or archived evidence): revocation (CRL/OCSP) and
 * timestamps as proof of time — `signedAt` is the time the signer claims.
 */
import { createHash } from 'node:crypto';
import type { MessageKey } from '../../i18n/index.ts';
import { buildCertificatePath } from './certificate-chain.ts';
import { readCertificate, type CertificateInfo } from './certificate-info.ts';
import { checkCmsSignature, type CmsCheck, type SignedContent } from './cms-signature-check.ts';
import type { HashName } from './oids.ts';
import { isPdfWhitespace } from './pdf-objects.ts';
import { findSignatureDictionaries, type SignatureDictionary } from './pdf-signature-dictionaries.ts';
import type { TrustList } from './trust-list.ts';

export interface SignatureCheck {
  signerName: string;
  signerOrganisation: string | null;
  serialNumber: string;
  issuerName: string;
  /** The CMS signing-time attribute if the signer included one, else /M; null if neither. */
  signedAt: Date | null;
  subFilter: string;
  /** The message digest equals the digest of the ByteRange bytes. */
  intact: boolean;
  /** The signature over the signed attributes verifies with the certificate's key. */
  cryptoValid: boolean;
  /** The ByteRange starts at 0, leaves out only /Contents and reaches the end of the file. */
  coversWholeDocument: boolean;
  /** Bytes were appended after this signature's revision (incremental updates). */
  modifiedAfterSigning: boolean;
  /**
   * The length of the revision this signature covers — the file exactly as it
   * was signed is its first `revisionLength` bytes — or null when the byte
   * range does not describe one revision (a gap beyond /Contents).
   */
  revisionLength: number | null;
  /** The chain builds to an anchor of the trust list (embedded certificates + list). */
  chainTrusted: boolean;
  /** Subject common names, leaf first. */
  chain: string[];
  /** The validity periods of the leaf and chain cover signedAt ?? at. */
  certificateValidAt: boolean;
  problems: MessageKey[];
}

const CMS_SUBFILTERS = new Set(['adbe.pkcs7.detached', 'ETSI.CAdES.detached', 'adbe.pkcs7.sha1', 'ETSI.RFC3161']);

export async function verifyPdfSignatures(pdf: Buffer, trust: TrustList, at: Date): Promise<SignatureCheck[]> {
  const dictionaries = findSignatureDictionaries(pdf);
  if (dictionaries.length === 0) return [];
  const anchors = readAnchors(trust);
  return dictionaries.map((dict, i) => checkSignature(pdf, dict, i + 1, anchors, at));
}

function checkSignature(pdf: Buffer, dict: SignatureDictionary, index: number, anchors: CertificateInfo[], at: Date): SignatureCheck {
  const coverage = coverageOf(pdf, dict);
  const cms: CmsCheck = CMS_SUBFILTERS.has(dict.subFilter)
    ? checkCmsSignature(dict.contents, signedContent(pdf, dict.byteRange), index)
    : // adbe.x509.rsa_sha1 and private formats: we cannot vouch for them.
      { signer: null, embedded: [], intact: false, cryptoValid: false, signingTime: null, problems: ['signing.problem.unsupportedSubFilter'] };
  const signedAt = cms.signingTime ?? dict.signingTime;
  const path = cms.signer ? buildCertificatePath(cms.signer, cms.embedded, anchors) : { chain: [], trusted: false };
  const when = (signedAt ?? at).getTime();
  const certificateValidAt =
    path.chain.length > 0 && path.chain.every((c) => c.notBefore.getTime() <= when && when <= c.notAfter.getTime());

  const problems = [...cms.problems];
  if (!coverage.holeIsContents) problems.push('signing.problem.partialCoverage');
  if (coverage.modifiedAfterSigning) problems.push('signing.problem.modifiedAfterSigning');
  if (cms.signer && !path.trusted) problems.push('signing.problem.untrustedChain');
  if (cms.signer && !certificateValidAt) problems.push('signing.problem.certificateNotValidAt');

  return {
    signerName: cms.signer?.commonName ?? dict.name ?? '',
    signerOrganisation: cms.signer?.organisation ?? null,
    serialNumber: cms.signer?.serialNumber ?? '',
    issuerName: cms.signer?.issuerCommonName ?? '',
    signedAt,
    subFilter: dict.subFilter,
    intact: cms.intact,
    cryptoValid: cms.cryptoValid,
    coversWholeDocument: coverage.holeIsContents && !coverage.modifiedAfterSigning,
    modifiedAfterSigning: coverage.modifiedAfterSigning,
    revisionLength: coverage.holeIsContents ? dict.byteRange[2] + dict.byteRange[3] : null,
    chainTrusted: path.trusted,
    chain: path.chain.map((c) => c.commonName),
    certificateValidAt,
    problems,
  };
}

/**
 * The file as this signature signed it: the bytes up to the end of its byte
 * range (the revision), which the signature covers in full but for the
 * /Contents hole it lives in. Null when the signature covers no such revision.
 */
export function signedRevision(pdf: Buffer, check: Pick<SignatureCheck, 'revisionLength'>): Buffer | null {
  if (check.revisionLength === null || check.revisionLength > pdf.length) return null;
  return pdf.subarray(0, check.revisionLength);
}

function coverageOf(pdf: Buffer, dict: SignatureDictionary): { holeIsContents: boolean; modifiedAfterSigning: boolean } {
  const [a, b, c, d] = dict.byteRange;
  // The only unsigned bytes may be the /Contents string itself, `<` and `>` included.
  const holeIsContents = a === 0 && a + b === dict.contentsStart && c === dict.contentsEnd;
  // An end-of-line after the signed %%EOF is not a modification; anything else is a later revision.
  let modifiedAfterSigning = false;
  for (let i = c + d; i < pdf.length; i += 1) {
    if (!isPdfWhitespace(pdf[i])) {
      modifiedAfterSigning = true;
      break;
    }
  }
  return { holeIsContents, modifiedAfterSigning };
}

function signedContent(pdf: Buffer, [a, b, c, d]: [number, number, number, number]): SignedContent {
  const first = pdf.subarray(a, a + b);
  const second = pdf.subarray(c, c + d);
  const digests = new Map<HashName, Buffer>();
  return {
    digest(hash) {
      let digest = digests.get(hash);
      if (!digest) {
        digest = createHash(hash).update(first).update(second).digest();
        digests.set(hash, digest);
      }
      return digest;
    },
    bytes: () => Buffer.concat([first, second]),
  };
}

function readAnchors(trust: TrustList): CertificateInfo[] {
  const anchors: CertificateInfo[] = [];
  for (const der of trust.anchors) {
    try {
      anchors.push(readCertificate(der));
    } catch {
      // trustListFromPem refuses unreadable roots; one slipped in by hand can only be ignored.
    }
  }
  return anchors;
}
