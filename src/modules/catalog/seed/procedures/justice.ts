/**
 * Procedures of Sở Tư pháp used by the demo: the criminal-record extract, which
 * really involves a second agency (the provincial police search the records).
 */
import type { DemoProcedure } from '../demo-procedure.ts';
import {
  LEGAL,
  NOP_HO_SO_TINH,
  SO_TU_PHAP,
  authorisation,
  fieldDienThoai,
  fieldHoTen,
  fieldNgaySinh,
  fieldNoiCuTru,
  fieldSoDinhDanh,
  identityPaper,
} from './common.ts';

export const justiceProcedures: DemoProcedure[] = [
  {
    code: '2.000488',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    fieldCode: 'H21-LLTP',
    level: 'PROVINCE',
    onlineLevel: 'FULL',
    agencies: [SO_TU_PHAP],
    durationAmount: 10,
    durationUnit: 'DAY',
    cutoffTime: '15:00',
    paymentTiming: 'BEFORE_PROCESSING',
    workflow: 'province-interagency',
    lifeEvents: ['documents', 'business'],
    details: {
      steps: [
        'Người yêu cầu kê khai tờ khai yêu cầu cấp Phiếu lý lịch tư pháp và nộp phí.',
        NOP_HO_SO_TINH,
        'Sở Tư pháp tra cứu cơ sở dữ liệu lý lịch tư pháp; trường hợp cần thiết gửi yêu cầu tra cứu, xác minh đến Công an tỉnh và các cơ quan có liên quan.',
        'Sở Tư pháp lập và cấp Phiếu lý lịch tư pháp trong thời hạn không quá 10 ngày kể từ ngày nhận được yêu cầu hợp lệ; phiếu được trả trực tiếp, qua bưu chính hoặc dưới dạng điện tử trên ứng dụng VNeID.',
      ],
      channels: ['DESK', 'POST', 'DVCQG'],
      targetGroups: ['CITIZEN'],
      targetDescription:
        'Công dân Việt Nam thường trú hoặc tạm trú tại tỉnh, công dân Việt Nam đang cư trú ở nước ngoài có nơi cư trú cuối cùng tại tỉnh, người nước ngoài đang cư trú tại tỉnh.',
      requirements:
        'Không được ủy quyền cho người khác làm thủ tục yêu cầu cấp Phiếu lý lịch tư pháp số 2. Trường hợp người được cấp phiếu là công dân Việt Nam đã cư trú ở nhiều nơi, có thời gian cư trú ở nước ngoài, người nước ngoài hoặc phải xác minh điều kiện đương nhiên được xóa án tích thì thời hạn không quá 15 ngày.',
      components: [
        {
          code: 'TP01',
          name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
          required: true,
          copyType: 'ORIGINAL',
          quantity: 1,
          sampleForm: {
            name: 'Mẫu số 03/2013/TT-LLTP (Mẫu số 04/2013/TT-LLTP đối với trường hợp ủy quyền) ban hành kèm theo Thông tư số 16/2013/TT-BTP',
          },
        },
        identityPaper('TP02', 'người được cấp Phiếu lý lịch tư pháp'),
        { ...authorisation('TP03'), name: 'Văn bản ủy quyền (chỉ áp dụng đối với yêu cầu cấp Phiếu lý lịch tư pháp số 1)' },
      ],
      fees: [
        {
          code: 'PHI01',
          name: 'Phí cung cấp thông tin lý lịch tư pháp',
          kind: 'FEE',
          amount: 200_000,
          per: 'DOSSIER',
          description: 'Mức thu cho mỗi lần yêu cầu của một người.',
        },
        {
          code: 'PHI02',
          name: 'Phí cung cấp thông tin lý lịch tư pháp đối với sinh viên, người có công với cách mạng, thân nhân liệt sĩ',
          kind: 'FEE',
          amount: 100_000,
          per: 'DOSSIER',
          description: 'Áp dụng thay cho mức thu thông thường đối với các đối tượng được giảm.',
        },
        {
          code: 'PHI03',
          name: 'Phí cấp thêm Phiếu lý lịch tư pháp từ phiếu thứ 3 trở đi',
          kind: 'FEE',
          amount: 5_000,
          per: 'COPY',
        },
      ],
      resultTypes: [{ code: 'KQ1', name: 'Phiếu lý lịch tư pháp' }],
      legalBases: [
        LEGAL.luatLyLichTuPhap,
        { number: '111/2010/NĐ-CP', title: 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp' },
        {
          number: '244/2016/TT-BTC',
          title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp',
        },
        { number: '16/2013/TT-BTP', title: 'Thông tư sửa đổi, bổ sung Thông tư số 13/2011/TT-BTP về biểu mẫu và mẫu sổ lý lịch tư pháp' },
      ],
      durationText:
        'Không quá 10 ngày kể từ ngày nhận được yêu cầu hợp lệ; không quá 15 ngày đối với các trường hợp phải xác minh thêm',
    },
    eform: {
      version: 1,
      pages: [
        {
          id: 'nguoiYeuCau',
          title: 'Người được cấp Phiếu lý lịch tư pháp',
          fields: [fieldHoTen(), fieldNgaySinh(), fieldSoDinhDanh(), fieldNoiCuTru(), fieldDienThoai()],
        },
        {
          id: 'yeuCau',
          title: 'Nội dung yêu cầu',
          fields: [
            {
              name: 'loaiPhieu',
              label: 'Loại phiếu yêu cầu cấp',
              type: 'select',
              required: true,
              options: [
                { value: 'phieu-so-1', label: 'Phiếu lý lịch tư pháp số 1' },
                { value: 'phieu-so-2', label: 'Phiếu lý lịch tư pháp số 2' },
              ],
            },
            { name: 'mucDich', label: 'Mục đích sử dụng phiếu', type: 'text', required: true, maxLength: 200 },
            { name: 'soLuongPhieu', label: 'Số lượng phiếu', type: 'number', required: true, min: 1, max: 10 },
            {
              name: 'doiTuongGiam',
              label: 'Thuộc đối tượng được giảm phí (sinh viên, người có công với cách mạng, thân nhân liệt sĩ)',
              type: 'checkbox',
            },
            {
              name: 'uyQuyen',
              label: 'Ủy quyền cho người khác nộp hồ sơ và nhận phiếu',
              type: 'checkbox',
              showIf: { field: 'loaiPhieu', op: 'equals', value: 'phieu-so-1' },
            },
            {
              name: 'nguoiDuocUyQuyen',
              label: 'Họ tên người được ủy quyền',
              type: 'text',
              required: true,
              maxLength: 100,
              showIf: { field: 'uyQuyen', op: 'isTrue' },
            },
          ],
        },
      ],
    },
  },
];
