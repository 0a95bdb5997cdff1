/**
 * Shared by the signing tests (not used at run time): Vietnamese test PDFs made with pdfkit,
 * independent extraction of a signature's CMS and signed bytes (so the tests do not trust the
 * code they test), certificate chains of any shape, and the poppler/openssl command lines.
 */
import { execFile } from 'node:child_process';
import { generateKeyPair, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import { issueCertificate, type NameSpec } from './certificate-issuer.ts';
import { rsaSignSha256Digest } from './rsa-pkcs1.ts';
import type { Signer } from './signer.ts';

const require = createRequire(import.meta.url);
export const NOTO_SANS = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');

export const VIETNAMESE_TEXT = 'Giấy chứng nhận đủ điều kiện — Sở Khoa học và Công nghệ tỉnh Gia Lai';

/** A one-page PDF in Vietnamese with an embedded Noto Sans; PDF/A-2b on request. */
export function makePdf(options: { pdfA?: boolean; text?: string } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      font: NOTO_SANS,
      pdfVersion: options.pdfA ? '1.7' : '1.4',
      ...(options.pdfA ? { subset: 'PDF/A-2b' as const, lang: 'vi-VN', tagged: true } : {}),
      info: { Title: 'Kết quả giải quyết thủ tục hành chính', Producer: 'motcua tests', CreationDate: new Date(Date.UTC(2025, 0, 2)) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(14).text(options.text ?? VIETNAMESE_TEXT, 72, 72);
    doc.end();
  });
}

export interface ExtractedSignature {
  byteRange: [number, number, number, number];
  /** The CMS DER, zero padding removed. */
  cms: Buffer;
  signedBytes: Buffer;
}

/** All signatures, read with plain regular expressions, independent of the verifier's parser. */
export function extractSignatures(pdf: Buffer): ExtractedSignature[] {
  const text = pdf.toString('latin1');
  const out: ExtractedSignature[] = [];
  for (const match of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const byteRange = match.slice(1, 5).map(Number) as [number, number, number, number];
    const [a, b, c, d] = byteRange;
    const hex = text.slice(a + b + 1, c - 1);
    const padded = Buffer.from(hex, 'hex');
    out.push({
      byteRange,
      cms: padded.subarray(0, derLength(padded)),
      signedBytes: Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]),
    });
  }
  return out;
}

/** Length of a DER element including its header (definite lengths only, as DER requires). */
function derLength(der: Buffer): number {
  const first = der[1] as number;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  let length = 0;
  for (let i = 0; i < count; i += 1) length = length * 256 + (der[2 + i] as number);
  return 2 + count + length;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program without a shell; a non-zero exit is a result, not an exception. */
export function run(command: string, args: string[], input?: Buffer): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = execFile(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    if (input) child.stdin?.end(input);
  });
}

export function makeTempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `motcua-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestCa {
  der: Buffer;
  key: KeyObject;
}

const YEAR = 365 * 86_400_000;
const generateKeyPairAsync = promisify(generateKeyPair);

/** RSA keys generated in parallel on the libuv pool: big keys are slow one by one. */
export async function rsaKeys(count: number, bits: number): Promise<KeyObject[]> {
  const pairs = await Promise.all(Array.from({ length: count }, () => generateKeyPairAsync('rsa', { modulusLength: bits })));
  return pairs.map((pair) => pair.privateKey);
}

export function makeRootCa(name: NameSpec, options: { key?: KeyObject; notBefore?: Date; years?: number } = {}): TestCa {
  const privateKey = options.key ?? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const notBefore = options.notBefore ?? new Date(Date.UTC(2024, 0, 1));
  const der = issueCertificate({
    subject: name,
    subjectKey: privateKey,
    selfSigningKey: privateKey,
    notBefore,
    notAfter: new Date(notBefore.getTime() + (options.years ?? 20) * YEAR),
    ca: true,
  });
  return { der, key: privateKey };
}

export function issueUnder(
  issuer: TestCa,
  name: NameSpec,
  options: { ca?: boolean; key?: KeyObject; notBefore?: Date; years?: number } = {},
): TestCa {
  const key = options.key ?? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const notBefore = options.notBefore ?? new Date(Date.UTC(2024, 0, 1));
  const der = issueCertificate({
    subject: name,
    subjectKey: key,
    issuer: { certificate: issuer.der, key: issuer.key },
    notBefore,
    notAfter: new Date(notBefore.getTime() + (options.years ?? 10) * YEAR),
    ca: options.ca ?? false,
  });
  return { der, key };
}

/** An in-memory RSA signer for tests that need chains the dev PKI does not make. */
export function rsaTestSigner(leaf: TestCa, chain: Uint8Array[]): Signer {
  return {
    keyAlgorithm: 'RSA',
    certificates: async () => ({ certificate: leaf.der, chain }),
    signDigest: async (digest) => rsaSignSha256Digest(leaf.key, digest),
  };
}
