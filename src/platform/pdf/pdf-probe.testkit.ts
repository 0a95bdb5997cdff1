/**
 * Test support: looks at PDF bytes with the real poppler tools (pdftotext, pdfinfo, pdffonts,
 * pdftoppm) and decodes QR codes from the rendered page, the way a citizen's phone would.
 * Used only by tests; the tools are never needed at run time.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQRModule from 'jsqr';
import sharp from 'sharp';

const run = promisify(execFile);
// jsqr ships CommonJS whose function also carries itself as `default`; its types describe only
// the ES default export, so `.default` is the spelling that both TypeScript and Node accept.
const jsQR = jsQRModule.default;

async function withPdfFile<T>(pdf: Buffer, use: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'motcua-pdf-probe-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `pdftotext -layout`, optionally for one page. */
export function pdfText(pdf: Buffer, page?: number): Promise<string> {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return withPdfFile(pdf, async (file) => (await run('pdftotext', ['-layout', ...pages, file, '-'])).stdout);
}

export interface PdfInfo {
  pages: number;
  width: number;
  height: number;
  version: string;
  fields: Record<string, string>;
}

export function pdfInfo(pdf: Buffer): Promise<PdfInfo> {
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    const fields: Record<string, string> = {};
    for (const line of stdout.split('\n')) {
      const at = line.indexOf(':');
      if (at > 0) fields[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    const size = /([\d.]+) x ([\d.]+) pts/.exec(fields['Page size'] ?? '');
    return {
      pages: Number(fields.Pages),
      width: Number(size?.[1]),
      height: Number(size?.[2]),
      version: fields['PDF version'] ?? '',
      fields,
    };
  });
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

/** Fonts of the document, or of one page. */
export function pdfFonts(pdf: Buffer, page?: number): Promise<PdfFont[]> {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdffonts', [...pages, file]);
    // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object ID (two columns).
    return stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((line) => {
        const cols = line.trim().split(/\s+/);
        return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes' };
      });
  });
}

export interface WordBox {
  page: number;
  pageWidth: number;
  pageHeight: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word with its box (points, origin top-left), from `pdftotext -bbox`. */
export function pdfWordBoxes(pdf: Buffer): Promise<WordBox[]> {
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const words: WordBox[] = [];
    let page = 0;
    let pageWidth = 0;
    let pageHeight = 0;
    const tag = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const m of stdout.matchAll(tag)) {
      if (m[1]) {
        page += 1;
        pageWidth = Number(m[1]);
        pageHeight = Number(m[2]);
      } else {
        words.push({ page, pageWidth, pageHeight, xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]), text: m[7] ?? '' });
      }
    }
    return words;
  });
}

/**
 * Rasterises the top-left 80 × 80 mm of page 1 at 200 dpi (where Circular 01/2023 puts the QR
 * code) and decodes the QR code found there, the way a phone would; null when there is none.
 */
export function decodeQrTopLeft(pdf: Buffer): Promise<string | null> {
  const side = String(Math.round((80 / 25.4) * 200));
  return withPdfFile(pdf, async (file, dir) => {
    await run('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-x', '0', '-y', '0', '-W', side, '-H', side, '-png', '-singlefile', file, path.join(dir, 'page')]);
    const png = await readFile(path.join(dir, 'page.png'));
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
    return code ? code.data : null;
  });
}
