/** Test support for the form renderers. */
import { PAPERS, type Paper } from '../../../platform/pdf/page-geometry.ts';
import { pdfWordBoxes, type WordBox } from '../../../platform/pdf/pdf-probe.testkit.ts';
import type { FormId } from './form-catalog.ts';
import type { FormView } from './form-views.ts';
import { sampleForms } from './sample-data.ts';

/** pdftotext output with all whitespace runs (line breaks, column gaps) made single spaces. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The sample view of one form, typed as that form's view. */
export function sampleOf<F extends FormId>(form: F): Extract<FormView, { form: F }> {
  const view = sampleForms().find((v): v is Extract<FormView, { form: F }> => v.form === form);
  if (!view) throw new Error(`no sample ${form}`);
  return view;
}

const TOLERANCE = 1.5;

/**
 * Words printed outside the page's writable area, checked with real tools: only the form label
 * ("Mẫu số …") may sit in the top margin and only the page number ("Trang x/y") in the bottom one.
 */
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
