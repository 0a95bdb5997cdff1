/**
 * Text recognition of scanned pages (digitisation step 2, TT 01/2023 Art. 9): tesseract.js in
 * worker threads with Vietnamese data from npm. Workers start on first use (each takes ≈ 0.5 s
 * and ≈ 100 MB) and are reused; pages of one call are spread over them.
 *
 * Nothing is fetched: in Node, tesseract.js `require`s its worker script and WASM core from
 * node_modules, and the trained data is read from a local npm package (tesseract-language-data.ts).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import Tesseract from 'tesseract.js';
import { OcrError } from './ocr-error.ts';
import { languageData } from './tesseract-language-data.ts';
import { preparePageImages } from './prepare-page-image.ts';

export interface OcrPage {
  text: string;
  /** tesseract's mean word confidence, 0..100. */
  confidence: number;
}

export interface OcrResult {
  pages: OcrPage[];
  /** The pages' text joined by form feeds, the page separator of plain-text tools. */
  text: string;
  /** Mean of the page confidences weighted by their word counts, 0..100. */
  confidence: number;
  engine: string;
  /** Wall time of the call, worker start-up included when it was the first. */
  ms: number;
}

export interface OcrEngine {
  /** PNG, JPEG or TIFF page images (a multi-page TIFF gives several pages), in page order. */
  recognise(images: Buffer[]): Promise<OcrResult>;
  close(): Promise<void>;
}

export interface OcrEngineOptions {
  /** Worker threads; each recognises one page at a time. Default 1. */
  workers?: number;
  /** tesseract language codes joined by `+`; each needs its @tesseract.js-data package. Default `vie`. */
  languages?: string;
}

const require = createRequire(import.meta.url);
const TESSERACT_VERSION = (require('tesseract.js/package.json') as { version: string }).version;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Word-weighted, because a nearly empty page's confidence says little about the document. */
export function combineConfidence(pages: OcrPage[]): number {
  const weights = pages.map((p) => wordCount(p.text));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  return pages.reduce((sum, p, i) => sum + p.confidence * weights[i]!, 0) / total;
}

export function createOcrEngine(opts: OcrEngineOptions = {}): OcrEngine {
  const workers = Math.max(1, Math.floor(opts.workers ?? 1));
  let scheduler: Promise<Tesseract.Scheduler> | null = null;

  // Resolved now: a missing language package is a configuration error at start-up.
  const lang = languageData(opts.languages ?? 'vie');

  const start = async (): Promise<Tesseract.Scheduler> => {
    const settled = await Promise.allSettled(
      Array.from({ length: workers }, () =>
        Tesseract.createWorker(lang.languages, Tesseract.OEM.LSTM_ONLY, {
          langPath: lang.langPath,
          gzip: lang.gzip,
          // Read the package's file every start; never write a cache into the working directory.
          cacheMethod: 'none',
          // Without a handler tesseract.js rethrows a failed job's error from its message
          // listener, which crashes the process; the job's promise carries the error anyway.
          errorHandler: () => undefined,
        }),
      ),
    );
    const started = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) {
      await Promise.all(started.map((w) => w.terminate()));
      throw failed.reason;
    }
    const s = Tesseract.createScheduler();
    for (const w of started) s.addWorker(w);
    return s;
  };

  const ready = (): Promise<Tesseract.Scheduler> => {
    scheduler ??= start().catch((err: unknown) => {
      scheduler = null; // the next call tries again instead of keeping a failed start
      throw err;
    });
    return scheduler;
  };

  const close = async (): Promise<void> => {
    const s = scheduler;
    scheduler = null;
    if (s) await (await s.catch(() => null))?.terminate();
  };

  return {
    async recognise(images: Buffer[]): Promise<OcrResult> {
      const t0 = performance.now();
      // Decode and normalise every image before the engine sees one: a damaged page is
      // reported by its number and never reaches (or upsets) a worker.
      const prepared = [];
      for (const image of images) prepared.push(...(await preparePageImages(image, prepared.length + 1)));
      const pages = await Promise.all(
        prepared.map(async ({ png }, i): Promise<OcrPage> => {
          try {
            const s = await ready();
            const { data } = await s.addJob('recognize', png, {}, { text: true });
            return { text: data.text, confidence: data.confidence };
          } catch (err) {
            // A job's failure leaves its worker usable (checked with undecodable input).
            throw new OcrError('ocr.engineFailed', { page: i + 1 }, err);
          }
        }),
      );
      return {
        pages,
        text: pages.map((p) => p.text).join('\f'),
        confidence: combineConfidence(pages),
        engine: `tesseract.js ${TESSERACT_VERSION} LSTM ${lang.languages} (${path.basename(lang.langPath)})`,
        ms: Math.round(performance.now() - t0),
      };
    },
    close,
  };
}
