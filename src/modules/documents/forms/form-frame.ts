/**
 * Page one of a standard form: the shared document frame filled from the form catalogue and
 * the view. Forms of the one-stop desk (01–03, the control slip, the book) are headed by the
 * desk; letters the agency itself signs (04, the stop notice) are headed by the agency.
 */
import { openDocument, type OpenedDocument } from '../../../platform/pdf/document-frame.ts';
import { formNumber, formPaper, formTitle } from './form-catalog.ts';
import type { FormView } from './form-views.ts';

export type FormIssuer = 'desk' | 'agency';

export function issuingUnit(view: FormView, issuer: FormIssuer): string {
  return issuer === 'desk' ? (view.agency.deskName ?? view.agency.name) : view.agency.name;
}

export function openForm(view: FormView, issuer: FormIssuer): OpenedDocument {
  const title = formTitle(view.form, view.regulation);
  const number = formNumber(view.form, view.regulation);
  const unit = issuingUnit(view, issuer);
  const about = view.form === 'trackingBook' ? `Quyển số ${view.book}, năm ${view.year}` : `Mã hồ sơ: ${view.dossierCode}`;
  return openDocument({
    paper: formPaper(view.form),
    meta: {
      title,
      author: unit,
      subject: `${title} – ${about}`,
      createdAt: view.issuedAt,
      keywords: view.form === 'trackingBook' ? [view.book] : [view.dossierCode, view.procedure.code],
    },
    qr: view.qr,
    ...(number ? { formLabel: `Mẫu số ${number}` } : {}),
    heading: {
      parentAgency: view.agency.parentName,
      issuingAgency: unit,
      ...(view.documentNumber ? { number: view.documentNumber } : {}),
      place: view.place,
      date: view.issuedAt,
    },
    title,
    subtitle: [about],
  });
}
