/**
 * A blank, printable declaration for a component that has a sample form: the
 * national heading, the form's name and legal reference, then every question
 * of the procedure's e-form with room to write. Citizens who apply on paper
 * print it; it is the same list of questions the online form asks, so paper
 * and online dossiers carry the same data.
 */
import type { z } from 'zod';
import type { ProcedureView } from '../../../modules/catalog/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { paragraph } from '../../../platform/pdf/flow-text.ts';
import { NATIONAL_MOTTO, NATIONAL_TITLE } from '../../../platform/pdf/national-heading.ts';
import { contentBox } from '../../../platform/pdf/page-geometry.ts';
import { createPdfDocument, pdfBuffer, useFont } from '../../../platform/pdf/pdf-document.ts';

type View = z.infer<typeof ProcedureView>;
type Component = View['components'][number];

const BASE = 12;
const DOTS = ' ' + '.'.repeat(60);

export function blankFormPdf(locale: Locale, view: View, component: Component): Promise<Buffer> {
  const title = component.name;
  const doc = createPdfDocument({
    paper: 'A4',
    // The version's publication date, not "now": the same form always gives the same bytes.
    meta: { title, author: 'motcua', subject: `${view.code} ${component.code}`, createdAt: new Date(view.publishedAt ?? 0) },
  });
  const box = contentBox(doc);
  doc.y = box.top;
  const centre = (text: string, font: 'serif' | 'serifBold' | 'serifItalic', size = BASE, gap = 2) => paragraph(doc, text, { style: { font, size }, align: 'center', gapAfter: gap });
  centre(NATIONAL_TITLE, 'serifBold');
  centre(NATIONAL_MOTTO, 'serifBold', BASE + 1, BASE);
  centre(title.toLocaleUpperCase('vi-VN'), 'serifBold', BASE + 2, 4);
  if (component.sampleForm) centre(`(${component.sampleForm.name}${component.sampleForm.reference ? ` – ${component.sampleForm.reference}` : ''})`, 'serifItalic', BASE - 1, 4);
  centre(t(locale, 'portalCatalogue.form.procedure', { name: view.name, code: view.code }), 'serif', BASE - 1, BASE);
  paragraph(doc, t(locale, 'portalCatalogue.form.instructions'), { style: { font: 'serifItalic', size: BASE - 1 }, gapAfter: BASE / 2 });
  for (const page of view.eform.pages) {
    paragraph(doc, page.title, { style: { font: 'serifBold', size: BASE }, gapAfter: 4 });
    for (const field of page.fields) {
      const lead = `${field.label}${field.required ? ' (*)' : ''}`;
      if (field.type === 'checkbox') {
        paragraph(doc, `[   ] ${lead}`, { style: { font: 'serif', size: BASE, lineGap: 2 }, gapAfter: 4 });
      } else if (field.options && field.options.length > 0) {
        paragraph(doc, `${lead}:`, { style: { font: 'serif', size: BASE }, gapAfter: 2 });
        for (const o of field.options) paragraph(doc, `[   ] ${o.label}`, { style: { font: 'serif', size: BASE }, indent: 18, gapAfter: 2 });
        doc.y += 2;
      } else {
        const lines = field.type === 'textarea' ? 3 : 1;
        paragraph(doc, `${lead}:${DOTS}`, { style: { font: 'serif', size: BASE, lineGap: 4 }, gapAfter: 2 });
        for (let i = 1; i < lines; i++) paragraph(doc, '.'.repeat(110), { style: { font: 'serif', size: BASE, lineGap: 4 }, gapAfter: 2 });
      }
    }
    doc.y += BASE / 2;
  }
  doc.y += BASE;
  const half = { x: box.left + box.width / 2, width: box.width / 2 };
  useFont(doc, 'serifItalic').fontSize(BASE).text(t(locale, 'portalCatalogue.form.signature'), half.x, doc.y, { width: half.width, align: 'center' });
  return pdfBuffer(doc);
}
