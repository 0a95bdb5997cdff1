// The verifier on documents a citizen might bring: ours, other tools' (OpenSSL-made
// adbe.pkcs7.detached with ECDSA, RSA-PSS, no certificates), changed after signing, signed by
// untrusted or expired certificates, and plain garbage.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer as SignPdfSigner } from '@signpdf/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDevPki, type DevPki } from './dev-pki.ts';
import { signingCertificateV2, signingCertificateMatches } from './ess-signing-certificate.ts';
import { signPdf } from './sign-pdf.ts';
import { SignatureInputError } from './signing-errors.ts';
import type { Signer } from './signer.ts';
import { issueUnder, makePdf, makeRootCa, makeTempDir, run, type TestCa } from './test-fixtures.ts';
import { certificateToPem, trustListFromPem, type TrustList } from './trust-list.ts';
import { verifyPdfSignatures } from './verify-pdf-signatures.ts';

const AGENCY = 'Sở Tư pháp tỉnh Quảng Ngãi';
const SIGNED_AT = new Date('2025-03-01T08:00:00Z');
const NOW = new Date('2025-03-02T00:00:00Z');

let temp: ReturnType<typeof makeTempDir>;
let pki: DevPki;
let original: Buffer;
let signed: Buffer;
let foreignCa: TestCa;
let foreignTrust: TrustList;
/** One RSA key for the certificates whose key does not matter (key generation is the slow part). */
let spareKey: KeyObject;

beforeAll(async () => {
  temp = makeTempDir('verify-pdf');
  pki = await ensureDevPki(path.join(temp.dir, 'pki'), [{ key: 'stp', commonName: AGENCY, organisation: 'UBND tỉnh Quảng Ngãi', kind: 'agency' }], new Date('2025-01-01T00:00:00Z'));
  original = await makePdf();
  signed = await signPdf(original, await pki.signerFor('stp'), { name: AGENCY, reason: 'Kết quả', signedAt: SIGNED_AT });
  foreignCa = makeRootCa({ commonName: 'CA nước ngoài thử nghiệm', country: 'VN' });
  foreignTrust = trustListFromPem(certificateToPem(foreignCa.der));
  spareKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
});

afterAll(() => temp.cleanup());

function file(name: string, data: Buffer | string): string {
  const target = path.join(temp.dir, name);
  writeFileSync(target, data);
  return target;
}

/** Signs like a third-party tool: our placeholder-plain field, a CMS made by `openssl cms -sign`. */
async function signWithOpenssl(pdf: Buffer, leaf: TestCa, extraArgs: string[]): Promise<Buffer> {
  const certFile = file('ossl-leaf.pem', certificateToPem(leaf.der));
  const keyFile = file('ossl-leaf.key', leaf.key.export({ type: 'pkcs8', format: 'pem' }));
  const prepared = plainAddPlaceholder({ pdfBuffer: pdf, reason: 'OpenSSL', contactInfo: '', name: 'OpenSSL', location: '', signatureLength: 8192 });
  class OpensslSigner extends SignPdfSigner {
    override async sign(bytes: Buffer): Promise<Buffer> {
      const input = file('ossl-content.bin', bytes);
      const output = path.join(temp.dir, 'ossl-sig.der');
      const result = await run('openssl', ['cms', '-sign', '-binary', '-in', input, '-signer', certFile, '-inkey', keyFile, '-outform', 'DER', '-out', output, ...extraArgs]);
      if (result.code !== 0) throw new Error(result.stderr);
      return readFileSync(output);
    }
  }
  return new SignPdf().sign(prepared, new OpensslSigner());
}

/** An ECDSA signer whose raw signature comes from `openssl pkeyutl` (node:crypto cannot sign a bare digest with ECDSA). */
function opensslEcdsaSigner(leaf: TestCa, chain: Uint8Array[]): Signer {
  const keyFile = file('ec-leaf.key', leaf.key.export({ type: 'pkcs8', format: 'pem' }));
  return {
    keyAlgorithm: 'ECDSA',
    certificates: async () => ({ certificate: leaf.der, chain }),
    async signDigest(digest) {
      const input = file('ec-digest.bin', Buffer.from(digest));
      const output = path.join(temp.dir, 'ec-sig.der');
      const result = await run('openssl', ['pkeyutl', '-sign', '-inkey', keyFile, '-in', input, '-out', output]);
      if (result.code !== 0) throw new Error(result.stderr);
      return readFileSync(output);
    },
  };
}

/** Appends a real incremental update (one object, its xref section, a trailer with /Prev). */
function appendIncrementalUpdate(pdf: Buffer, objectNumber = 999, objectBody = '(added after signing)'): Buffer {
  const text = pdf.toString('latin1');
  const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1];
  const root = [...text.matchAll(/\/Root (\d+ \d+ R)/g)].pop()?.[1];
  const object = `\n${objectNumber} 0 obj\n${objectBody}\nendobj\n`;
  const xrefAt = pdf.length + Buffer.byteLength(object, 'latin1');
  const objectAt = pdf.length + 1;
  const size = Math.max(objectNumber + 1, Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))?.[1]));
  const tail = `xref\n${objectNumber} 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size} /Root ${root} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(object + tail, 'latin1')]);
}

describe('verifyPdfSignatures', () => {
  it('returns no checks for an unsigned PDF, nor for an unfilled signature placeholder', async () => {
    expect(await verifyPdfSignatures(original, pki.trust, NOW)).toEqual([]);
    const placeholder = plainAddPlaceholder({ pdfBuffer: original, reason: 'r', contactInfo: '', name: 'n', location: '' });
    expect(await verifyPdfSignatures(placeholder, pki.trust, NOW)).toEqual([]);
  });

  it('reports an untrusted root with a reason, while the signature itself stays valid', async () => {
    const [check] = await verifyPdfSignatures(signed, foreignTrust, NOW);
    expect(check).toMatchObject({ intact: true, cryptoValid: true, chainTrusted: false, signerName: AGENCY });
    expect(check!.problems).toEqual(['signing.problem.untrustedChain']);
  });

  it('flags a certificate that had expired when the document was signed', async () => {
    const oldPki = await ensureDevPki(path.join(temp.dir, 'old-pki'), [{ key: 'old', commonName: 'Phòng Tư pháp (cũ)', organisation: 'UBND huyện', kind: 'agency' }], new Date('2010-01-01T00:00:00Z'));
    const out = await signPdf(original, await oldPki.signerFor('old'), { name: 'x', reason: 'y', signedAt: new Date('2024-06-01T00:00:00Z') });
    const [check] = await verifyPdfSignatures(out, oldPki.trust, NOW);
    expect(check).toMatchObject({ intact: true, cryptoValid: true, chainTrusted: true, certificateValidAt: false });
    expect(check!.problems).toEqual(['signing.problem.certificateNotValidAt']);
  });

  it('notices an incremental update appended after signing, but not a trailing end-of-line', async () => {
    const updated = appendIncrementalUpdate(signed);
    const [check] = await verifyPdfSignatures(updated, pki.trust, NOW);
    expect(check).toMatchObject({ intact: true, cryptoValid: true, modifiedAfterSigning: true, coversWholeDocument: false });
    expect(check!.problems).toEqual(['signing.problem.modifiedAfterSigning']);
    const pdfsig = await run('pdfsig', [file('updated.pdf', updated)]);
    expect(pdfsig.stdout).toContain('Not total document signed');

    const [eol] = await verifyPdfSignatures(Buffer.concat([signed, Buffer.from('\r\n')]), pki.trust, NOW);
    expect(eol).toMatchObject({ modifiedAfterSigning: false, coversWholeDocument: true });
  });

  it('counts a signature object rewritten in a later revision once', async () => {
    const text = signed.toString('latin1');
    const sig = /(\d+) 0 obj\n(<<\n\/Type \/Sig[\s\S]*?)\nendobj/.exec(text)!;
    const rewritten = appendIncrementalUpdate(signed, Number(sig[1]), sig[2]!);
    const checks = await verifyPdfSignatures(rewritten, pki.trust, NOW);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ intact: true, cryptoValid: true, modifiedAfterSigning: true });
    expect(checks[0]!.problems).toEqual(['signing.problem.modifiedAfterSigning']);
  });

  it('reads an OpenSSL adbe.pkcs7.detached signature with ECDSA, SHA-384 and a signing-time attribute', async () => {
    const ecLeaf = issueUnder(foreignCa, { commonName: 'Trần Thị Bích Ngọc', organisation: 'Công ty TNHH Ánh Dương', country: 'VN' }, {
      key: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
    });
    const before = Date.now();
    const out = await signWithOpenssl(original, ecLeaf, ['-md', 'sha384']);
    const [check] = await verifyPdfSignatures(out, foreignTrust, NOW);
    expect(check).toMatchObject({
      subFilter: 'adbe.pkcs7.detached',
      signerName: 'Trần Thị Bích Ngọc',
      signerOrganisation: 'Công ty TNHH Ánh Dương',
      issuerName: 'CA nước ngoài thử nghiệm',
      intact: true,
      cryptoValid: true,
      chainTrusted: true,
      coversWholeDocument: true,
    });
    // OpenSSL's signing-time attribute wins over /M; both are "now" here, so check it is that moment.
    expect(check!.signedAt!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(await verifyPdfSignatures(out, pki.trust, NOW).then((c) => c[0]!.chainTrusted)).toBe(false);
  });

  it('verifies an RSA-PSS signature', async () => {
    const leaf = issueUnder(foreignCa, { commonName: 'Lê Văn Cường' }, { key: spareKey });
    const out = await signWithOpenssl(original, leaf, ['-md', 'sha256', '-keyopt', 'rsa_padding_mode:pss']);
    const [check] = await verifyPdfSignatures(out, foreignTrust, NOW);
    expect(check).toMatchObject({ intact: true, cryptoValid: true, problems: [] });
  });

  it('finds a signer named by subject key identifier instead of issuer and serial', async () => {
    const leaf = issueUnder(foreignCa, { commonName: 'Vũ Thị Khánh' }, { key: spareKey });
    const out = await signWithOpenssl(original, leaf, ['-keyid', '-md', 'sha512']);
    const [check] = await verifyPdfSignatures(out, foreignTrust, NOW);
    expect(check).toMatchObject({ signerName: 'Vũ Thị Khánh', intact: true, cryptoValid: true, chainTrusted: true, problems: [] });
  });

  it('says so when a signature carries no certificate', async () => {
    const leaf = issueUnder(foreignCa, { commonName: 'Phạm Thị Dung' }, { key: spareKey });
    const out = await signWithOpenssl(original, leaf, ['-nocerts']);
    const [check] = await verifyPdfSignatures(out, foreignTrust, NOW);
    expect(check).toMatchObject({ intact: true, cryptoValid: false, chainTrusted: false, signerName: 'OpenSSL', chain: [] });
    expect(check!.problems).toEqual(['signing.problem.signerCertificateMissing']);
  });

  it('signs with an ECDSA signer through the same PAdES builder, accepted by pdfsig', async () => {
    const ecLeaf = issueUnder(foreignCa, { commonName: 'Hoàng Minh Đức', organisation: 'Văn phòng UBND' }, {
      key: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
    });
    const out = await signPdf(original, opensslEcdsaSigner(ecLeaf, [foreignCa.der]), { name: 'Hoàng Minh Đức', reason: 'ECDSA', signedAt: SIGNED_AT });
    const [check] = await verifyPdfSignatures(out, foreignTrust, NOW);
    expect(check).toMatchObject({ signerName: 'Hoàng Minh Đức', intact: true, cryptoValid: true, chainTrusted: true, problems: [] });
    const pdfsig = await run('pdfsig', [file('ecdsa.pdf', out)]);
    expect(pdfsig.stdout).toContain('Signature Validation: Signature is Valid.');
  });

  it('refuses a signer whose key type does not match its certificate', async () => {
    const rsaLeaf = issueUnder(foreignCa, { commonName: 'Sai loại khóa' }, { key: spareKey });
    const lying = { ...opensslEcdsaSigner(rsaLeaf, []), keyAlgorithm: 'ECDSA' as const };
    await expect(signPdf(original, lying, { name: 'x', reason: 'y', signedAt: SIGNED_AT })).rejects.toMatchObject({ key: 'signing.unsupportedKey' });
  });

  it('gives a clear 422 for garbage, never a crash', async () => {
    for (const garbage of [Buffer.alloc(0), Buffer.from('not a pdf at all'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00]), Buffer.alloc(4096, 0xab)]) {
      await expect(verifyPdfSignatures(garbage, pki.trust, NOW)).rejects.toMatchObject({ status: 422, key: 'signing.notAPdf' });
    }
  });

  it('gives a clear 422 for a damaged signature', async () => {
    const text = signed.toString('latin1');
    const hex = /\/Contents <([0-9a-f]+)>/i.exec(text)!;
    const broken = Buffer.from(text.replace(hex[1]!, 'ab'.repeat(hex[1]!.length / 2)), 'latin1');
    await expect(verifyPdfSignatures(broken, pki.trust, NOW)).rejects.toMatchObject({ status: 422, key: 'signing.malformedSignature', params: { index: 1 } });

    // Same length, so no offset moves: only the last ByteRange length now runs past the end of the file.
    const beyondEnd = Buffer.from(text.replace(/(\/ByteRange \[0 \d+ \d+ )(\d+)\]/, (_m, head: string, d: string) => `${head}${'9'.repeat(d.length)}]`), 'latin1');
    await expect(verifyPdfSignatures(beyondEnd, pki.trust, NOW)).rejects.toMatchObject({ status: 422, key: 'signing.malformedSignature' });
  });

  it('never crashes on damaged signatures or files: a result or a SignatureInputError', async () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const text = signed.toString('latin1');
    const hexStart = text.indexOf('/Contents <') + 11;
    const cmsHexLength = 2 * 1800; // the CMS itself; the rest of /Contents is zero padding
    for (let round = 0; round < 150; round += 1) {
      const copy = Buffer.from(signed);
      if (round % 3 === 2) {
        // Cut anywhere, then end like a PDF again.
        const cut = Buffer.concat([copy.subarray(0, random(copy.length)), Buffer.from('\n%%EOF\n')]);
        await verifyPdfSignatures(cut, pki.trust, NOW).catch((error: unknown) => expect(error).toBeInstanceOf(SignatureInputError));
        continue;
      }
      for (let i = 0; i < 1 + random(8); i += 1) copy[hexStart + random(cmsHexLength)] = '0123456789abcdef'.charCodeAt(random(16));
      await verifyPdfSignatures(copy, pki.trust, NOW).catch((error: unknown) => expect(error).toBeInstanceOf(SignatureInputError));
    }
  });

  it('matches the ESS signing-certificate hash only to its own certificate', () => {
    const other = makeRootCa({ commonName: 'Khác' }, { key: spareKey });
    const value = signingCertificateV2(foreignCa.der);
    expect(signingCertificateMatches(value, foreignCa.der, false)).toBe(true);
    expect(signingCertificateMatches(value, other.der, false)).toBe(false);
  });
});

describe('trustListFromPem', () => {
  it('reads concatenated PEM roots and refuses anything else', () => {
    const two = certificateToPem(foreignCa.der) + pki.caPem;
    expect(trustListFromPem(two).anchors).toHaveLength(2);
    expect(trustListFromPem('').anchors).toEqual([]);
    expect(() => trustListFromPem('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n')).toThrow(expect.objectContaining({ key: 'signing.trustListInvalid' }));
    expect(() => trustListFromPem('just text')).toThrow(expect.objectContaining({ key: 'signing.trustListInvalid' }));
  });
});
