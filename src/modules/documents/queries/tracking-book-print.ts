/**
 * Form 06 for the back-office pages (signed in by cookie): the view both the
 * on-screen book, the signed A4 PDF and the Excel workbook are made from.
 */
import { t } from '../../../platform/i18n/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
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
