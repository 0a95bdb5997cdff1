// The development PKI: files and permissions, UTF-8 names that survive the .p12 round trip
// (checked with OpenSSL), idempotence, and adding a subject without touching the others.
import { readFileSync, statSync, unlinkSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCertificate } from './certificate-info.ts';
import { DEV_CA_NAME, DEV_PKI_PASSWORD, ensureDevPki, type DevPki, type DevPkiSubject } from './dev-pki.ts';
import { certificateToPem } from './trust-list.ts';
import { makeTempDir, run } from './test-fixtures.ts';

const NOW = new Date('2025-05-01T00:00:00Z');
const AGENCY: DevPkiSubject = { key: 'agency-H21.65', commonName: 'Sở Khoa học và Công nghệ tỉnh Gia Lai', organisation: 'Ủy ban nhân dân tỉnh Gia Lai', kind: 'agency' };
const OFFICER: DevPkiSubject = { key: 'officer-0042', commonName: 'Đặng Thị Thu Hương', organisation: 'Bộ phận Một cửa tỉnh Gia Lai', kind: 'officer' };

let temp: ReturnType<typeof makeTempDir>;
let dir: string;
let pki: DevPki;

beforeAll(async () => {
  temp = makeTempDir('dev-pki');
  dir = path.join(temp.dir, 'pki');
  pki = await ensureDevPki(dir, [AGENCY], NOW);
});

afterAll(() => temp.cleanup());

const mode = (file: string) => statSync(path.join(dir, file)).mode & 0o777;

describe('ensureDevPki', () => {
  it('writes a clearly named development root and one .p12 per subject, keys readable by the owner only', () => {
    expect(readCertificate(pki.trust.anchors[0]!).commonName).toBe(DEV_CA_NAME);
    expect(readFileSync(path.join(dir, 'ca.pem'), 'utf8')).toBe(pki.caPem);
    expect(mode('ca.key')).toBe(0o600);
    expect(mode(`${AGENCY.key}.p12`)).toBe(0o600);
  });

  it('issues a leaf OpenSSL reads from the .p12: UTF8String names, signing key usage, chained to the root', async () => {
    const p12 = path.join(dir, `${AGENCY.key}.p12`);
    const leafPem = path.join(temp.dir, 'leaf.pem');
    const exported = await run('openssl', ['pkcs12', '-in', p12, '-passin', `pass:${DEV_PKI_PASSWORD}`, '-nokeys', '-clcerts', '-out', leafPem]);
    expect(exported.code).toBe(0);
    const text = await run('openssl', ['x509', '-in', leafPem, '-noout', '-text', '-nameopt', 'utf8,show_type,sep_comma_plus']);
    expect(text.stdout).toContain(`CN=UTF8STRING:${AGENCY.commonName}`);
    expect(text.stdout).toContain(`O=UTF8STRING:${AGENCY.organisation}`);
    expect(text.stdout).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Non Repudiation/);
    const caPem = path.join(temp.dir, 'ca.pem');
    writeFileSync(caPem, pki.caPem);
    expect((await run('openssl', ['verify', '-CAfile', caPem, leafPem])).code).toBe(0);
  });

  it('keeps certificate bytes identical through the .p12 round trip', async () => {
    const signer = await pki.signerFor(AGENCY.key);
    const { certificate, chain } = await signer.certificates();
    const leafPem = path.join(temp.dir, 'leaf.pem');
    await run('openssl', ['pkcs12', '-in', path.join(dir, `${AGENCY.key}.p12`), '-passin', `pass:${DEV_PKI_PASSWORD}`, '-nokeys', '-clcerts', '-out', leafPem]);
    const pem = readFileSync(leafPem, 'utf8');
    expect(pem).toContain(certificateToPem(certificate).trim());
    expect(readCertificate(certificate).commonName).toBe(AGENCY.commonName);
    expect(chain.map((c) => Buffer.from(c))).toEqual([Buffer.from(pki.trust.anchors[0]!)]);
  });

  it('is idempotent, and adds a new subject without touching existing files', async () => {
    const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f))]));
    const again = await ensureDevPki(dir, [AGENCY], NOW);
    expect(again.caPem).toBe(pki.caPem);
    for (const [name, bytes] of Object.entries(before)) expect(readFileSync(path.join(dir, name)).equals(bytes)).toBe(true);

    const more = await ensureDevPki(dir, [AGENCY, OFFICER], NOW);
    expect(readdirSync(dir).sort()).toEqual([...Object.keys(before), `${OFFICER.key}.p12`].sort());
    for (const [name, bytes] of Object.entries(before)) expect(readFileSync(path.join(dir, name)).equals(bytes)).toBe(true);
    const officer = await more.signerFor(OFFICER.key);
    expect(readCertificate((await officer.certificates()).certificate)).toMatchObject({ commonName: OFFICER.commonName, organisation: OFFICER.organisation });
  });

  it('refuses unknown and unsafe subject keys clearly', async () => {
    await expect(pki.signerFor('nobody')).rejects.toMatchObject({ status: 404, key: 'signing.devPkiUnknownSubject' });
    await expect(pki.signerFor('../ca')).rejects.toMatchObject({ status: 422, key: 'signing.devPkiBadKey' });
    await expect(ensureDevPki(dir, [{ ...AGENCY, key: '../../etc/x' }], NOW)).rejects.toMatchObject({ key: 'signing.devPkiBadKey' });
  });

  it('sets aside certificates of a lost root instead of reusing them', async () => {
    const lost = path.join(temp.dir, 'lost');
    await ensureDevPki(lost, [AGENCY], NOW);
    unlinkSync(path.join(lost, 'ca.key'));
    const renewed = await ensureDevPki(lost, [AGENCY], NOW);
    const files = readdirSync(lost);
    expect(files.some((f) => f.startsWith(`${AGENCY.key}.p12.orphaned-`))).toBe(true);
    const { chain } = await (await renewed.signerFor(AGENCY.key)).certificates();
    expect(Buffer.from(chain[0]!)).toEqual(Buffer.from(renewed.trust.anchors[0]!));
  });
});
