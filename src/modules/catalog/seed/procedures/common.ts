/**
 * Shared building blocks for the demo catalogue: agency codes, legal bases that
 * many procedures cite, the papers most procedures ask for (identity card,
 * business registration, authorisation) and the e-form fields that are filled
 * from the owner's identity.
 *
 * Everything here is plain data; the procedure files compose it.
 */
import type { z } from 'zod';
import type { Component, Fee, FormField, LegalBasis, ResultType } from '../../catalog.schemas.ts';

export type ComponentInput = z.input<typeof Component>;
export type FeeInput = z.input<typeof Fee>;
export type FormFieldInput = z.input<typeof FormField>;
export type LegalBasisInput = z.input<typeof LegalBasis>;
export type ResultTypeInput = z.input<typeof ResultType>;

// ---------- agencies (demo electronic identifiers) ----------

/** Sở Khoa học và Công nghệ (took over the former Sở Thông tin và Truyền thông). */
export const SO_KHCN = 'H21.10';
/** Sở Giáo dục và Đào tạo. */
export const SO_GDDT = 'H21.11';
/** Sở Tư pháp. */
export const SO_TU_PHAP = 'H21.12';

// ---------- legal bases cited by several procedures ----------

export const LEGAL = {
  luatBaoChi: { number: '103/2016/QH13', title: 'Luật Báo chí', issuedOn: '2016-04-05' },
  luatXuatBan: { number: '19/2012/QH13', title: 'Luật Xuất bản', issuedOn: '2012-11-20' },
  nd195_2013: {
    number: '195/2013/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xuất bản',
  },
  nd60_2014: { number: '60/2014/NĐ-CP', title: 'Nghị định quy định về hoạt động in', issuedOn: '2014-06-19' },
  nd25_2018: {
    number: '25/2018/NĐ-CP',
    title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 60/2014/NĐ-CP quy định về hoạt động in',
    issuedOn: '2018-02-28',
  },
  nd72_2022: {
    number: '72/2022/NĐ-CP',
    title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 60/2014/NĐ-CP và Nghị định số 25/2018/NĐ-CP về hoạt động in',
  },
  tt03_2015_btttt: {
    number: '03/2015/TT-BTTTT',
    title: 'Thông tư quy định chi tiết, hướng dẫn thi hành một số điều, khoản của Nghị định số 60/2014/NĐ-CP quy định về hoạt động in',
    issuedOn: '2015-03-06',
  },
  tt01_2020_btttt: {
    number: '01/2020/TT-BTTTT',
    title: 'Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Luật Xuất bản và Nghị định số 195/2013/NĐ-CP',
  },
  tt23_2023_btttt: {
    number: '23/2023/TT-BTTTT',
    title: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 01/2020/TT-BTTTT',
  },
  luatBuuChinh: { number: '49/2010/QH12', title: 'Luật Bưu chính', issuedOn: '2010-06-17' },
  nd47_2011: {
    number: '47/2011/NĐ-CP',
    title: 'Nghị định quy định chi tiết thi hành một số nội dung của Luật Bưu chính',
    issuedOn: '2011-06-17',
  },
  nd25_2022: {
    number: '25/2022/NĐ-CP',
    title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 47/2011/NĐ-CP quy định chi tiết thi hành một số nội dung của Luật Bưu chính',
  },
  tt291_2016_btc: {
    number: '291/2016/TT-BTC',
    title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định điều kiện hoạt động bưu chính',
    issuedOn: '2016-11-15',
  },
  tt25_2020_btc: {
    number: '25/2020/TT-BTC',
    title: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 291/2016/TT-BTC về phí thẩm định điều kiện hoạt động bưu chính',
    issuedOn: '2020-04-14',
  },
  luatGiaoDuc: { number: '43/2019/QH14', title: 'Luật Giáo dục', issuedOn: '2019-06-14' },
  tt21_2019_bgddt: {
    number: '21/2019/TT-BGDĐT',
    title:
      'Thông tư ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân',
    issuedOn: '2019-11-29',
  },
  nd125_2024: {
    number: '125/2024/NĐ-CP',
    title: 'Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục',
  },
  luatHoTich: { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: '2014-11-20' },
  luatHonNhan: { number: '52/2014/QH13', title: 'Luật Hôn nhân và gia đình', issuedOn: '2014-06-19' },
  nd123_2015: {
    number: '123/2015/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    issuedOn: '2015-11-15',
  },
  nd07_2025: {
    number: '07/2025/NĐ-CP',
    title: 'Nghị định sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực',
    issuedOn: '2025-01-09',
  },
  nd120_2025: {
    number: '120/2025/NĐ-CP',
    title: 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp',
    issuedOn: '2025-06-11',
  },
  tt04_2020_btp: {
    number: '04/2020/TT-BTP',
    title: 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
    issuedOn: '2020-05-28',
  },
  tt04_2024_btp: {
    number: '04/2024/TT-BTP',
    title: 'Thông tư sửa đổi, bổ sung một số điều của các thông tư liên quan đến đăng ký, quản lý hộ tịch',
    issuedOn: '2024-06-06',
  },
  tt85_2019_btc: {
    number: '85/2019/TT-BTC',
    title: 'Thông tư hướng dẫn về các khoản phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
    issuedOn: '2019-11-29',
  },
  tt106_2021_btc: {
    number: '106/2021/TT-BTC',
    title: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC',
    issuedOn: '2021-11-26',
  },
  tt281_2016_btc: {
    number: '281/2016/TT-BTC',
    title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch',
  },
  nd23_2015: {
    number: '23/2015/NĐ-CP',
    title: 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
    issuedOn: '2015-02-16',
  },
  tt01_2020_btp: {
    number: '01/2020/TT-BTP',
    title: 'Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP',
  },
  tt226_2016_btc: {
    number: '226/2016/TT-BTC',
    title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực',
  },
  luatLyLichTuPhap: { number: '28/2009/QH12', title: 'Luật Lý lịch tư pháp', issuedOn: '2009-06-17' },
  nd45_2020: {
    number: '45/2020/NĐ-CP',
    title: 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử',
  },
} as const satisfies Record<string, LegalBasisInput>;

// ---------- components most procedures ask for ----------

/** The applicant's identity paper, shown at the desk or read from the population database / VNeID. */
export function identityPaper(code: string, who = 'người yêu cầu'): ComponentInput {
  return {
    code,
    name: `Thẻ căn cước, căn cước công dân hoặc hộ chiếu còn giá trị sử dụng của ${who} (xuất trình để đối chiếu)`,
    required: true,
    copyType: 'ORIGINAL',
    quantity: 1,
    acceptsReuse: true,
    documentType: 'can-cuoc',
    note: 'Không phải xuất trình khi thông tin đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư hoặc người yêu cầu nộp hồ sơ bằng tài khoản VNeID.',
  };
}

/** Proof that the applicant organisation legally exists. */
export function businessRegistration(code: string): ComponentInput {
  return {
    code,
    name: 'Giấy chứng nhận đăng ký doanh nghiệp, quyết định thành lập hoặc giấy tờ chứng minh tư cách pháp nhân của tổ chức',
    required: true,
    copyType: 'CERTIFIED_COPY',
    quantity: 1,
    acceptsReuse: true,
    documentType: 'giay-chung-nhan-dang-ky-doanh-nghiep',
    note: 'Không phải nộp khi cơ quan giải quyết tra cứu được thông tin trên Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp.',
  };
}

/** Authorisation, only when someone else submits for the owner. */
export function authorisation(code: string): ComponentInput {
  return {
    code,
    name: 'Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền cho người khác thực hiện thủ tục)',
    required: false,
    copyType: 'ORIGINAL',
    quantity: 1,
    note: 'Nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột thì văn bản ủy quyền không cần công chứng, chứng thực nhưng phải có giấy tờ chứng minh quan hệ.',
  };
}

// ---------- e-form fields prefilled from the owner's identity ----------

export const fieldHoTen = (label = 'Họ, chữ đệm và tên người yêu cầu'): FormFieldInput => ({
  name: 'hoTen',
  label,
  labelEn: 'Full name',
  type: 'text',
  required: true,
  maxLength: 100,
  prefill: 'owner.name',
});

export const fieldSoDinhDanh = (label = 'Số định danh cá nhân'): FormFieldInput => ({
  name: 'soDinhDanh',
  label,
  labelEn: 'Personal identification number',
  type: 'personalId',
  required: true,
  prefill: 'owner.personalId',
});

export const fieldNgaySinh = (): FormFieldInput => ({
  name: 'ngaySinh',
  label: 'Ngày, tháng, năm sinh',
  labelEn: 'Date of birth',
  type: 'date',
  required: true,
  prefill: 'owner.birthDate',
});

export const fieldNoiCuTru = (label = 'Nơi cư trú'): FormFieldInput => ({
  name: 'noiCuTru',
  label,
  labelEn: 'Place of residence',
  type: 'text',
  required: true,
  maxLength: 300,
  prefill: 'owner.address',
});

export const fieldDienThoai = (required = true): FormFieldInput => ({
  name: 'dienThoai',
  label: 'Số điện thoại liên hệ',
  labelEn: 'Phone',
  type: 'phone',
  required,
  prefill: 'owner.phone',
});

export const fieldEmail = (required = false): FormFieldInput => ({
  name: 'email',
  label: 'Thư điện tử',
  labelEn: 'Email',
  type: 'email',
  required,
  prefill: 'owner.email',
});

export const fieldTenToChuc = (label = 'Tên tổ chức, doanh nghiệp'): FormFieldInput => ({
  name: 'tenToChuc',
  label,
  labelEn: 'Organisation name',
  type: 'text',
  required: true,
  maxLength: 250,
  prefill: 'organisation.name',
});

export const fieldMaSoThue = (label = 'Mã số doanh nghiệp / mã số thuế'): FormFieldInput => ({
  name: 'maSoThue',
  label,
  labelEn: 'Tax code',
  type: 'taxCode',
  required: true,
  prefill: 'organisation.taxCode',
});

export const fieldDiaChiToChuc = (label = 'Địa chỉ trụ sở chính'): FormFieldInput => ({
  name: 'diaChiTruSo',
  label,
  labelEn: 'Head office address',
  type: 'text',
  required: true,
  maxLength: 300,
  prefill: 'owner.address',
});

// ---------- standard sentences ----------

/** Where province-level dossiers are received (boundary-free intake, DOMAIN §1.2). */
export const NOP_HO_SO_TINH =
  'Tổ chức, cá nhân nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Gia Lai (cơ sở Quy Nhơn hoặc Pleiku), qua dịch vụ bưu chính công ích hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.';

/** Where commune-level dossiers are received. */
export const NOP_HO_SO_XA =
  'Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân xã, phường hoặc trực tuyến trên Cổng Dịch vụ công quốc gia; hồ sơ được tiếp nhận không phụ thuộc địa giới hành chính trong tỉnh khi pháp luật cho phép.';
