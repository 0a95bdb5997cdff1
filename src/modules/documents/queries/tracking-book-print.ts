/**
 * Form 06, the tracking book: the view the on-screen book, the signed A4 PDF
 * and the Excel workbook are made from, and the PDF an agency's book keepers
 * fetch over the API.
 */
import { NotFoundError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { authorize } from '../documents.policy.ts';
import type { TrackingBookView } from '../forms/form-views.ts';
import { renderForm } from '../forms/index.ts';
import { buildTrackingBook } from '../printing/tracking-book.ts';
import { formContext, signedFormPdf } from './dossier-form-pdf.ts';

export async function trackingBookView(deps: DocumentDeps, actor: Actor, agencyId: string, period: { from: string; to: string }): Promise<TrackingBookView> {
  return buildTrackingBook(deps.db, formContext(deps, await deps.agencies.current()), agencyId, period, actor);
}

/** The book as an A4 PDF signed by the officer who prints it. */
export async function trackingBookPdf(deps: DocumentDeps, actor: Actor, view: TrackingBookView): Promise<Buffer> {
  return signedFormPdf(deps, await renderForm(view), actor, view.agency.name, t('vi', 'documents.formName.trackingBook'), view.issuedAt);
}

/** An agency's book for a period, by the agency's code, for its desk, leaders and supervisors. */
export async function agencyTrackingBookPdf(deps: DocumentDeps, actor: Actor, input: { agencyCode: string; from: string; to: string }): Promise<{ pdf: Buffer; fileName: string }> {
  const agency = (await deps.agencies.current()).byCode(input.agencyCode.toUpperCase());
  if (!agency) throw new NotFoundError();
  authorize(actor, 'trackingBook.keep', agency.id);
  const view = await trackingBookView(deps, actor, agency.id, { from: input.from, to: input.to });
  return { pdf: await trackingBookPdf(deps, actor, view), fileName: `so-theo-doi-${agency.code}-${input.from}.pdf` };
}
