/**
 * Test support for the form renderers: checks with real tools that nothing leaves the page's
 * writable area — only the form label ("Mẫu số …") may sit in the top margin and only the page
 * number ("Trang x/y") in the bottom one.
 */
import { PAPERS, type Paper } from '../../../platform/pdf/page-geometry.ts';
import { pdfWordBoxes, type WordBox } from '../../../platform/pdf/pdf-probe.testkit.ts';

const TOLERANCE = 1.5;

/** Words printed outside the writable area that are not the form label or a page number. */
export async function wordsOutsideMargins(pdf: Buffer, paper: Paper): Promise<WordBox[]> {
  const { margins } = PAPERS[paper];
  const words = await pdfWordBoxes(pdf);
  return words.filter((w) => {
    const right = w.pageWidth - margins.right;
    const bottom = w.pageHeight - margins.bottom;
    if (w.xMin < margins.left - TOLERANCE || w.xMax > right + TOLERANCE) return true;
    if (w.yMin < margins.top - TOLERANCE) return !(w.page === 1 && /^(Mẫu|số|\d\d)$/.test(w.text));
    if (w.yMax > bottom + TOLERANCE) return !/^(Trang|\d+\/\d+)$/.test(w.text);
    return false;
  });
}
