// OCR accuracy on a real Vietnamese administrative page: the opening of plan 76/KH-STTTT
// (Gia Lai, 2021) printed to A4 with Noto Serif, rasterised at 300 dpi by poppler's pdftoppm
// (a scanner's output), read back by the engine. Words are compared as exact NFC Unicode, so a
// lost or wrong diacritic counts as a wrong word. Then the metadata proposal is made from it.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractMetadata } from '../../modules/documents/digitisation/extract-metadata.ts';
import { pdftoppmAvailable, rasterisePdf, readingOrder, renderDocumentPdf } from '../../../test/fixtures/ocr/render-a4.ts';
import { wordAccuracy } from '../../../test/fixtures/ocr/word-accuracy.ts';
import { createOcrEngine, type OcrResult } from './ocr-engine.ts';

const fixture = new URL('../../../test/fixtures/ocr/ke-hoach-76.txt', import.meta.url);

describe('OCR of a scanned Vietnamese A4 page (300 dpi)', () => {
  const engine = createOcrEngine({ workers: 1 });
  let source: string;
  let result: OcrResult;

  beforeAll(async () => {
    // The raster stands in for a scanner; CI installs poppler-utils for it.
    if (!(await pdftoppmAvailable())) throw new Error('pdftoppm (Debian package poppler-utils) is needed to rasterise the test page');
    source = await readFile(fixture, 'utf8');
    const [page] = await rasterisePdf(await renderDocumentPdf(source), 300);
    result = await engine.recognise([page!]);
  }, 60_000);
  afterAll(() => engine.close());

  it('reads at least 95 % of the words exactly, diacritics included', () => {
    const score = wordAccuracy(readingOrder(source), result.text);
    // The figure, for the record of what the engine does on this machine.
    process.stdout.write(
      `OCR word accuracy ${(score.accuracy * 100).toFixed(1)} % (${score.correct}/${score.referenceWords} words, ` +
        `${score.substitutions} wrong, ${score.deletions} missing, ${score.insertions} extra), ` +
        `confidence ${result.confidence.toFixed(0)}, ${result.ms} ms with worker start, ${result.engine}\n`,
    );
    expect(score.referenceWords).toBeGreaterThan(250);
    expect(score.accuracy, JSON.stringify(score.mistakes)).toBeGreaterThanOrEqual(0.95);
  });

  it('reports one page with its confidence', () => {
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]!.text).toBe(result.text);
    expect(result.confidence).toBeGreaterThan(80);
    expect(result.confidence).toBeLessThanOrEqual(100);
    expect(result.engine).toMatch(/^tesseract\.js 7\.\d+\.\d+ LSTM vie/);
  });

  it('proposes the plan’s metadata from the OCR text', () => {
    const proposal = extractMetadata(result.text);
    expect(proposal.documentType?.value).toBe('Kế hoạch');
    expect(proposal.documentNumber?.value).toBe('76/KH-STTTT');
    expect(proposal.issuedOn?.value).toBe('2021-05-27');
    expect(proposal.issuer?.value).toContain('Sở Thông tin và Truyền thông');
    expect(proposal.issuer?.value).not.toMatch(/CỘNG HÒA|Độc lập|Số:/i);
  });
});
