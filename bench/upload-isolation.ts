// `node --import tsx bench/upload-isolation.ts` — does one heavy upload freeze everyone? (issue 11, item 17)
// A real listening server with the platform's HTTP stack, the health route and two upload routes:
//   before: the PDF parsed on the event loop (what motcua did: inspectPdf called in the request);
//   after:  the same bytes through receiveUpload, whose PDF parse runs in the upload-check workers.
// While each heavy upload is checked, /health is polled over keep-alive; its latency p50/p99/max is
// printed next to how long the check took. Knobs: BENCH_PDF_OBJECTS (60000), BENCH_RUNS (2).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { createHttpServer } from '../src/platform/http/server.ts';
import { readFilePart } from '../src/platform/http/file-transfer.ts';
import { createLogger } from '../src/platform/logger.ts';
import { createLocalFileStore, DEFAULT_UPLOAD_POLICY, receiveUpload, UploadRefusedError } from '../src/platform/storage/index.ts';
import { inspectPdf } from '../src/platform/storage/inspect-pdf.ts';
import { closeUploadChecks, configureUploadChecks } from '../src/platform/workers/upload-checks.ts';
import { slowPdf } from '../test/api/slow-pdf.ts';
import { multipartFile } from '../test/support/multipart.ts';

const OBJECTS = Number(process.env.BENCH_PDF_OBJECTS ?? 60_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const say = (s: string): void => void process.stdout.write(`${s}\n`);

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-isolation-'));
  const store = createLocalFileStore(path.join(dir, 'files'));
  configureUploadChecks({ size: 2, timeoutMs: 120_000, memoryMb: 1024 });
  const app = await createHttpServer({ logger: createLogger('silent'), version: 'bench', publicUrl: 'http://127.0.0.1', uploadMaxBytes: 50 * 1024 * 1024 });
  app.get('/health', async () => ({ status: 'ok' }));
  const refused = (e: unknown) => (e instanceof UploadRefusedError ? { refused: e.key } : Promise.reject(e));
  app.post('/before', async (req) => {
    const part = await readFilePart(req);
    const chunks: Buffer[] = [];
    for await (const c of part.stream) chunks.push(c as Buffer);
    return inspectPdf(Buffer.concat(chunks)).catch(refused);
  });
  app.post('/after', async (req) => {
    const part = await readFilePart(req);
    return receiveUpload({ stream: part.stream, fileName: 'x.pdf' }, { ...DEFAULT_UPLOAD_POLICY, maxBytes: 50 * 1024 * 1024 }, store, path.join(dir, 'tmp')).catch(refused);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const agent = new Agent({ connections: 4, keepAliveTimeout: 60_000 });
  const pdf = slowPdf(OBJECTS);
  const m = multipartFile(pdf, 'hong.pdf', 'application/pdf');
  say(`motcua upload isolation — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}`);
  say(`heavy upload: a corrupt ${(pdf.length / 1024 / 1024).toFixed(1)} MB PDF of ${OBJECTS} objects; /health polled every 20 ms while it is checked`);
  // Warm: workers loaded, routes compiled.
  await request(`${origin}/after`, { method: 'POST', body: m.body, headers: m.headers, dispatcher: agent }).then((r) => r.body.text());
  for (const mode of ['before', 'after'] as const) {
    for (let run = 1; run <= RUNS; run++) {
      let done = false;
      const started = performance.now();
      const upload = request(`${origin}/${mode}`, { method: 'POST', body: m.body, headers: m.headers, dispatcher: agent })
        .then(async (r) => `${r.statusCode} ${(await r.body.text()).slice(0, 60)}`)
        .finally(() => (done = true));
      const latencies: number[] = [];
      while (!done) {
        const t0 = performance.now();
        await request(`${origin}/health`, { dispatcher: agent }).then((r) => r.body.text());
        latencies.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
      const answer = await upload;
      const took = performance.now() - started;
      const sorted = [...latencies].sort((a, b) => a - b);
      say(
        `${mode.padEnd(6)} run ${run}: check ${(took / 1000).toFixed(1)} s (${answer.trim()}) — health n=${latencies.length} p50 ${pct(sorted, 50).toFixed(1)} ms, p99 ${pct(sorted, 99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
      );
    }
  }
  await agent.close();
  await app.close();
  await closeUploadChecks();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
