/**
 * View models of the printable forms (DOMAIN §7) and of the e-result document (§8). They carry
 * display-ready facts only: the module that builds them from a dossier decides what is shown;
 * the renderers decide only how. Times are instants and are printed in Asia/Ho_Chi_Minh.
 */
import type { QrContent } from '../../../platform/pdf/qr-code.ts';
import type { FormRegulation } from './form-catalog.ts';

export interface AgencyRef {
  /** e.g. 'UBND TỈNH GIA LAI'. */
  parentName: string;
  /** e.g. 'Sở Khoa học và Công nghệ'. */
  name: string;
  /** The one-stop desk that received the dossier, e.g. 'Trung tâm Phục vụ hành chính công tỉnh'. */
  deskName?: string;
}

export interface ApplicantRef {
  name: string;
  /** Personal identification number, tax code or passport number. */
  idNumber?: string;
  address?: string;
  phone?: string;
  email?: string;
}

export interface SignerRef {
  name: string;
  /** Position as printed over the signature, e.g. 'Giám đốc' or 'KT. Giám đốc\nPhó Giám đốc'. */
  title: string;
  organisation: string;
}

/** Where the dossier is entered in the tracking book (Form 01: "Quyển số …, Số thứ tự …"). */
export interface BookRef {
  book: string;
  serial: number;
}

/** What every form shows: who issues it, when, where, the QR code and who signs. */
export interface FormViewBase {
  regulation: FormRegulation;
  agency: AgencyRef;
  /** Place name of the date line, e.g. 'Gia Lai'. */
  place: string;
  issuedAt: Date;
  /** The issuing unit's register number ("Số: …"); the line is left out when absent. */
  documentNumber?: string;
  qr: QrContent;
  signer: SignerRef;
}

/** The parts of a form about one dossier (all forms but the tracking book). */
export interface DossierFormViewBase extends FormViewBase {
  dossierCode: string;
  procedure: { code: string; name: string };
  applicant: ApplicantRef;
  bookRef?: BookRef;
}

/** How a component was handed in: Form 01 item (1). */
export type ComponentForm = 'ORIGINAL' | 'COPY' | 'CERTIFIED_COPY' | 'ELECTRONIC';

export interface ReceiptComponent {
  name: string;
  form: ComponentForm;
  quantity: number;
}

/** Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export interface ReceiptSlipView extends DossierFormViewBase {
  form: 'receiptSlip';
  components: ReceiptComponent[];
  /** Number of sets (bộ hồ sơ). */
  sets: number;
  /** The legal time limit as text, e.g. from the catalogue's `legalLimitText` ('7 ngày làm việc'). */
  legalTimeLimit: string;
  receivedAt: Date;
  appointmentAt: Date;
  /** Where the result is returned, e.g. the desk's address, or 'Qua dịch vụ bưu chính công ích'. */
  returnPlace: string;
  /** e.g. 'Đã nộp lệ phí 500.000 đồng'. */
  feeStatus?: string;
}

export interface SupplementItem {
  item: string;
  reason: string;
}

/** Form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export interface SupplementRequestView extends DossierFormViewBase {
  form: 'supplementRequest';
  items: SupplementItem[];
  /** Whom the applicant may call for guidance. */
  contact: { name: string; phone: string };
}

/** Form 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
export interface RefusalNoticeView extends DossierFormViewBase {
  form: 'refusalNotice';
  /** Provisions the refusal rests on, one per line. */
  legalBasis: string[];
  reason: string;
}

/** Form 04: apology and new return date (2025: apology and request to extend the time limit). */
export interface ApologyExtensionView extends DossierFormViewBase {
  form: 'apologyExtension';
  receivedAt: Date;
  originalAppointmentAt: Date;
  delayReason: string;
  /** The apology itself; the regulation's standard wording is used when absent. */
  apology?: string;
  newAppointmentAt: Date;
}

/** Circular 03/2025 Form 05: Thông báo dừng giải quyết hồ sơ. */
export interface StopNoticeView extends DossierFormViewBase {
  form: 'stopNotice';
  reason: string;
  legalBasis: string[];
}

export type StepOutcome = 'EARLY' | 'ON_TIME' | 'LATE';

/** One hand-over of the paper dossier between units (a row of the control slip). */
export interface HandOver {
  fromUnit: string;
  toUnit: string;
  handedAt: Date;
  giver: string;
  receiver: string;
  /** Outcome of the step just finished; null for the first hand-over or a step without a budget. */
  outcome: StepOutcome | null;
  /** Step budget and time used, as text ('2 ngày làm việc', '1,5 ngày làm việc'). */
  budget?: string;
  used?: string;
  note?: string;
}

/** TT 01/2018 Form 05: Phiếu kiểm soát quá trình giải quyết hồ sơ (generated from the action log). */
export interface ControlSlipView extends DossierFormViewBase {
  form: 'controlSlip';
  /** The unit that resolves the dossier, and any units consulted. */
  leadUnit?: string;
  coordinatingUnits?: string[];
  handOvers: HandOver[];
}

/** One dossier in the tracking book; the columns of TT 01/2018 Form 06. */
export interface TrackingBookRow {
  serial: number;
  dossierCode: string;
  procedureName: string;
  sets: number;
  applicantName: string;
  applicantAddress?: string;
  applicantPhone?: string;
  leadAgency: string;
  receivedAt: Date;
  appointmentAt: Date;
  transferredAt?: Date;
  resultReceivedAt?: Date;
  returnedAt?: Date;
  /** Who collected the result; the printed book leaves room for their signature. */
  collectedBy?: string;
  note?: string;
}

/** TT 01/2018 Form 06: Sổ theo dõi hồ sơ (A4). A register of many dossiers, so no dossier parts. */
export interface TrackingBookView extends FormViewBase {
  form: 'trackingBook';
  /** Book number ("Quyển số"). */
  book: string;
  year: number;
  rows: TrackingBookRow[];
}

export type FormView =
  | ReceiptSlipView
  | SupplementRequestView
  | RefusalNoticeView
  | ApologyExtensionView
  | StopNoticeView
  | ControlSlipView
  | TrackingBookView;

/** The e-result document (Decree 45/2020 Art. 14(3)): an issued result signed by the agency. */
export interface ResultView {
  /** `<dossierCode>-KQn` (DOMAIN §6.2). */
  resultCode: string;
  documentNumber?: string;
  /** e.g. 'GIẤY PHÉP BƯU CHÍNH'. */
  title: string;
  agency: AgencyRef;
  place: string;
  issuedAt: Date;
  holder: { name: string; idNumber?: string; address?: string };
  /** Legal basis lines, each starting "Căn cứ …". */
  preamble?: string[];
  fields: { label: string; value: string }[];
  body?: string[];
  validFrom?: Date;
  validTo?: Date;
  signer: SignerRef;
  /** The public verification page; `qr.url` should be the same address so scanning opens it. */
  verifyUrl: string;
  qr: QrContent;
  /** Set when this result replaces an earlier one (Decree 61 Art. 21; the old one stays stored). */
  replaces?: { code: string; reason: string };
}
