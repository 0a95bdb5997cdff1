/**
 * Demo views of every standard form and of an e-result, for `motcua forms sample` and for the
 * tests: a postal licence applied for at the Gia Lai public administration service centre and
 * decided by Sở Khoa học và Công nghệ. People, numbers and addresses are made up (the personal
 * id is fictional but valid in layout, the tax code has a correct check digit).
 */
import type { QrContent } from '../../../platform/pdf/qr-code.ts';
import { formTitle, type FormId } from './form-catalog.ts';
import type {
  AgencyRef,
  ApplicantRef,
  ControlSlipView,
  DossierFormViewBase,
  FormView,
  ResultView,
  TrackingBookRow,
  TrackingBookView,
} from './form-views.ts';

const DEFAULT_BASE_URL = 'http://localhost:3000';

/** A wall-clock time in Vietnam (UTC+7) as an instant. */
const vn = (local: string): Date => new Date(`${local}:00+07:00`);

const AGENCY: AgencyRef = {
  parentName: 'UBND tỉnh Gia Lai',
  name: 'Sở Khoa học và Công nghệ',
  deskName: 'Trung tâm Phục vụ hành chính công tỉnh',
};
const PROCEDURE = { code: '1.004230', name: 'Cấp giấy phép bưu chính' };
const APPLICANT: ApplicantRef = {
  name: 'Nguyễn Thị Hồng Nhung',
  idNumber: '064195012345',
  address: '27 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai',
  phone: '0905 123 456',
  email: 'hongnhung.phonui@example.vn',
};
const COMPANY = { name: 'Công ty TNHH Chuyển phát Phố Núi', taxCode: '5901234563', address: '112 Lê Lợi, phường Pleiku, tỉnh Gia Lai' };
const DOSSIER = 'H21.10-260302-0001';
const DESK_OFFICER = { name: 'Trần Văn Minh', title: 'Công chức tiếp nhận', organisation: 'Trung tâm Phục vụ hành chính công tỉnh Gia Lai' };
const DIRECTOR = { name: 'Lê Quang Hưng', title: 'KT. Giám đốc\nPhó Giám đốc', organisation: 'Sở Khoa học và Công nghệ tỉnh Gia Lai' };
const RECEIVED = vn('2026-03-02T09:15');
const APPOINTMENT = vn('2026-03-30T09:15');
const BOOK = { book: '01/2026', serial: 125 };
const LEGAL_BASIS = [
  'Luật Bưu chính số 49/2010/QH12 ngày 17 tháng 6 năm 2010;',
  'Nghị định số 47/2011/NĐ-CP ngày 17 tháng 6 năm 2011 của Chính phủ quy định chi tiết thi hành một số nội dung của Luật Bưu chính;',
  'Nghị định số 25/2022/NĐ-CP ngày 12 tháng 4 năm 2022 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 47/2011/NĐ-CP.',
];

function qr(baseUrl: string, form: FormId, dossierCode: string): QrContent {
  return {
    dossierCode,
    procedureCode: PROCEDURE.code,
    applicantId: APPLICANT.idNumber ?? '',
    documentName: formTitle(form, 'TT03_2025'),
    url: `${baseUrl}/tra-cuu/${encodeURIComponent(dossierCode)}`,
  };
}

function dossierBase(baseUrl: string, form: FormId, issuedAt: Date, signer = DESK_OFFICER, dossierCode = DOSSIER): DossierFormViewBase {
  return {
    regulation: 'TT03_2025',
    agency: AGENCY,
    place: 'Gia Lai',
    issuedAt,
    qr: qr(baseUrl, form, dossierCode),
    signer,
    dossierCode,
    procedure: PROCEDURE,
    applicant: APPLICANT,
    bookRef: BOOK,
  };
}

function controlSlip(baseUrl: string): ControlSlipView {
  const unit = 'Phòng Bưu chính, Viễn thông và Báo chí, Xuất bản';
  return {
    ...dossierBase(baseUrl, 'controlSlip', vn('2026-03-27T16:00')),
    form: 'controlSlip',
    documentNumber: '125/PKS-TTPVHCC',
    leadUnit: 'Sở Khoa học và Công nghệ',
    coordinatingUnits: ['Công an tỉnh Gia Lai (Phòng Quản lý hành chính về trật tự xã hội)'],
    handOvers: [
      { fromUnit: 'Trung tâm Phục vụ hành chính công tỉnh', toUnit: unit, handedAt: vn('2026-03-02T14:00'), giver: 'Trần Văn Minh', receiver: 'Phạm Thị Thu Hà', outcome: 'ON_TIME', budget: '0,5 ngày làm việc', used: '0,5 ngày làm việc' },
      { fromUnit: unit, toUnit: 'Công an tỉnh Gia Lai', handedAt: vn('2026-03-09T10:30'), giver: 'Phạm Thị Thu Hà', receiver: 'Võ Đình Khoa', outcome: 'EARLY', budget: '8 ngày làm việc', used: '5 ngày làm việc', note: 'Lấy ý kiến về an ninh thông tin' },
      { fromUnit: 'Công an tỉnh Gia Lai', toUnit: unit, handedAt: vn('2026-03-17T15:45'), giver: 'Võ Đình Khoa', receiver: 'Phạm Thị Thu Hà', outcome: 'LATE', budget: '5 ngày làm việc', used: '6 ngày làm việc', note: 'Chậm 01 ngày' },
      { fromUnit: unit, toUnit: 'Lãnh đạo Sở Khoa học và Công nghệ', handedAt: vn('2026-03-24T08:30'), giver: 'Phạm Thị Thu Hà', receiver: 'Lê Quang Hưng', outcome: 'ON_TIME', budget: '4 ngày làm việc', used: '4 ngày làm việc' },
      { fromUnit: 'Lãnh đạo Sở Khoa học và Công nghệ', toUnit: 'Trung tâm Phục vụ hành chính công tỉnh', handedAt: vn('2026-03-27T15:30'), giver: 'Lê Quang Hưng', receiver: 'Trần Văn Minh', outcome: 'EARLY', budget: '2 ngày làm việc', used: '1,5 ngày làm việc' },
      { fromUnit: 'Trung tâm Phục vụ hành chính công tỉnh', toUnit: 'Người nộp hồ sơ', handedAt: vn('2026-03-27T16:00'), giver: 'Trần Văn Minh', receiver: 'Nguyễn Thị Hồng Nhung', outcome: 'EARLY', note: 'Trả kết quả trước hạn 01 ngày làm việc' },
    ],
  };
}

const BOOK_APPLICANTS = [
  ['Nguyễn Thị Hồng Nhung', 'Pleiku'],
  ['Trần Quốc Bảo', 'Quy Nhơn'],
  ['Lê Thị Mỹ Duyên', 'An Khê'],
  ['Phạm Văn Đức', 'Ayun Pa'],
  ['Hoàng Thị Ngọc Ánh', 'Hoài Nhơn'],
  ['Võ Minh Tuấn', 'Chư Sê'],
  ['Đặng Thị Thu Trang', 'Đức Cơ'],
  ['Bùi Xuân Trường', 'Phù Cát'],
] as const;
const BOOK_PROCEDURES = [PROCEDURE.name, 'Sửa đổi, bổ sung giấy phép bưu chính', 'Cấp văn bản xác nhận thông báo hoạt động bưu chính'];

/** Thirty dossiers received over ten working days, enough for several A4 pages. */
function trackingBookRows(): TrackingBookRow[] {
  return Array.from({ length: 30 }, (_, i) => {
    const [name, town] = BOOK_APPLICANTS[i % BOOK_APPLICANTS.length] ?? BOOK_APPLICANTS[0];
    const day = 2 + Math.floor(i / 3) + 2 * Math.floor(i / 15); // Mon 2 – Fri 13 March, skipping the weekend
    const dd = String(day).padStart(2, '0');
    const received = vn(`2026-03-${dd}T${['09', '10', '14'][i % 3] ?? '09'}:${String((15 + i * 7) % 60).padStart(2, '0')}`);
    const returned = i < 12;
    return {
      serial: BOOK.serial + i,
      dossierCode: `H21.10-2603${dd}-${String((i % 3) + 1).padStart(4, '0')}`,
      procedureName: BOOK_PROCEDURES[i % BOOK_PROCEDURES.length] ?? PROCEDURE.name,
      sets: 1,
      applicantName: name,
      applicantAddress: `phường ${town}, tỉnh Gia Lai`,
      applicantPhone: `0905 ${String(100 + i).padStart(3, '0')} ${String(400 + i * 3).padStart(3, '0')}`,
      leadAgency: 'Sở Khoa học và Công nghệ',
      receivedAt: received,
      appointmentAt: new Date(received.getTime() + 28 * 86_400_000),
      transferredAt: new Date(received.getTime() + 2 * 3_600_000),
      ...(returned
        ? {
            resultReceivedAt: new Date(received.getTime() + 24 * 86_400_000),
            returnedAt: new Date(received.getTime() + 25 * 86_400_000),
            collectedBy: name,
          }
        : {}),
      ...(i % 7 === 4 ? { note: 'Đã bổ sung hồ sơ một lần' } : {}),
    };
  });
}

function trackingBook(baseUrl: string): TrackingBookView {
  return {
    form: 'trackingBook',
    regulation: 'TT03_2025',
    agency: AGENCY,
    place: 'Gia Lai',
    issuedAt: vn('2026-03-31T17:00'),
    qr: {
      dossierCode: `SO-${BOOK.book}`,
      procedureCode: PROCEDURE.code,
      applicantId: 'H21.02',
      documentName: formTitle('trackingBook', 'TT03_2025'),
      url: `${baseUrl}/tra-cuu`,
    },
    signer: DESK_OFFICER,
    book: BOOK.book,
    year: 2026,
    rows: trackingBookRows(),
  };
}

/** One view of every standard form; `baseUrl` is the portal address the QR codes point to. */
export function sampleForms(baseUrl: string = DEFAULT_BASE_URL): FormView[] {
  return [
    {
      ...dossierBase(baseUrl, 'receiptSlip', RECEIVED),
      form: 'receiptSlip',
      documentNumber: '125/GTN-TTPVHCC',
      components: [
        { name: 'Giấy đề nghị cấp giấy phép bưu chính', form: 'ORIGINAL', quantity: 1 },
        { name: 'Giấy chứng nhận đăng ký doanh nghiệp', form: 'CERTIFIED_COPY', quantity: 1 },
        { name: 'Phương án kinh doanh', form: 'ORIGINAL', quantity: 1 },
        { name: 'Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính phù hợp với quy định của pháp luật', form: 'ORIGINAL', quantity: 1 },
        { name: 'Bảng giá cước dịch vụ bưu chính phù hợp với quy định của pháp luật', form: 'ORIGINAL', quantity: 1 },
        { name: 'Tiêu chuẩn chất lượng dịch vụ bưu chính công bố áp dụng', form: 'ELECTRONIC', quantity: 1 },
      ],
      sets: 1,
      legalTimeLimit: '20 ngày làm việc',
      receivedAt: RECEIVED,
      appointmentAt: APPOINTMENT,
      returnPlace: 'Trung tâm Phục vụ hành chính công tỉnh Gia Lai (cơ sở Pleiku)',
      feeStatus: 'Phí thẩm định 10.750.000 đồng (đã nộp trực tuyến)',
    },
    {
      ...dossierBase(baseUrl, 'supplementRequest', vn('2026-03-02T10:05')),
      form: 'supplementRequest',
      documentNumber: '41/PYC-TTPVHCC',
      items: [
        { item: 'Phương án kinh doanh', reason: 'Chưa nêu biện pháp bảo đảm an toàn, an ninh thông tin trong hoạt động bưu chính theo Nghị định số 25/2022/NĐ-CP.' },
        { item: 'Bảng giá cước dịch vụ bưu chính', reason: 'Bảng giá chưa có chữ ký của người đại diện theo pháp luật và dấu của doanh nghiệp.' },
      ],
      contact: { name: 'Bà Phạm Thị Thu Hà, Phòng Bưu chính, Viễn thông và Báo chí, Xuất bản', phone: '0269 3824 567' },
    },
    {
      ...dossierBase(baseUrl, 'refusalNotice', vn('2026-03-03T14:20'), DESK_OFFICER, 'H21.10-260303-0004'),
      form: 'refusalNotice',
      documentNumber: '07/PTC-TTPVHCC',
      legalBasis: LEGAL_BASIS,
      reason:
        'Doanh nghiệp đề nghị cung ứng dịch vụ thư quốc tế; theo quy định, thẩm quyền cấp giấy phép bưu chính cho phạm vi liên tỉnh và quốc tế thuộc Bộ Khoa học và Công nghệ, không thuộc thẩm quyền của Sở Khoa học và Công nghệ tỉnh Gia Lai.',
    },
    {
      ...dossierBase(baseUrl, 'apologyExtension', vn('2026-03-27T08:00'), DIRECTOR),
      form: 'apologyExtension',
      documentNumber: '312/SKHCN-BCVT',
      receivedAt: RECEIVED,
      originalAppointmentAt: APPOINTMENT,
      delayReason: 'Hồ sơ cần lấy ý kiến của Công an tỉnh về biện pháp bảo đảm an ninh thông tin; văn bản trả lời đến Sở chậm hơn thời hạn đã đề nghị.',
      newAppointmentAt: vn('2026-04-06T09:15'),
    },
    {
      ...dossierBase(baseUrl, 'stopNotice', vn('2026-03-12T15:00'), DIRECTOR, 'H21.10-260305-0002'),
      form: 'stopNotice',
      documentNumber: '298/TB-SKHCN',
      legalBasis: ['Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông;', ...LEGAL_BASIS],
      reason: 'Doanh nghiệp đã bị thu hồi Giấy chứng nhận đăng ký doanh nghiệp trong thời gian giải quyết hồ sơ nên không còn đủ điều kiện cấp giấy phép bưu chính.',
    },
    controlSlip(baseUrl),
    trackingBook(baseUrl),
  ];
}

/** The postal licence issued at the end of the sample dossier. */
export function sampleResult(baseUrl: string = DEFAULT_BASE_URL): ResultView {
  const resultCode = `${DOSSIER}-KQ1`;
  const verifyUrl = `${baseUrl}/verify/${encodeURIComponent(resultCode)}`;
  return {
    resultCode,
    documentNumber: '15/GP-SKHCN',
    title: 'GIẤY PHÉP BƯU CHÍNH',
    agency: AGENCY,
    place: 'Gia Lai',
    issuedAt: vn('2026-03-27T15:00'),
    holder: { name: COMPANY.name, idNumber: COMPANY.taxCode, address: COMPANY.address },
    preamble: [
      ...LEGAL_BASIS.map((line) => `Căn cứ ${line}`),
      `Xét hồ sơ đề nghị cấp giấy phép bưu chính của ${COMPANY.name} (mã hồ sơ ${DOSSIER}).`,
    ],
    fields: [
      { label: 'Tên giao dịch', value: 'PHO NUI EXPRESS' },
      { label: 'Người đại diện theo pháp luật', value: 'Nguyễn Thị Hồng Nhung – Giám đốc' },
      { label: 'Phạm vi cung ứng dịch vụ', value: 'Nội tỉnh Gia Lai' },
      { label: 'Dịch vụ được phép cung ứng', value: 'Dịch vụ thư có địa chỉ nhận có khối lượng đơn chiếc đến 02 kg' },
    ],
    body: [
      `${COMPANY.name} có trách nhiệm thực hiện đúng các quy định tại Giấy phép này và các quy định của pháp luật về bưu chính.`,
    ],
    validFrom: vn('2026-03-27T00:00'),
    validTo: vn('2036-03-27T00:00'),
    signer: DIRECTOR,
    verifyUrl,
    qr: { dossierCode: DOSSIER, procedureCode: PROCEDURE.code, applicantId: COMPANY.taxCode, documentName: 'Giấy phép bưu chính', url: verifyUrl },
  };
}
