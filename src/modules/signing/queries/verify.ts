/**
 * Verification, both ways (public, no sign-in): by result code — what the QR
 * on an e-result opens — and by upload — any signed PDF a citizen brings. Each
 * answer says who signed, when, whether the file changed after signing,
 * whether the certificate chains to the trust list, and for results motcua
 * issued, their status (valid, replaced, revoked). Nothing personal beyond the
 * holder's masked name is shown.
 */
import { createHash } from 'node:crypto';
import { toVnIso } from '../../../platform/clock.ts';
import { NotFoundError, UnprocessableError } from '../../../platform/errors.ts';
import { signedRevision, type SignatureCheck } from '../../../platform/crypto/signing/index.ts';
import { verifyPdfOffThread } from '../../../platform/workers/upload-checks.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { findResult, maskName, readDossier, type ResultRow } from '../../dossiers/index.ts';
import type { SigningDeps } from '../signing.deps.ts';

export type PublicResultStatus = 'VALID' | 'REPLACED' | 'REVOKED' | 'PENDING_SIGNATURE' | 'PAPER_ONLY';

function publicStatus(r: ResultRow): PublicResultStatus {
  if (r.status === 'REPLACED' || r.status === 'REVOKED') return r.status;
  if (!r.electronic) return 'PAPER_ONLY';
  return r.sha256 ? 'VALID' : 'PENDING_SIGNATURE';
}

/**
 * The one-word answer for an uploaded file, most serious first:
 * - NO_SIGNATURE: nothing to check;
 * - INVALID: a signed part was changed, or a signature does not verify;
 * - UNTRUSTED: the signatures verify, but none by a trusted certificate valid at signing;
 * - FILE_DIFFERS: a trusted signature verifies, but the file goes on after what
 *   it signed (an incremental update — new drawing, text, pages, annotations):
 *   what the reader shows is NOT the document as signed, whatever the signature says;
 * - VALID: the newest trusted signature covers the whole file.
 */
export type UploadVerdict = 'VALID' | 'FILE_DIFFERS' | 'UNTRUSTED' | 'INVALID' | 'NO_SIGNATURE';

function isValid(c: SignatureCheck): boolean {
  return c.intact && c.cryptoValid && c.chainTrusted && c.certificateValidAt;
}

/** The newest valid signature's revision: the document as it was last signed by someone trusted. */
function lastValid(checks: readonly SignatureCheck[]): { check: SignatureCheck; index: number } | null {
  let best: { check: SignatureCheck; index: number } | null = null;
  checks.forEach((check, index) => {
    if (isValid(check) && check.revisionLength !== null && (!best || check.revisionLength > best.check.revisionLength!)) best = { check, index };
  });
  return best;
}

export function uploadVerdict(checks: readonly SignatureCheck[]): UploadVerdict {
  if (checks.length === 0) return 'NO_SIGNATURE';
  if (checks.some((c) => !c.intact || !c.cryptoValid || c.revisionLength === null)) return 'INVALID';
  const last = lastValid(checks);
  if (!last) return 'UNTRUSTED';
  return last.check.modifiedAfterSigning ? 'FILE_DIFFERS' : 'VALID';
}

function presentCheck(c: SignatureCheck, locale: Locale) {
  return {
    signerName: c.signerName,
    signerOrganisation: c.signerOrganisation,
    issuerName: c.issuerName,
    serialNumber: c.serialNumber,
    signedAt: c.signedAt ? toVnIso(c.signedAt) : null,
    subFilter: c.subFilter,
    intact: c.intact,
    cryptoValid: c.cryptoValid,
    coversWholeDocument: c.coversWholeDocument,
    modifiedAfterSigning: c.modifiedAfterSigning,
    chainTrusted: c.chainTrusted,
    chain: c.chain,
    certificateValidAt: c.certificateValidAt,
    valid: isValid(c),
    revisionLength: c.revisionLength,
    problems: c.problems.map((key) => t(locale, key)),
  };
}
export type SignatureReport = ReturnType<typeof presentCheck>;

async function presentResult(deps: SigningDeps, r: ResultRow) {
  const dossier = await readDossier(deps.db, r.dossierId);
  const agencies = await deps.agencies.current();
  const [replacedBy, replaces] = await Promise.all([
    r.replacedById ? findResult(deps.db, { id: r.replacedById }) : undefined,
    r.replacesId ? findResult(deps.db, { id: r.replacesId }) : undefined,
  ]);
  return {
    code: r.code,
    title: r.title,
    status: publicStatus(r),
    issuedAt: r.issuedAt ? toVnIso(r.issuedAt) : null,
    issuer: dossier ? (agencies.byId(dossier.competentAgencyId)?.name ?? null) : null,
    holder: dossier ? maskName(dossier.ownerName) : null,
    procedureCode: dossier?.procedureCode ?? null,
    statusChangedAt: r.statusChangedAt ? toVnIso(r.statusChangedAt) : null,
    replacedBy: replacedBy?.code ?? null,
    replaces: replaces?.code ?? null,
    sha256: r.sha256,
  };
}

export async function verifyResultByCode(deps: SigningDeps, code: string, locale: Locale) {
  const r = await findResult(deps.db, { code });
  if (!r) throw new NotFoundError('documents.resultNotFound', { code });
  const signatures = r.sha256 ? await verifyPdfOffThread(await deps.files.read(r.sha256), deps.signers.trust(), deps.clock.now()) : [];
  return { result: await presentResult(deps, r), signatures: signatures.map((c) => presentCheck(c, locale)) };
}

export async function verifyUploadedPdf(deps: SigningDeps, bytes: Buffer, locale: Locale) {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new UnprocessableError('documents.notPdf');
  const sha256 = sha256Hex(bytes);
  const [checks, issued] = await Promise.all([verifyPdfOffThread(bytes, deps.signers.trust(), deps.clock.now()), findResult(deps.db, { sha256 })]);
  const verdict = uploadVerdict(checks);
  return {
    /** What to tell the person first: see UploadVerdict. */
    verdict,
    sha256,
    size: bytes.length,
    /** The e-result this very file is, when motcua issued it (byte for byte). */
    result: issued ? await presentResult(deps, issued) : null,
    /** When the file differs from what was signed: the signed revision, and the e-result it is if motcua issued it. */
    signedRevision: verdict === 'FILE_DIFFERS' ? await presentRevision(deps, bytes, checks) : null,
    signatures: checks.map((c) => presentCheck(c, locale)),
  };
}

async function presentRevision(deps: SigningDeps, bytes: Buffer, checks: readonly SignatureCheck[]) {
  const last = lastValid(checks);
  const revision = last ? signedRevision(bytes, last.check) : null;
  if (!last || !revision) return null;
  const sha256 = sha256Hex(revision);
  const issued = await findResult(deps.db, { sha256 });
  return { signature: last.index + 1, size: revision.length, sha256, result: issued ? await presentResult(deps, issued) : null };
}

/**
 * The signed revision of an uploaded PDF — the file exactly as its newest
 * trusted signature signed it, or as signature `n` (1-based) signed it —
 * for download or preview. Nothing is stored: the bytes come from the upload.
 */
export async function signedRevisionOfUpload(deps: SigningDeps, bytes: Buffer, n?: number): Promise<{ bytes: Buffer; sha256: string; resultCode: string | null }> {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new UnprocessableError('documents.notPdf');
  const checks = await verifyPdfOffThread(bytes, deps.signers.trust(), deps.clock.now());
  const chosen = n === undefined ? lastValid(checks)?.check : checks[n - 1];
  if (n !== undefined && !chosen) throw new UnprocessableError('documents.noSuchSignature', [], { n, count: checks.length });
  const revision = chosen && (n !== undefined || isValid(chosen)) ? signedRevision(bytes, chosen) : null;
  if (!revision) throw new UnprocessableError('documents.noSignedRevision');
  const sha256 = sha256Hex(revision);
  const issued = await findResult(deps.db, { sha256 });
  return { bytes: revision, sha256, resultCode: issued?.code ?? null };
}

function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
