/**
 * Kinds of documents met at a one-stop desk: administrative documents with their Decree
 * 30/2020 (Appendix III) abbreviations, which appear in their numbers ("76/KH-STTTT" is a
 * plan), and the civil papers, cards and licences applicants bring. `open` kinds are families
 * ("Giấy phép …") whose full printed title is the value.
 */

export interface DocumentKind {
  name: string;
  abbreviations?: string[];
  open?: true;
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  // administrative documents (Decree 30/2020 Art. 7, Appendix III)
  { name: 'Nghị quyết', abbreviations: ['NQ'] },
  { name: 'Quyết định', abbreviations: ['QĐ', 'QD'] },
  { name: 'Chỉ thị', abbreviations: ['CT'] },
  { name: 'Quy chế', abbreviations: ['QC'] },
  { name: 'Quy định', abbreviations: ['QyĐ', 'QYĐ', 'QyD'] },
  { name: 'Thông cáo', abbreviations: ['TC'] },
  { name: 'Thông báo', abbreviations: ['TB'] },
  { name: 'Hướng dẫn', abbreviations: ['HD'] },
  { name: 'Chương trình', abbreviations: ['CTr'] },
  { name: 'Kế hoạch', abbreviations: ['KH'] },
  { name: 'Phương án', abbreviations: ['PA'] },
  { name: 'Đề án', abbreviations: ['ĐA'] },
  { name: 'Dự án', abbreviations: ['DA'] },
  { name: 'Báo cáo', abbreviations: ['BC'] },
  { name: 'Biên bản', abbreviations: ['BB'] },
  { name: 'Tờ trình', abbreviations: ['TTr'] },
  { name: 'Hợp đồng', abbreviations: ['HĐ'] },
  { name: 'Công điện', abbreviations: ['CĐ'] },
  { name: 'Bản ghi nhớ', abbreviations: ['GN'] },
  { name: 'Bản thỏa thuận', abbreviations: ['TTh'] },
  { name: 'Giấy ủy quyền', abbreviations: ['GUQ'] },
  { name: 'Giấy mời', abbreviations: ['GM'] },
  { name: 'Giấy giới thiệu', abbreviations: ['GGT'] },
  { name: 'Giấy nghỉ phép', abbreviations: ['GNP'] },
  { name: 'Phiếu gửi', abbreviations: ['PG'] },
  { name: 'Phiếu chuyển', abbreviations: ['PC'] },
  { name: 'Phiếu báo', abbreviations: ['PB'] },
  { name: 'Thông tư', abbreviations: ['TT'] },
  { name: 'Nghị định', abbreviations: ['NĐ'] },
  { name: 'Công văn' },
  // civil status, identity, business and land papers
  { name: 'Giấy khai sinh' },
  { name: 'Trích lục khai sinh' },
  { name: 'Giấy chứng nhận kết hôn' },
  { name: 'Trích lục kết hôn' },
  { name: 'Giấy chứng tử' },
  { name: 'Trích lục khai tử' },
  { name: 'Giấy xác nhận tình trạng hôn nhân' },
  { name: 'Căn cước công dân' },
  { name: 'Căn cước' },
  { name: 'Chứng minh nhân dân' },
  { name: 'Hộ chiếu' },
  { name: 'Phiếu lý lịch tư pháp' },
  { name: 'Giấy chứng nhận đăng ký doanh nghiệp' },
  { name: 'Giấy chứng nhận đăng ký hộ kinh doanh' },
  { name: 'Giấy chứng nhận đăng ký hợp tác xã' },
  { name: 'Giấy chứng nhận quyền sử dụng đất' },
  { name: 'Giấy phép lái xe' },
  { name: 'Bằng tốt nghiệp', open: true },
  { name: 'Giấy phép', abbreviations: ['GP'], open: true },
  { name: 'Giấy chứng nhận', abbreviations: ['GCN'], open: true },
  { name: 'Giấy xác nhận', abbreviations: ['GXN'], open: true },
  { name: 'Chứng chỉ', abbreviations: ['CC'], open: true },
  { name: 'Tờ khai', open: true },
  { name: 'Đơn', open: true },
];
