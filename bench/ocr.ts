// `node --import tsx bench/ocr.ts` — how long text recognition of a scanned A4 page takes.
// The page is the opening of plan 76/KH-STTTT (test/fixtures/ocr/ke-hoach-76.txt) printed with
// Noto Serif by pdfkit and rasterised at 300 dpi by poppler's `pdftoppm` (a scanner's output);
// each measurement goes through the production path, `createOcrEngine().recognise()` (image
// preparation with sharp, then tesseract.js with the Vietnamese model from npm).
//   cold: a new engine and its first page — worker start and model load included
//   warm: the next pages one at a time on that worker (what one officer waits for)
//   parallel: all pages in one call on one worker per CPU (a batch, throughput)
// Knobs: OCR_PAGES (8), OCR_WORKERS for the parallel run (the number of CPUs).
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { createOcrEngine } from '../src/platform/ocr/index.ts';
import { pdftoppmAvailable, rasterisePdf, readingOrder, renderDocumentPdf } from '../test/fixtures/ocr/render-a4.ts';
import { wordAccuracy } from '../test/fixtures/ocr/word-accuracy.ts';

const PAGES = Math.max(2, Number(process.env.OCR_PAGES ?? 8));
const WORKERS = Math.max(1, Number(process.env.OCR_WORKERS ?? os.availableParallelism()));
const DPI = 300;

const say = (s: string): void => void process.stdout.write(`${s}\n`);
const sec = (ms: number): string => (ms / 1000).toFixed(2);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  say(`motcua OCR benchmark — ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}, ${new Date().toISOString()}`);
  if (!(await pdftoppmAvailable())) {
    say('pdftoppm not found: install poppler-utils (Debian: apt-get install -y poppler-utils). It stands in for the scanner; motcua itself does not need it.');
    process.exitCode = 2;
    return;
  }
  const text = await readFile(new URL('../test/fixtures/ocr/ke-hoach-76.txt', import.meta.url), 'utf8');
  const [page] = await rasterisePdf(await renderDocumentPdf(text), DPI);
  say(`page: A4 at ${DPI} dpi from pdftoppm (2480 × 3508 px, ${Math.round(page!.length / 1024)} KiB PNG), ${text.split(/\s+/).length} words of Vietnamese in Noto Serif; the same page ${PAGES} times`);

  const single = createOcrEngine({ workers: 1 });
  try {
    const cold = await single.recognise([page!]);
    const score = wordAccuracy(readingOrder(text), cold.text);
    say(`engine: ${cold.engine}; word accuracy ${(score.accuracy * 100).toFixed(1)} % exact NFC words (${score.correct}/${score.referenceWords}), confidence ${cold.confidence.toFixed(0)}`);
    say(`cold  (new engine, first page, worker start included): ${sec(cold.ms)} s`);
    const warm: number[] = [];
    for (let i = 1; i < PAGES; i++) warm.push((await single.recognise([page!])).ms);
    say(`warm  (one worker, one page at a time, ${warm.length} pages): median ${sec(median(warm))} s per page, min ${sec(Math.min(...warm))}, max ${sec(Math.max(...warm))}`);
  } finally {
    await single.close();
  }

  const pool = createOcrEngine({ workers: WORKERS });
  try {
    await pool.recognise(Array.from({ length: WORKERS }, () => page!)); // start every worker first
    const batch = await pool.recognise(Array.from({ length: PAGES }, () => page!));
    say(`parallel (${WORKERS} workers, ${PAGES} pages in one call): ${sec(batch.ms)} s in all, ${sec(batch.ms / PAGES)} s per page`);
  } finally {
    await pool.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
