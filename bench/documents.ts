// `node --import tsx bench/documents.ts` — what documents cost on this machine, each against a
// baseline measured in the same run:
//   1. signed e-result PDFs per second on ONE core: render (pdfkit, PDF/A-2b, embedded Vietnamese
//      font) + PAdES signature (RSA-2048, SHA-256) with a development certificate; baselines are the
//      render alone and the signature alone.
//   2. a 20 MB scan through the upload checks (streamed to a temp file while hashed, sniffed, PDF
//      parsed for encryption and active content, stored content-addressed); the baseline streams the
//      same bytes to a file with node:fs and nothing else.
// Knobs: BENCH_SIGN_SECONDS (10), BENCH_UPLOAD_RUNS (5).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { ensureDevPki, signPdf } from '../src/platform/crypto/signing/index.ts';
import { renderResult, sampleResult } from '../src/modules/documents/forms/index.ts';
import { createLocalFileStore, receiveUpload, DEFAULT_UPLOAD_POLICY } from '../src/platform/storage/index.ts';

const say = (s: string): void => void process.stdout.write(`${s}\n`);
const SIGN_SECONDS = Number(process.env.BENCH_SIGN_SECONDS ?? 10);
const UPLOAD_RUNS = Number(process.env.BENCH_UPLOAD_RUNS ?? 5);

async function rate(seconds: number, fn: () => Promise<unknown>): Promise<{ perSecond: number; n: number; msEach: number }> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up: fonts parsed, JIT warm
  const end = performance.now() + seconds * 1000;
  let n = 0;
  const start = performance.now();
  while (performance.now() < end) {
    await fn();
    n++;
  }
  const ms = performance.now() - start;
  return { perSecond: (n * 1000) / ms, n, msEach: ms / n };
}

/** A scanned-looking PDF of about `mb` megabytes: pages of incompressible image data. */
async function bigScan(mb: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => doc.on('end', r));
  const sharp = (await import('sharp')).default;
  const noise = Buffer.alloc(1400 * 1000 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  const jpeg = await sharp(noise, { raw: { width: 1400, height: 1000, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
  for (let made = 0; made < mb * 1024 * 1024; made += jpeg.length) {
    doc.addPage();
    doc.image(jpeg, 0, 0, { width: 595 });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-docs-'));
  try {
    say(`motcua documents benchmark — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, one process (one core for JS)`);
    const pki = await ensureDevPki(path.join(dir, 'pki'), [{ key: 'agency-bench', commonName: 'Sở Khoa học và Công nghệ tỉnh Gia Lai', organisation: 'Ủy ban nhân dân tỉnh Gia Lai', kind: 'agency' }], new Date());
    const signer = await pki.signerFor('agency-bench');
    const view = sampleResult();
    const unsigned = await renderResult(view);
    const opts = { name: 'Sở Khoa học và Công nghệ tỉnh Gia Lai', reason: 'Kết quả giải quyết TTHC', location: 'Gia Lai', signedAt: new Date() };

    say(`\n1. Signed e-results (${SIGN_SECONDS} s each, sequential, one core)`);
    const full = await rate(SIGN_SECONDS, async () => signPdf(await renderResult(view), signer, opts));
    const renderOnly = await rate(SIGN_SECONDS, () => renderResult(view));
    const signOnly = await rate(SIGN_SECONDS, () => signPdf(unsigned, signer, opts));
    say(`   render + sign (motcua):  ${full.perSecond.toFixed(1)} PDFs/s  (${full.msEach.toFixed(1)} ms each, n=${full.n}; target ≥ 50/s per core)`);
    say(`   baseline render only:    ${renderOnly.perSecond.toFixed(1)} PDFs/s  (${renderOnly.msEach.toFixed(1)} ms each)`);
    say(`   baseline sign only:      ${signOnly.perSecond.toFixed(1)} PDFs/s  (${signOnly.msEach.toFixed(1)} ms each)`);
    say(`   size: ${(unsigned.length / 1024).toFixed(0)} KB unsigned`);

    say(`\n2. Upload of a 20 MB scan (${UPLOAD_RUNS} runs, median)`);
    const scan = await bigScan(20);
    const store = createLocalFileStore(path.join(dir, 'files'));
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    const chunked = () => Readable.from((function* () { for (let i = 0; i < scan.length; i += 64 * 1024) yield scan.subarray(i, i + 64 * 1024); })());
    const ours: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < UPLOAD_RUNS; i++) {
      const variant = Buffer.concat([scan, Buffer.from(`\n%run ${i}\n`)]); // new content each run: nothing is deduplicated
      const t0 = performance.now();
      await receiveUpload({ stream: Readable.from([variant.subarray(0, variant.length)]), fileName: 'scan.pdf' }, { ...DEFAULT_UPLOAD_POLICY, maxBytes: 25 * 1024 * 1024 }, store, tmp);
      ours.push(performance.now() - t0);
      const t1 = performance.now();
      await pipeline(chunked(), fs.createWriteStream(path.join(dir, `copy-${i}.pdf`)));
      base.push(performance.now() - t1);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const mbs = (ms: number) => (scan.length / 1024 / 1024 / (ms / 1000)).toFixed(0);
    say(`   motcua receiveUpload:    ${median(ours).toFixed(0)} ms  (${mbs(median(ours))} MB/s, ${(scan.length / 1024 / 1024).toFixed(1)} MB PDF)`);
    say(`   baseline fs stream copy: ${median(base).toFixed(0)} ms  (${mbs(median(base))} MB/s)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
