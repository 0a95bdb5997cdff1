/**
 * Demo agency tree of Gia Lai after the 2025 reorganisation: the provincial
 * People's Committee, its office and Public Administration Service Centre
 * (sites in Quy Nhơn and Pleiku), departments, wards and communes with their
 * one-stop desks, and the provincial post. Predecessors show the 2025 mergers.
 * ⚠ Codes are demo values in the Decision 20/2020 layout (H21 for Gia Lai is
 * inferred, DOMAIN §6.3); administrative-unit codes are illustrative.
 */

export interface DemoAgency {
  code: string;
  name: string;
  shortName?: string;
  kind: 'PEOPLES_COMMITTEE' | 'MINISTRY' | 'SERVICE_CENTRE' | 'DEPARTMENT' | 'DIVISION' | 'POST' | 'OFFICE' | 'VERTICAL_UNIT';
  level: 'CENTRAL' | 'PROVINCE' | 'COMMUNE';
  parent: string | null;
  unit?: string;
  address?: string;
  validFrom: string;
  validTo?: string;
  legacy?: string[];
}

export interface DemoDesk {
  code: string;
  name: string;
  agency: string;
  address: string;
}

export interface DemoUnit {
  key: string;
  code: string;
  name: string;
  kind: 'PROVINCE' | 'WARD' | 'COMMUNE' | 'DISTRICT' | 'CITY';
  parent: string | null;
  validFrom: string;
  validTo?: string;
  legalBasis?: string;
}

const merged = '2025-07-01';
const resolution202 = 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh';
const communeResolution = 'Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã tỉnh Gia Lai năm 2025';

const wards: [code: string, name: string, unit: string, kind: 'WARD' | 'COMMUNE', site: string][] = [
  ['H21.50', 'Phường Quy Nhơn', '21550', 'WARD', 'Quy Nhơn'],
  ['H21.51', 'Phường Quy Nhơn Đông', '21551', 'WARD', 'Quy Nhơn'],
  ['H21.52', 'Phường Quy Nhơn Tây', '21552', 'WARD', 'Quy Nhơn'],
  ['H21.53', 'Phường Quy Nhơn Nam', '21553', 'WARD', 'Quy Nhơn'],
  ['H21.54', 'Phường Quy Nhơn Bắc', '21554', 'WARD', 'Quy Nhơn'],
  ['H21.55', 'Phường Pleiku', '21555', 'WARD', 'Pleiku'],
  ['H21.56', 'Phường Hội Phú', '21556', 'WARD', 'Pleiku'],
  ['H21.57', 'Phường Thống Nhất', '21557', 'WARD', 'Pleiku'],
  ['H21.58', 'Phường Diên Hồng', '21558', 'WARD', 'Pleiku'],
  ['H21.59', 'Phường An Phú', '21559', 'WARD', 'Pleiku'],
  ['H21.60', 'Xã Biển Hồ', '21560', 'COMMUNE', 'Pleiku'],
  ['H21.61', 'Xã Gào', '21561', 'COMMUNE', 'Pleiku'],
  ['H21.62', 'Phường An Khê', '21562', 'WARD', 'An Khê'],
  ['H21.63', 'Phường Ayun Pa', '21563', 'WARD', 'Ayun Pa'],
];

export const demoUnits: DemoUnit[] = [
  { key: 'old-64', code: '64', name: 'Tỉnh Gia Lai (trước sắp xếp)', kind: 'PROVINCE', parent: null, validFrom: '1991-08-12', validTo: '2025-06-30' },
  { key: 'old-52', code: '52', name: 'Tỉnh Bình Định (trước sắp xếp)', kind: 'PROVINCE', parent: null, validFrom: '1989-06-30', validTo: '2025-06-30' },
  { key: 'old-622', code: '622', name: 'Thành phố Pleiku', kind: 'CITY', parent: 'old-64', validFrom: '1999-04-24', validTo: '2025-06-30' },
  { key: 'old-540', code: '540', name: 'Thành phố Quy Nhơn', kind: 'CITY', parent: 'old-52', validFrom: '1986-07-03', validTo: '2025-06-30' },
  { key: 'gl', code: '52', name: 'Tỉnh Gia Lai', kind: 'PROVINCE', parent: null, validFrom: merged, legalBasis: resolution202 },
  ...wards.map(([, name, unit, kind]) => ({ key: unit, code: unit, name, kind, parent: 'gl', validFrom: merged, legalBasis: communeResolution })),
];

/** Predecessor → successors, effective 01/07/2025. */
export const demoUnitLineage: [string, string[]][] = [
  ['old-64', ['gl']],
  ['old-52', ['gl']],
  ['old-622', ['21555', '21556', '21557', '21558', '21559', '21560', '21561']],
  ['old-540', ['21550', '21551', '21552', '21553', '21554']],
];

export const demoAgencies: DemoAgency[] = [
  { code: 'H21', name: 'Ủy ban nhân dân tỉnh Gia Lai', shortName: 'UBND tỉnh', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', parent: null, unit: 'gl', address: 'Quy Nhơn, Gia Lai', validFrom: merged },
  { code: 'H21.01', name: 'Văn phòng Ủy ban nhân dân tỉnh Gia Lai', shortName: 'VP UBND tỉnh', kind: 'OFFICE', level: 'PROVINCE', parent: 'H21', validFrom: merged, legacy: ['000.00.01.H21'] },
  { code: 'H21.02', name: 'Trung tâm Phục vụ hành chính công tỉnh Gia Lai', shortName: 'Trung tâm PVHCC', kind: 'SERVICE_CENTRE', level: 'PROVINCE', parent: 'H21.01', validFrom: merged, legacy: ['000.02.01.H21'] },
  { code: 'H21.10', name: 'Sở Khoa học và Công nghệ tỉnh Gia Lai', shortName: 'Sở KH&CN', kind: 'DEPARTMENT', level: 'PROVINCE', parent: 'H21', validFrom: '2025-03-01', legacy: ['000.00.10.H21'] },
  { code: 'H21.10.01', name: 'Phòng Bưu chính, Viễn thông và Báo chí, Xuất bản', kind: 'DIVISION', level: 'PROVINCE', parent: 'H21.10', validFrom: '2025-03-01' },
  { code: 'H21.11', name: 'Sở Giáo dục và Đào tạo tỉnh Gia Lai', shortName: 'Sở GD&ĐT', kind: 'DEPARTMENT', level: 'PROVINCE', parent: 'H21', validFrom: merged, legacy: ['000.00.11.H21'] },
  { code: 'H21.12', name: 'Sở Tư pháp tỉnh Gia Lai', shortName: 'Sở Tư pháp', kind: 'DEPARTMENT', level: 'PROVINCE', parent: 'H21', validFrom: merged, legacy: ['000.00.12.H21'] },
  { code: 'H21.13', name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai', shortName: 'Sở VH-TT&DL', kind: 'DEPARTMENT', level: 'PROVINCE', parent: 'H21', validFrom: merged },
  { code: 'H21.14', name: 'Sở Tài chính tỉnh Gia Lai', shortName: 'Sở Tài chính', kind: 'DEPARTMENT', level: 'PROVINCE', parent: 'H21', validFrom: merged },
  { code: 'H21.15', name: 'Sở Nội vụ tỉnh Gia Lai', shortName: 'Sở Nội vụ', kind: 'DEPARTMENT', level: 'PROVINCE', parent: 'H21', validFrom: merged },
  { code: 'H21.16', name: 'Sở Xây dựng tỉnh Gia Lai', shortName: 'Sở Xây dựng', kind: 'DEPARTMENT', level: 'PROVINCE', parent: 'H21', validFrom: merged },
  { code: 'H21.70', name: 'Công an tỉnh Gia Lai', shortName: 'Công an tỉnh', kind: 'VERTICAL_UNIT', level: 'PROVINCE', parent: null, address: 'Pleiku, Gia Lai', validFrom: merged },
  // A central unit, for cross-level processing (e.g. judicial-record checks). ⚠ demo code.
  { code: 'G12', name: 'Bộ Tư pháp', kind: 'MINISTRY', level: 'CENTRAL', parent: null, validFrom: '2002-01-01' },
  { code: 'G12.20', name: 'Trung tâm Lý lịch tư pháp quốc gia', kind: 'VERTICAL_UNIT', level: 'CENTRAL', parent: 'G12', validFrom: '2012-01-01' },
  { code: 'H21.90', name: 'Bưu điện tỉnh Gia Lai', shortName: 'Bưu điện tỉnh', kind: 'POST', level: 'PROVINCE', parent: null, address: 'Pleiku, Gia Lai', validFrom: merged },
  // Predecessors, kept for dossiers received before the reorganisation.
  { code: 'H21.09', name: 'Sở Thông tin và Truyền thông tỉnh Gia Lai', kind: 'DEPARTMENT', level: 'PROVINCE', parent: 'H21', validFrom: '2008-04-01', validTo: '2025-02-28', legacy: ['000.00.09.H21'] },
  { code: 'H09', name: 'Ủy ban nhân dân tỉnh Bình Định (trước sắp xếp)', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', parent: null, unit: 'old-52', validFrom: '1989-06-30', validTo: '2025-06-30' },
  { code: 'H09.10', name: 'Sở Khoa học và Công nghệ tỉnh Bình Định (trước sắp xếp)', kind: 'DEPARTMENT', level: 'PROVINCE', parent: 'H09', validFrom: '2025-03-01', validTo: '2025-06-30', legacy: ['000.00.10.H09'] },
  ...wards.map(([code, name, unit]) => ({
    code,
    name: `Ủy ban nhân dân ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
    shortName: `UBND ${name}`,
    kind: 'PEOPLES_COMMITTEE' as const,
    level: 'COMMUNE' as const,
    parent: 'H21',
    unit,
    address: `${name}, tỉnh Gia Lai`,
    validFrom: merged,
    legacy: [`000.${code.slice(4)}.00.H21`],
  })),
];

export const demoAgencyLineage: { from: string; to: string; event: 'MERGER' | 'TRANSFER_OF_FUNCTIONS'; on: string; basis: string }[] = [
  { from: 'H21.09', to: 'H21.10', event: 'TRANSFER_OF_FUNCTIONS', on: '2025-03-01', basis: 'Hợp nhất Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ (2025)' },
  { from: 'H09', to: 'H21', event: 'MERGER', on: merged, basis: resolution202 },
  { from: 'H09.10', to: 'H21.10', event: 'MERGER', on: merged, basis: resolution202 },
];

export const demoDesks: DemoDesk[] = [
  { code: 'H21.02.QN', name: 'Bộ phận Một cửa — Trung tâm PVHCC tỉnh, cơ sở Quy Nhơn', agency: 'H21.02', address: '127 Hai Bà Trưng, Quy Nhơn' },
  { code: 'H21.02.PK', name: 'Bộ phận Một cửa — Trung tâm PVHCC tỉnh, cơ sở Pleiku', agency: 'H21.02', address: '69 Hùng Vương, Pleiku' },
  ...wards.map(([code, name]) => ({ code: `${code}.MC`, name: `Bộ phận Một cửa ${name}`, agency: code, address: `Trụ sở UBND ${name}` })),
];
