/** Printable standard forms (DOMAIN §7) and the e-result document (§8): typed views in, PDF bytes out. */
export { FORM_IDS, formNumber, formPaper, formTitle, type FormId, type FormRegulation } from './form-catalog.ts';
export type {
  AgencyRef,
  ApologyExtensionView,
  ApplicantRef,
  BookRef,
  ComponentForm,
  ControlSlipView,
  DossierFormViewBase,
  FormView,
  FormViewBase,
  HandOver,
  ReceiptComponent,
  ReceiptSlipView,
  RefusalNoticeView,
  ResultView,
  SignerRef,
  StepOutcome,
  StopNoticeView,
  SupplementItem,
  SupplementRequestView,
  TrackingBookRow,
  TrackingBookView,
} from './form-views.ts';
export { renderForm } from './render-form.ts';
export { renderResult } from './result-document.ts';
export { sampleForms, sampleResult } from './sample-data.ts';
