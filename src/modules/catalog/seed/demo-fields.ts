/**
 * Demo fields (lĩnh vực) of the demo catalogue. Codes follow the TT 01/2018
 * Art. 20 shape "<level-1 agency code>-<field code>" with demo field codes;
 * the official VPCP field list (reissued by TT 03/2025 ⚠) is not loaded here.
 */
import type { DemoField } from './demo-procedure.ts';

export const demoFields: DemoField[] = [
  { code: 'H21-BCHI', name: 'Báo chí', sector: 'Báo chí, xuất bản' },
  { code: 'H21-XBIN', name: 'Xuất bản, In và Phát hành', sector: 'Báo chí, xuất bản' },
  { code: 'H21-BUUC', name: 'Bưu chính', sector: 'Bưu chính, viễn thông' },
  { code: 'H21-VTIN', name: 'Viễn thông và Internet', sector: 'Bưu chính, viễn thông' },
  { code: 'H21-GDQD', name: 'Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân', sector: 'Giáo dục' },
  { code: 'H21-VBCC', name: 'Văn bằng, chứng chỉ', sector: 'Giáo dục' },
  { code: 'H21-HTCH', name: 'Hộ tịch', sector: 'Tư pháp' },
  { code: 'H21-CTHU', name: 'Chứng thực', sector: 'Tư pháp' },
  { code: 'H21-LLTP', name: 'Lý lịch tư pháp', sector: 'Tư pháp' },
];
