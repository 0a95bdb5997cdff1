/**
 * Development PKI, so `npm start` can sign out of the box. In `dir`:
 *   ca.key   the development root's private key (PKCS#8 PEM, mode 0600)
 *   ca.pem   the development root certificate — the only trust anchor of a dev install
 *   <key>.p12  one PKCS#12 per subject (mode 0600), protected by `password`
 *              (default DEV_PKI_PASSWORD, "motcua-dev"), holding the key, the leaf and the root.
 * The root's name says it is development-only, so a document signed with it can never pass
 * for a real one. Files are created once and reused; a subject added later gets its own file
 * and nothing else is touched. Every file is written to a temporary name and renamed, so a
 * crash or a concurrent start never leaves half a key behind.
 *
 * The folder form serves tests and benchmarks. A running motcua keeps the same PKI in its
 * database instead (`openDevPki` over a DevKeyStore, ADR 0022): processes share only the
 * database, and three of them starting together on an empty folder each made their own root,
 * so two of three called every result invalid.
 */
import { createPrivateKey, generateKeyPair, X509Certificate, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { NotFoundError } from '../../errors.ts';
import { issueCertificate } from './certificate-issuer.ts';
import { loadP12Signer } from './p12-signer.ts';
import { rsaSignSha256Digest } from './rsa-pkcs1.ts';
import { writePkcs12 } from './pkcs12-writer.ts';
import { SignatureInputError } from './signing-errors.ts';
import type { Signer } from './signer.ts';
import { certificateToPem, trustListFromPem, type TrustList } from './trust-list.ts';

export interface DevPkiSubject {
  /** File name stem of the subject's .p12: letters, digits, `.`, `-`, `_`. */
  key: string;
  commonName: string;
  organisation: string;
  kind: 'agency' | 'officer';
}

export interface DevPki {
  caPem: string;
  signerFor(key: string): Promise<Signer>;
  trust: TrustList;
}

export const DEV_PKI_PASSWORD = 'motcua-dev';
export const DEV_CA_NAME = 'motcua — CA phát triển (KHÔNG dùng thật)';

const DAY = 86_400_000;
const CA_YEARS = 20;
const LEAF_YEARS = 5;
const SUBJECT_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const generateRsa = promisify(generateKeyPair);

export async function ensureDevPki(
  dir: string,
  subjects: DevPkiSubject[],
  now: Date,
  password: string = DEV_PKI_PASSWORD,
): Promise<DevPki> {
  for (const subject of subjects) {
    if (!SUBJECT_KEY.test(subject.key)) throw new SignatureInputError('signing.devPkiBadKey', { key: subject.key });
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const ca = await ensureCa(dir, now);
  // Certificates of a lost root can no longer be verified: set them aside, never reuse them.
  if (ca.created) await setAsideOrphans(dir, now);
  for (const subject of subjects) {
    const file = p12Path(dir, subject.key);
    if (existsSync(file)) continue;
    const { privateKey } = await generateRsa('rsa', { modulusLength: 2048 });
    const leaf = issueCertificate({
      subject: { commonName: subject.commonName, organisation: subject.organisation, country: 'VN' },
      subjectKey: privateKey,
      issuer: { certificate: ca.der, key: ca.key },
      notBefore: new Date(now.getTime() - DAY),
      notAfter: new Date(now.getTime() + LEAF_YEARS * 365 * DAY),
      ca: false,
    });
    // forge writes the friendly name as BMPString from a binary string: keep it ASCII.
    const p12 = writePkcs12(privateKey, [leaf, ca.der], password, `motcua dev ${subject.kind} ${subject.key}`);
    await writeAtomically(file, p12, 0o600);
  }
  const caPem = certificateToPem(ca.der);
  return {
    caPem,
    trust: trustListFromPem(caPem),
    async signerFor(key: string): Promise<Signer> {
      if (!SUBJECT_KEY.test(key)) throw new SignatureInputError('signing.devPkiBadKey', { key });
      const file = p12Path(dir, key);
      if (!existsSync(file)) throw new NotFoundError('signing.devPkiUnknownSubject', { key });
      return loadP12Signer(await readFile(file), password);
    },
  };
}

interface DevCa {
  der: Buffer;
  key: KeyObject;
  created: boolean;
}

async function ensureCa(dir: string, now: Date): Promise<DevCa> {
  const keyFile = path.join(dir, 'ca.key');
  const certFile = path.join(dir, 'ca.pem');
  if (existsSync(keyFile) && existsSync(certFile)) {
    const key = createPrivateKey(await readFile(keyFile));
    const [der] = trustListFromPem(await readFile(certFile, 'utf8')).anchors;
    if (der) return { der: Buffer.from(der), key, created: false };
  }
  const { der, key: privateKey } = await makeCa(now);
  await writeAtomically(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), 0o600);
  await writeAtomically(certFile, certificateToPem(der), 0o644);
  return { der, key: privateKey, created: true };
}

async function setAsideOrphans(dir: string, now: Date): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.endsWith('.p12')) await rename(path.join(dir, name), path.join(dir, `${name}.orphaned-${now.getTime()}`));
  }
}

function p12Path(dir: string, key: string): string {
  return path.join(dir, `${key}.p12`);
}

async function writeAtomically(file: string, data: string | Buffer, mode: number): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, data, { mode });
  await rename(temporary, file);
}

async function makeCa(now: Date): Promise<{ der: Buffer; key: KeyObject }> {
  const { privateKey } = await generateRsa('rsa', { modulusLength: 2048 });
  const der = issueCertificate({
    subject: { commonName: DEV_CA_NAME, organisation: 'motcua (phát triển, không dùng thật)', country: 'VN' },
    subjectKey: privateKey,
    selfSigningKey: privateKey,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + CA_YEARS * 365 * DAY),
    ca: true,
  });
  return { der, key: privateKey };
}

// ---------------------------------------------------------------------------------------------
// The same PKI kept in a store (the database) shared by every process of an installation.

/** One key of the development PKI as a store keeps it. */
export interface DevKeyRecord {
  /** `ca` for the root; a subject's key (see DevPkiSubject.key) otherwise. */
  id: string;
  kind: 'ca' | 'agency' | 'officer';
  /** The certificate, DER. */
  certificate: Buffer;
  /** The private key, PKCS#8 PEM (the store seals it). */
  privateKeyPem: string;
}

/**
 * Where the development keys live. `claim` stores the record unless one with its id is
 * already there and returns whichever is stored: the first writer wins and every process
 * racing to make the same key ends up using that one.
 */
export interface DevKeyStore {
  find(id: string): Promise<DevKeyRecord | undefined>;
  claim(id: string, make: () => Promise<DevKeyRecord>): Promise<DevKeyRecord>;
}

export interface StoredDevPki {
  caPem: string;
  trust: TrustList;
  /** The subject's signer; its key and certificate are made (once, for every process) on first use. */
  signerFor(subject: DevPkiSubject): Promise<Signer>;
}

export const DEV_CA_ID = 'ca';

/**
 * Opens the development PKI kept in `store`, making the root on first use. `legacyCa` offers
 * a root an older install kept in its `pki` folder: taken as the root if the store has none,
 * so results signed before the move keep verifying.
 */
export async function openDevPki(
  store: DevKeyStore,
  now: () => Date,
  legacyCa?: () => Promise<{ certificate: Buffer; privateKeyPem: string } | undefined>,
): Promise<StoredDevPki> {
  const caRecord = await store.claim(DEV_CA_ID, async () => {
    const old = await legacyCa?.();
    if (old) return { id: DEV_CA_ID, kind: 'ca', ...old };
    const made = await makeCa(now());
    return { id: DEV_CA_ID, kind: 'ca', certificate: made.der, privateKeyPem: made.key.export({ type: 'pkcs8', format: 'pem' }).toString() };
  });
  const caKey = createPrivateKey(caRecord.privateKeyPem);
  const caDer = caRecord.certificate;
  const caPem = certificateToPem(caDer);
  const ca = new X509Certificate(caDer);
  return {
    caPem,
    trust: trustListFromPem(caPem),
    async signerFor(subject) {
      if (!SUBJECT_KEY.test(subject.key) || subject.key === DEV_CA_ID) throw new SignatureInputError('signing.devPkiBadKey', { key: subject.key });
      const record = await store.claim(subject.key, async () => {
        const at = now();
        const { privateKey } = await generateRsa('rsa', { modulusLength: 2048 });
        const leaf = issueCertificate({
          subject: { commonName: subject.commonName, organisation: subject.organisation, country: 'VN' },
          subjectKey: privateKey,
          issuer: { certificate: caDer, key: caKey },
          notBefore: new Date(at.getTime() - DAY),
          notAfter: new Date(at.getTime() + LEAF_YEARS * 365 * DAY),
          ca: false,
        });
        return { id: subject.key, kind: subject.kind, certificate: leaf, privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
      });
      // A leaf from another root (a store edited by hand) would sign documents nobody can verify.
      if (!new X509Certificate(record.certificate).checkIssued(ca)) throw new SignatureInputError('signing.devPkiBadKey', { key: subject.key });
      return keySigner(createPrivateKey(record.privateKeyPem), record.certificate, [caDer]);
    },
  };
}

/** The root a `pki` folder of an older install holds, if it holds a whole one. */
export async function readDevCaFolder(dir: string): Promise<{ certificate: Buffer; privateKeyPem: string } | undefined> {
  const keyFile = path.join(dir, 'ca.key');
  const certFile = path.join(dir, 'ca.pem');
  if (!existsSync(keyFile) || !existsSync(certFile)) return undefined;
  const [der] = trustListFromPem(await readFile(certFile, 'utf8')).anchors;
  if (!der) return undefined;
  const privateKeyPem = (await readFile(keyFile, 'utf8')).trim() + '\n';
  createPrivateKey(privateKeyPem); // unreadable key: fail here, not at the first signature
  return { certificate: Buffer.from(der), privateKeyPem };
}

function keySigner(key: KeyObject, certificate: Buffer, chain: Buffer[]): Signer {
  const certificates = { certificate, chain };
  return {
    keyAlgorithm: 'RSA',
    certificates: async () => certificates,
    signDigest: async (digest) => rsaSignSha256Digest(key, digest),
  };
}
