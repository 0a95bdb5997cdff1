/**
 * Calendar rows for 2025–2027. 2025 and 2026 follow the yearly notices for
 * civil servants as we know them; 2027 is provisional (computed statutory days)
 * until its notice is entered. Every row names its source, and an administrator
 * edits them through the API — they are data, never code.
 * ⚠ Verify each year against the official notice before go-live.
 */
import { statutoryHolidays, type DayOverride } from '../engine/index.ts';

export const defaultWorkingHours = {
  weekdays: [1, 2, 3, 4, 5],
  intervals: [
    ['07:30', '11:30'],
    ['13:30', '17:00'],
  ] as [string, string][],
};

export interface DemoYear {
  year: number;
  status: 'OFFICIAL' | 'PROVISIONAL';
  source: string;
  days: (DayOverride & { optional?: boolean; active?: boolean })[];
}

const notice2025 = 'Lịch nghỉ lễ, Tết năm 2025 đối với cán bộ, công chức, viên chức (dữ liệu mẫu, đối chiếu văn bản gốc)';
const notice2026 = 'Lịch nghỉ lễ, Tết năm 2026 đối với cán bộ, công chức, viên chức (dữ liệu mẫu, đối chiếu văn bản gốc)';
const cultureDay = 'Ngày Văn hóa Việt Nam (24/11) — ngày nghỉ bổ sung, bật/tắt theo quyết định áp dụng';

const range = (from: string, to: string, label: string, source: string): DayOverride[] => {
  const out: DayOverride[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push({ date: d.toISOString().slice(0, 10), type: 'HOLIDAY', label, source });
  }
  return out;
};

export const demoCalendarYears: DemoYear[] = [
  {
    year: 2025,
    status: 'OFFICIAL',
    source: notice2025,
    days: [
      { date: '2025-01-01', type: 'HOLIDAY', label: 'Tết Dương lịch', source: notice2025 },
      ...range('2025-01-27', '2025-01-31', 'Tết Nguyên đán Ất Tỵ', notice2025),
      { date: '2025-04-07', type: 'HOLIDAY', label: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', source: notice2025 },
      { date: '2025-04-26', type: 'MAKEUP_WORKDAY', label: 'Làm bù cho ngày nghỉ 02/5/2025', source: notice2025 },
      { date: '2025-04-30', type: 'HOLIDAY', label: 'Ngày Chiến thắng (30/4)', source: notice2025 },
      { date: '2025-05-01', type: 'HOLIDAY', label: 'Ngày Quốc tế Lao động (1/5)', source: notice2025 },
      { date: '2025-05-02', type: 'HOLIDAY', label: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', source: notice2025 },
      { date: '2025-09-01', type: 'HOLIDAY', label: 'Quốc khánh (ngày liền kề)', source: notice2025 },
      { date: '2025-09-02', type: 'HOLIDAY', label: 'Quốc khánh (2/9)', source: notice2025 },
      { date: '2025-11-24', type: 'HOLIDAY', label: 'Ngày Văn hóa Việt Nam', source: cultureDay, optional: true, active: false },
    ],
  },
  {
    year: 2026,
    status: 'OFFICIAL',
    source: notice2026,
    days: [
      { date: '2026-01-01', type: 'HOLIDAY', label: 'Tết Dương lịch', source: notice2026 },
      ...range('2026-02-16', '2026-02-20', 'Tết Nguyên đán Bính Ngọ', notice2026),
      { date: '2026-04-26', type: 'HOLIDAY', label: 'Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật)', source: notice2026 },
      { date: '2026-04-27', type: 'SUBSTITUTE_HOLIDAY', label: 'Nghỉ bù Giỗ Tổ Hùng Vương', source: notice2026 },
      { date: '2026-04-30', type: 'HOLIDAY', label: 'Ngày Chiến thắng (30/4)', source: notice2026 },
      { date: '2026-05-01', type: 'HOLIDAY', label: 'Ngày Quốc tế Lao động (1/5)', source: notice2026 },
      { date: '2026-09-01', type: 'HOLIDAY', label: 'Quốc khánh (ngày liền kề)', source: notice2026 },
      { date: '2026-09-02', type: 'HOLIDAY', label: 'Quốc khánh (2/9)', source: notice2026 },
      { date: '2026-11-24', type: 'HOLIDAY', label: 'Ngày Văn hóa Việt Nam', source: cultureDay, optional: true, active: false },
    ],
  },
  {
    year: 2027,
    status: 'PROVISIONAL',
    source: 'Tạm tính theo Bộ luật Lao động 2019 — chờ thông báo chính thức năm 2027',
    days: [
      ...statutoryHolidays(2027),
      { date: '2027-11-24', type: 'HOLIDAY', label: 'Ngày Văn hóa Việt Nam', source: cultureDay, optional: true, active: false },
    ],
  },
];
