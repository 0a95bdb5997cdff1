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
import { verifyPdfSignatures, type SignatureCheck } from '../../../platform/crypto/signing/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { findResult, maskName, readDossier, type ResultRow } from '../../dossiers/index.ts';
import type { SigningDeps } from '../signing.deps.ts';

export type PublicResultStatus = 'VALID' | 'REPLACED' | 'REVOKED' | 'PENDING_SIGNATURE' | 'PAPER_ONLY';

function publicStatus(r: ResultRow): PublicResultStatus {
  if (r.status === 'REPLACED' || r.status === 'REVOKED') return r.status;
  if (!r.electronic) return 'PAPER_ONLY';
  return r.sha256 ? 'VALID' : 'PENDING_SIGNATURE';
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
    valid: c.intact && c.cryptoValid && c.chainTrusted && c.certificateValidAt,
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
  const signatures = r.sha256 ? await verifyPdfSignatures(await deps.files.read(r.sha256), deps.signers.trust(), deps.clock.now()) : [];
  return { result: await presentResult(deps, r), signatures: signatures.map((c) => presentCheck(c, locale)) };
}

export async function verifyUploadedPdf(deps: SigningDeps, bytes: Buffer, locale: Locale) {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new UnprocessableError('documents.notPdf');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const [signatures, issued] = await Promise.all([verifyPdfSignatures(bytes, deps.signers.trust(), deps.clock.now()), findResult(deps.db, { sha256 })]);
  return {
    sha256,
    size: bytes.length,
    /** The e-result this very file is, when motcua issued it (byte for byte). */
    result: issued ? await presentResult(deps, issued) : null,
    signatures: signatures.map((c) => presentCheck(c, locale)),
  };
}
