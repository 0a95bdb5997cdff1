/**
 * Demo accounts for trying motcua locally: one per role, at the provincial
 * centre, the Department of Science and Technology, the Department of
 * Education and Training and Pleiku ward. Never loaded in production.
 */
import type { GrantInput } from '../identity.schemas.ts';

export const DEMO_PASSWORD = 'motcua-demo-2025';
/** Fixed only so the README can show a ready-to-use integration token; demo data is refused in production. */
export const DEMO_CLIENT_TOKEN = 'mcc_demo_cong_dvc_quoc_gia_mo_phong_0001';

type G = Pick<GrantInput, 'role' | 'agencyCode'>;

export interface DemoOfficer {
  username: string;
  fullName: string;
  title: string;
  grants: G[];
}

export const demoOfficers: DemoOfficer[] = [
  { username: 'quantri', fullName: 'Trần Quản Trị', title: 'Quản trị hệ thống', grants: [{ role: 'ADMIN', agencyCode: 'H21' }] },
  { username: 'giamsat', fullName: 'Lê Thị Giám Sát', title: 'Chuyên viên Văn phòng UBND tỉnh (kiểm soát TTHC)', grants: [{ role: 'SUPERVISOR', agencyCode: 'H21' }] },
  { username: 'motcua.tinh', fullName: 'Nguyễn Văn Tiếp', title: 'Công chức Bộ phận Một cửa, Trung tâm PVHCC tỉnh', grants: [{ role: 'DESK_OFFICER', agencyCode: 'H21.02' }] },
  { username: 'buudien', fullName: 'Phạm Thị Bưu', title: 'Nhân viên Bưu điện tỉnh tại Trung tâm PVHCC', grants: [{ role: 'POSTAL_AGENT', agencyCode: 'H21.02' }] },
  { username: 'khcn.truongphong', fullName: 'Đỗ Minh Trưởng', title: 'Trưởng phòng Bưu chính, Viễn thông và Báo chí, Xuất bản', grants: [{ role: 'DEPARTMENT_HEAD', agencyCode: 'H21.10' }] },
  { username: 'khcn.chuyenvien', fullName: 'Hoàng Văn Thẩm', title: 'Chuyên viên Sở Khoa học và Công nghệ', grants: [{ role: 'SPECIALIST', agencyCode: 'H21.10' }] },
  { username: 'khcn.chuyenvien2', fullName: 'Vũ Thị Định', title: 'Chuyên viên Sở Khoa học và Công nghệ', grants: [{ role: 'SPECIALIST', agencyCode: 'H21.10' }] },
  { username: 'khcn.giamdoc', fullName: 'Bùi Quang Duyệt', title: 'Phó Giám đốc Sở Khoa học và Công nghệ', grants: [{ role: 'LEADER', agencyCode: 'H21.10' }] },
  { username: 'khcn.vanthu', fullName: 'Đặng Thị Văn', title: 'Văn thư Sở Khoa học và Công nghệ', grants: [{ role: 'RECORDS_CLERK', agencyCode: 'H21.10' }] },
  { username: 'gddt.truongphong', fullName: 'Ngô Văn Giáo', title: 'Trưởng phòng Giáo dục trung học', grants: [{ role: 'DEPARTMENT_HEAD', agencyCode: 'H21.11' }] },
  { username: 'gddt.chuyenvien', fullName: 'Lý Thị Dục', title: 'Chuyên viên Sở Giáo dục và Đào tạo', grants: [{ role: 'SPECIALIST', agencyCode: 'H21.11' }] },
  { username: 'gddt.giamdoc', fullName: 'Trịnh Văn Đào', title: 'Phó Giám đốc Sở Giáo dục và Đào tạo', grants: [{ role: 'LEADER', agencyCode: 'H21.11' }] },
  { username: 'gddt.vanthu', fullName: 'Mai Thị Tạo', title: 'Văn thư Sở Giáo dục và Đào tạo', grants: [{ role: 'RECORDS_CLERK', agencyCode: 'H21.11' }] },
  { username: 'tuphap.chuyenvien', fullName: 'Phan Văn Pháp', title: 'Chuyên viên Sở Tư pháp', grants: [{ role: 'SPECIALIST', agencyCode: 'H21.12' }, { role: 'LEADER', agencyCode: 'H21.12' }] },
  { username: 'taichinh.chuyenvien', fullName: 'Cao Văn Tài', title: 'Chuyên viên Sở Tài chính', grants: [{ role: 'SPECIALIST', agencyCode: 'H21.14' }] },
  { username: 'noivu.chuyenvien', fullName: 'Kiều Thị Vụ', title: 'Chuyên viên Sở Nội vụ', grants: [{ role: 'SPECIALIST', agencyCode: 'H21.15' }] },
  { username: 'congan.canbo', fullName: 'Đinh Văn An', title: 'Cán bộ Phòng Hồ sơ, Công an tỉnh', grants: [{ role: 'SPECIALIST', agencyCode: 'H21.70' }] },
  { username: 'lltp.chuyenvien', fullName: 'Tạ Thị Lý', title: 'Chuyên viên Trung tâm Lý lịch tư pháp quốc gia', grants: [{ role: 'SPECIALIST', agencyCode: 'G12.20' }] },
  {
    username: 'pleiku.motcua',
    fullName: 'Siu H\'Lan',
    title: 'Công chức Tư pháp - Hộ tịch, Bộ phận Một cửa phường Pleiku',
    grants: [
      { role: 'DESK_OFFICER', agencyCode: 'H21.55' },
      { role: 'SPECIALIST', agencyCode: 'H21.55' },
    ],
  },
  { username: 'pleiku.chutich', fullName: 'Rơ Châm Ksor', title: 'Phó Chủ tịch UBND phường Pleiku', grants: [{ role: 'LEADER', agencyCode: 'H21.55' }] },
  {
    username: 'quynhon.motcua',
    fullName: 'Trương Thị Nhơn',
    title: 'Công chức Bộ phận Một cửa phường Quy Nhơn',
    grants: [
      { role: 'DESK_OFFICER', agencyCode: 'H21.50' },
      { role: 'SPECIALIST', agencyCode: 'H21.50' },
    ],
  },
  { username: 'quynhon.chutich', fullName: 'Lâm Văn Quy', title: 'Phó Chủ tịch UBND phường Quy Nhơn', grants: [{ role: 'LEADER', agencyCode: 'H21.50' }] },
];

export const demoClient = {
  name: 'Cổng Dịch vụ công quốc gia (mô phỏng)',
  grants: [{ role: 'INTEGRATION' as const, agencyCode: 'H21', includeSubtree: true }],
};
