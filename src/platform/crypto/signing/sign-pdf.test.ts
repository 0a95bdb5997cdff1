// PAdES signing checked by real tools: poppler's pdfsig and OpenSSL's CMS verifier, plus
// the structure ETSI EN 319 142-1 asks of a B-B signature, and motcua's own verifier.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDevPki, type DevPki } from './dev-pki.ts';
import { OID } from './oids.ts';
import { signPdf } from './sign-pdf.ts';
import type { Signer } from './signer.ts';
import {
  extractSignatures,
  issueUnder,
  makePdf,
  makeRootCa,
  makeTempDir,
  rsaKeys,
  rsaTestSigner,
  run,
  type ExtractedSignature,
} from './test-fixtures.ts';
import { certificateToPem, trustListFromPem } from './trust-list.ts';
import { verifyPdfSignatures } from './verify-pdf-signatures.ts';

const AGENCY = 'Sở Khoa học và Công nghệ tỉnh Gia Lai';
const PROVINCE = 'Ủy ban nhân dân tỉnh Gia Lai';
const SIGNED_AT = new Date('2025-07-14T03:04:05Z');
const NOW = new Date('2025-07-15T00:00:00Z');

let temp: ReturnType<typeof makeTempDir>;
let pki: DevPki;
let signer: Signer;
let caFile: string;
let original: Buffer;
let signed: Buffer;

beforeAll(async () => {
  temp = makeTempDir('sign-pdf');
  pki = await ensureDevPki(
    path.join(temp.dir, 'pki'),
    [{ key: 'agency-skhcn', commonName: AGENCY, organisation: PROVINCE, kind: 'agency' }],
    new Date('2025-01-01T00:00:00Z'),
  );
  caFile = path.join(temp.dir, 'ca.pem');
  writeFileSync(caFile, pki.caPem);
  signer = await pki.signerFor('agency-skhcn');
  original = await makePdf();
  signed = await signPdf(original, signer, {
    name: AGENCY,
    reason: 'Ký số kết quả H21.65-250714-0012-KQ1',
    location: 'Pleiku, Gia Lai',
    signedAt: SIGNED_AT,
  });
});

afterAll(() => temp.cleanup());

/** Writes the files and runs pdfsig on them. */
async function pdfsig(pdf: Buffer, name: string): Promise<string> {
  const file = path.join(temp.dir, name);
  writeFileSync(file, pdf);
  const result = await run('pdfsig', [file]);
  return result.stdout + result.stderr;
}

async function opensslVerify(signature: ExtractedSignature, name: string, caPemFile = caFile): Promise<number> {
  const sig = path.join(temp.dir, `${name}.der`);
  const content = path.join(temp.dir, `${name}.bin`);
  writeFileSync(sig, signature.cms);
  writeFileSync(content, signature.signedBytes);
  const result = await run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', sig, '-content', content, '-CAfile', caPemFile, '-purpose', 'any', '-out', '/dev/null']);
  return result.code;
}

function tamperOneByte(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('motcua tests'); // the /Producer string, inside the first signed range
  expect(at).toBeGreaterThan(0);
  copy[at] = 'M'.charCodeAt(0);
  return copy;
}

describe('signPdf', () => {
  it('makes a signature pdfsig calls valid, naming the Vietnamese signer correctly', async () => {
    const report = await pdfsig(signed, 'signed.pdf');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain(`Signer Certificate Common Name: ${AGENCY}`);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');
  });

  it('makes a CMS that OpenSSL verifies against the development CA', async () => {
    const [signature] = extractSignatures(signed);
    expect(await opensslVerify(signature!, 'signed')).toBe(0);
  });

  it('passes motcua’s own verifier with every flag set', async () => {
    const [check, ...others] = await verifyPdfSignatures(signed, pki.trust, NOW);
    expect(others).toHaveLength(0);
    expect(check).toMatchObject({
      signerName: AGENCY,
      signerOrganisation: PROVINCE,
      issuerName: 'motcua — CA phát triển (KHÔNG dùng thật)',
      signedAt: SIGNED_AT,
      subFilter: 'ETSI.CAdES.detached',
      intact: true,
      cryptoValid: true,
      coversWholeDocument: true,
      modifiedAfterSigning: false,
      chainTrusted: true,
      chain: [AGENCY, 'motcua — CA phát triển (KHÔNG dùng thật)'],
      certificateValidAt: true,
      problems: [],
    });
    expect(check!.serialNumber).toMatch(/^[0-9A-F]{32}$/);
  });

  it('builds a PAdES B-B CMS: SHA-256, detached, content-type + message-digest + signing-certificate-v2, no signing-time', async () => {
    const [signature] = extractSignatures(signed);
    const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(signature!.cms).content });
    expect(signedData.encapContentInfo.eContent).toBeUndefined();
    const info = signedData.signerInfos[0]!;
    expect(info.digestAlgorithm.algorithmId).toBe(OID.sha256);
    expect(info.signatureAlgorithm.algorithmId).toBe(OID.sha256WithRsa);
    const types = info.signedAttrs!.attributes.map((a) => a.type);
    expect(new Set(types)).toEqual(new Set([OID.contentType, OID.messageDigest, OID.signingCertificateV2]));
    expect(types).not.toContain(OID.signingTime);

    const digest = info.signedAttrs!.attributes.find((a) => a.type === OID.messageDigest)!.values[0] as asn1js.OctetString;
    expect(Buffer.from(digest.valueBlock.valueHexView)).toEqual(createHash('sha256').update(signature!.signedBytes).digest());

    const { certificate } = await signer.certificates();
    const ess = info.signedAttrs!.attributes.find((a) => a.type === OID.signingCertificateV2)!.values[0] as asn1js.Sequence;
    const certHash = ((ess.valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.OctetString;
    expect(Buffer.from(certHash.valueBlock.valueHexView)).toEqual(createHash('sha256').update(certificate).digest());
  });

  it('writes /SubFilter, /M and UTF-16 text strings that keep their diacritics', () => {
    const update = signed.subarray(original.length - 2).toString('latin1');
    expect(update).toContain('/SubFilter /ETSI.CAdES.detached');
    expect(update).toContain('/M (D:20250714030405Z)');
    const name = /\/Name <FEFF([0-9A-F]+)>/.exec(update)?.[1];
    expect(Buffer.from(name ?? '', 'hex').swap16().toString('utf16le')).toBe(AGENCY);
    const reason = /\/Reason <FEFF([0-9A-F]+)>/.exec(update)?.[1];
    expect(Buffer.from(reason ?? '', 'hex').swap16().toString('utf16le')).toBe('Ký số kết quả H21.65-250714-0012-KQ1');
  });

  it('is caught by all three verifiers when one signed byte changes', async () => {
    const tampered = tamperOneByte(signed);
    const [check] = await verifyPdfSignatures(tampered, pki.trust, NOW);
    expect(check!.intact).toBe(false);
    expect(check!.problems).toContain('signing.problem.notIntact');

    const report = await pdfsig(tampered, 'tampered.pdf');
    expect(report).toContain('Signature #1');
    expect(report).not.toContain('Signature is Valid.');

    const [signature] = extractSignatures(tampered);
    expect(await opensslVerify(signature!, 'tampered')).not.toBe(0);
  });

  it('adds a second signature by incremental update, leaving the first one valid', async () => {
    const twice = await signPdf(signed, signer, { name: 'Nguyễn Văn Ánh', reason: 'Phê duyệt', signedAt: NOW });
    expect(twice.subarray(0, signed.length).equals(signed)).toBe(true);

    const report = await pdfsig(twice, 'twice.pdf');
    expect(report.match(/Signature is Valid\./g)).toHaveLength(2);

    // /Size is one more than the highest object number (placeholder-plain alone overstates it here).
    const highest = Math.max(...[...twice.toString('latin1').matchAll(/(\d+) 0 obj/g)].map((m) => Number(m[1])));
    expect([...twice.toString('latin1').matchAll(/\/Size (\d+)/g)].pop()?.[1]).toBe(String(highest + 1));

    const [first, second] = await verifyPdfSignatures(twice, pki.trust, NOW);
    expect(first).toMatchObject({ intact: true, cryptoValid: true, modifiedAfterSigning: true, coversWholeDocument: false });
    expect(first!.problems).toEqual(['signing.problem.modifiedAfterSigning']);
    expect(second).toMatchObject({ intact: true, cryptoValid: true, modifiedAfterSigning: false, coversWholeDocument: true, problems: [] });
  });

  it('never changes a byte of the original, whatever follows its last %%EOF', async () => {
    const body = original.subarray(0, original.lastIndexOf('%%EOF') + 5);
    for (const ending of ['', '\n', '\r\n', '\r', ' \n\n']) {
      const input = Buffer.concat([body, Buffer.from(ending, 'latin1')]);
      const out = await signPdf(input, signer, { name: AGENCY, reason: 'Kết thúc tệp', signedAt: SIGNED_AT });
      expect(out.subarray(0, input.length).equals(input)).toBe(true);
      const [check] = await verifyPdfSignatures(out, pki.trust, NOW);
      expect(check).toMatchObject({ intact: true, cryptoValid: true, coversWholeDocument: true });
    }
  });

  it('signs a PDF/A-2b document and keeps its trailer /ID in the update', async () => {
    const pdfA = await makePdf({ pdfA: true });
    const out = await signPdf(pdfA, signer, { name: AGENCY, reason: 'Kết quả điện tử', signedAt: SIGNED_AT });
    const ids = [...out.toString('latin1').matchAll(/\/ID \[<([0-9a-fA-F]+)> <([0-9a-fA-F]+)>\]/g)].map((m) => m[1]!.toLowerCase());
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(await pdfsig(out, 'pdfa.pdf')).toContain('Signature Validation: Signature is Valid.');
    const [check] = await verifyPdfSignatures(out, pki.trust, NOW);
    expect(check).toMatchObject({ intact: true, cryptoValid: true, chainTrusted: true, coversWholeDocument: true });
  });

  it('has room for a three-certificate RSA-4096 chain', async () => {
    const [rootKey, intermediateKey, leafKey] = await rsaKeys(3, 4096);
    const root = makeRootCa({ commonName: 'Root CA thử nghiệm 4096', country: 'VN' }, { key: rootKey });
    const intermediate = issueUnder(root, { commonName: 'CA trung gian thử nghiệm', organisation: 'Tổ chức chứng thực', country: 'VN' }, { ca: true, key: intermediateKey });
    const leaf = issueUnder(intermediate, { commonName: AGENCY, organisation: PROVINCE, country: 'VN' }, { key: leafKey });
    expect(leaf.key.asymmetricKeyDetails?.modulusLength).toBe(4096);
    const out = await signPdf(original, rsaTestSigner(leaf, [intermediate.der, root.der]), { name: AGENCY, reason: 'Chuỗi ba chứng thư', signedAt: SIGNED_AT });

    const trust = trustListFromPem(certificateToPem(root.der));
    const [check] = await verifyPdfSignatures(out, trust, NOW);
    expect(check).toMatchObject({ intact: true, cryptoValid: true, chainTrusted: true });
    expect(check!.chain).toEqual([AGENCY, 'CA trung gian thử nghiệm', 'Root CA thử nghiệm 4096']);

    const rootFile = path.join(temp.dir, 'root4096.pem');
    writeFileSync(rootFile, certificateToPem(root.der));
    const [signature] = extractSignatures(out);
    expect(await opensslVerify(signature!, 'chain4096', rootFile)).toBe(0);
    expect(await pdfsig(out, 'chain4096.pdf')).toContain('Signature Validation: Signature is Valid.');
  });

  it('refuses input that is not a PDF with a clear error', async () => {
    await expect(signPdf(Buffer.from('hello'), signer, { name: 'x', reason: 'y', signedAt: NOW })).rejects.toMatchObject({
      status: 422,
      key: 'signing.notAPdf',
    });
  });

  it('refuses a PDF with a cross-reference stream it cannot update, with a clear error', async () => {
    const xrefStream = Buffer.from('%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 1 /W [1 2 1] >>\nstream\nendstream\nendobj\nstartxref\n9\n%%EOF\n');
    await expect(signPdf(xrefStream, signer, { name: 'x', reason: 'y', signedAt: NOW })).rejects.toMatchObject({
      status: 422,
      key: 'signing.unsupportedPdf',
    });
  });
});
