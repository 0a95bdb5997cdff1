// Remote signing over the Cloud Signature Consortium API v2: a PDF signed through the local
// simulator verifies (motcua and pdfsig); tokens, SAD and broken services give clear errors.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCscSigner } from './csc-signer.ts';
import { startCscSimulator, type CscSimulator } from './csc-simulator.ts';
import { ensureDevPki, type DevPki } from './dev-pki.ts';
import { signPdf } from './sign-pdf.ts';
import { makePdf, makeTempDir, run } from './test-fixtures.ts';
import { verifyPdfSignatures } from './verify-pdf-signatures.ts';

const AGENCY = 'Sở Tài nguyên và Môi trường tỉnh Đắk Lắk';
const NOW = new Date('2025-08-01T02:00:00Z');
const TOKEN = 'test-access-token';
const SAD = 'sad-from-otp';

let temp: ReturnType<typeof makeTempDir>;
let pki: DevPki;
let simulator: CscSimulator;
let pdf: Buffer;

beforeAll(async () => {
  temp = makeTempDir('csc');
  pki = await ensureDevPki(path.join(temp.dir, 'pki'), [{ key: 'stnmt', commonName: AGENCY, organisation: 'UBND tỉnh Đắk Lắk', kind: 'agency' }], new Date('2025-01-01T00:00:00Z'));
  simulator = await startCscSimulator({ token: TOKEN, sad: SAD, credentials: new Map([['agency:stnmt', await pki.signerFor('stnmt')]]) });
  pdf = await makePdf();
});

afterAll(async () => {
  await simulator.close();
  temp.cleanup();
});

describe('CSC remote signing', () => {
  it('signs a PDF through the simulator that motcua and pdfsig both accept', async () => {
    const signer = createCscSigner({ baseUrl: simulator.baseUrl, token: TOKEN, credentialId: 'agency:stnmt', sad: SAD });
    const signed = await signPdf(pdf, signer, { name: AGENCY, reason: 'Ký từ xa', signedAt: NOW });
    const [check] = await verifyPdfSignatures(signed, pki.trust, NOW);
    expect(check).toMatchObject({ signerName: AGENCY, intact: true, cryptoValid: true, chainTrusted: true, problems: [] });
    const file = path.join(temp.dir, 'remote.pdf');
    writeFileSync(file, signed);
    expect((await run('pdfsig', [file])).stdout).toContain('Signature Validation: Signature is Valid.');
  });

  it('reports a refused token with the service’s reason', async () => {
    const signer = createCscSigner({ baseUrl: simulator.baseUrl, token: 'stolen', credentialId: 'agency:stnmt', sad: SAD });
    await expect(signer.certificates()).rejects.toMatchObject({ status: 502, key: 'signing.remoteFailed', params: { reason: 'invalid_token: Invalid access token' } });
  });

  it('reports a missing signature activation (SAD) and an unknown credential', async () => {
    const noSad = createCscSigner({ baseUrl: simulator.baseUrl, token: TOKEN, credentialId: 'agency:stnmt' });
    await expect(signPdf(pdf, noSad, { name: 'x', reason: 'y', signedAt: NOW })).rejects.toMatchObject({
      key: 'signing.remoteFailed',
      params: { reason: 'invalid_request: Invalid parameter SAD' },
    });
    const unknown = createCscSigner({ baseUrl: simulator.baseUrl, token: TOKEN, credentialId: 'agency:nobody', sad: SAD });
    await expect(unknown.certificates()).rejects.toMatchObject({ params: { reason: 'invalid_request: Invalid parameter credentialID' } });
  });

  it('says the service is unavailable when nothing answers', async () => {
    const gone = await startCscSimulator({ token: TOKEN, credentials: new Map() });
    await gone.close();
    const signer = createCscSigner({ baseUrl: gone.baseUrl, token: TOKEN, credentialId: 'agency:stnmt' });
    await expect(signer.certificates()).rejects.toMatchObject({ status: 503, key: 'signing.remoteUnavailable' });
  });

  it('refuses replies outside the protocol', async () => {
    const fakeFetch: typeof fetch = async () => new Response(JSON.stringify({ cert: { certificates: 'not-a-list' } }), { status: 200 });
    const signer = createCscSigner({ baseUrl: 'http://csc.invalid', token: TOKEN, credentialId: 'x', fetch: fakeFetch });
    await expect(signer.certificates()).rejects.toMatchObject({ key: 'signing.remoteBadReply' });
    const htmlFetch: typeof fetch = async () => new Response('<html>502 Bad Gateway</html>', { status: 502 });
    await expect(createCscSigner({ baseUrl: 'http://csc.invalid', token: TOKEN, credentialId: 'x', fetch: htmlFetch }).signDigest(new Uint8Array(32))).rejects.toMatchObject({
      key: 'signing.remoteBadReply',
    });
  });
});
