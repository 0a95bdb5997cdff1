/**
 * Where tesseract.js reads its trained data: a folder inside the `@tesseract.js-data/<lang>`
 * npm package, never a CDN. tesseract.js downloads from jsdelivr when `langPath` is unset (and
 * treats a URL-looking `langPath` as one), so the folder is resolved and checked here, at start,
 * and a language without its package is refused instead of being attempted over the network.
 * (Handing tesseract.js the bytes as `{ code, data }` would be tidier, but tesseract.js 7 then
 * initialises with the data as the language name and fails.)
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * `4.0.0_best_int` is the model tesseract.js itself picks for its LSTM-only engine: smaller
 * than `4.0.0` (which also carries the legacy engine's data) and as accurate on print.
 */
const MODEL_FOLDERS = ['4.0.0_best_int', '4.0.0'];

export interface LanguageData {
  /** tesseract's `langs` argument: codes joined by `+`. */
  languages: string;
  /** An absolute local folder holding `<lang>.traineddata[.gz]` for every language. */
  langPath: string;
  gzip: boolean;
}

function packageFolder(lang: string): string {
  try {
    return path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  } catch {
    throw new Error(`OCR language "${lang}" is not installed: add the npm package @tesseract.js-data/${lang}`);
  }
}

/** `languages` as tesseract writes them: `vie`, or several joined by `+`. */
export function languageData(languages: string): LanguageData {
  const codes = languages.split('+').map((l) => l.trim()).filter(Boolean);
  const [first, ...others] = codes;
  if (!first) throw new Error('No OCR language given');
  // One `langPath` serves every language of a worker, and each package has its own folder.
  if (others.length > 0) throw new Error(`OCR with several languages ("${languages}") is not supported: each has its own data package`);
  const folder = packageFolder(first);
  for (const model of MODEL_FOLDERS) {
    for (const gzip of [true, false]) {
      const langPath = path.join(folder, model);
      if (existsSync(path.join(langPath, `${first}.traineddata${gzip ? '.gz' : ''}`))) return { languages: first, langPath, gzip };
    }
  }
  throw new Error(`No trained data for OCR language "${first}" in ${folder}`);
}
