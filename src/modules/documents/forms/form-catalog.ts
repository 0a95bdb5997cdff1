/**
 * The standard forms of the one-stop mechanism (DOMAIN §7), keyed by identifier. Form numbers and
 * one title differ between Circular 01/2018/TT-VPCP and Circular 03/2025/TT-VPCP, so both are
 * data here, looked up per regulation (the 2025 numbering is ⚠ unconfirmed).
 */
import type { Paper } from '../../../platform/pdf/page-geometry.ts';

export type FormId =
  | 'receiptSlip'
  | 'supplementRequest'
  | 'refusalNotice'
  | 'apologyExtension'
  | 'stopNotice'
  | 'controlSlip'
  | 'trackingBook';

export type FormRegulation = 'TT01_2018' | 'TT03_2025';

export const FORM_IDS: readonly FormId[] = [
  'receiptSlip',
  'supplementRequest',
  'refusalNotice',
  'apologyExtension',
  'stopNotice',
  'controlSlip',
  'trackingBook',
];

interface FormEntry {
  /** Form number per regulation; null where the regulation has no such form. */
  number: Record<FormRegulation, string | null>;
  /** Title as the regulation words it (sentence case); printed upper case. */
  title: Record<FormRegulation, string>;
  paper: Paper;
}

const same = (title: string): Record<FormRegulation, string> => ({ TT01_2018: title, TT03_2025: title });

const FORMS: Readonly<Record<FormId, FormEntry>> = {
  receiptSlip: { number: { TT01_2018: '01', TT03_2025: '01' }, title: same('Giấy tiếp nhận hồ sơ và hẹn trả kết quả'), paper: 'A5' },
  supplementRequest: {
    number: { TT01_2018: '02', TT03_2025: '02' },
    title: same('Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ'),
    paper: 'A5',
  },
  refusalNotice: {
    number: { TT01_2018: '03', TT03_2025: '03' },
    title: same('Phiếu từ chối tiếp nhận giải quyết hồ sơ'),
    paper: 'A5',
  },
  apologyExtension: {
    number: { TT01_2018: '04', TT03_2025: '04' },
    title: {
      TT01_2018: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
      TT03_2025: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
    },
    paper: 'A5',
  },
  // New in Circular 03/2025; the 2018 circular had no form for it.
  stopNotice: { number: { TT01_2018: null, TT03_2025: '05' }, title: same('Thông báo dừng giải quyết hồ sơ'), paper: 'A5' },
  controlSlip: {
    number: { TT01_2018: '05', TT03_2025: '06' },
    title: same('Phiếu kiểm soát quá trình giải quyết hồ sơ'),
    paper: 'A5',
  },
  trackingBook: { number: { TT01_2018: '06', TT03_2025: '07' }, title: same('Sổ theo dõi hồ sơ'), paper: 'A4_LANDSCAPE' },
};

/** The form number ("01" …) of a form under a regulation, or null if that regulation has no such form. */
export function formNumber(id: FormId, reg: FormRegulation): string | null {
  return FORMS[id].number[reg];
}

export function formTitle(id: FormId, reg: FormRegulation): string {
  return FORMS[id].title[reg];
}

export function formPaper(id: FormId): Paper {
  return FORMS[id].paper;
}

