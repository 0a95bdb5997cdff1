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
 */
import { createPrivateKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { NotFoundError } from '../../errors.ts';
import { issueCertificate } from './certificate-issuer.ts';
import { loadP12Signer } from './p12-signer.ts';
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
  const { privateKey } = await generateRsa('rsa', { modulusLength: 2048 });
  const der = issueCertificate({
    subject: { commonName: DEV_CA_NAME, organisation: 'motcua (phát triển, không dùng thật)', country: 'VN' },
    subjectKey: privateKey,
    selfSigningKey: privateKey,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + CA_YEARS * 365 * DAY),
    ca: true,
  });
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
