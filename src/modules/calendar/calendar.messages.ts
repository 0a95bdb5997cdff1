/**
 * Messages of the calendar module: working calendars.
 * Vietnamese first; English must have every key (checked by the type). Registered by ./index.ts, so the keys are known wherever the module is loaded.
 */
import { defineMessages } from '../../platform/i18n/index.ts';

const vi = {
  'calendar.unknownAgency': 'Không tìm thấy cơ quan {code} để lấy lịch làm việc.',
  'calendar.amountInvalid': 'Số lượng thời gian không hợp lệ cho đơn vị {unit}.',
  'calendar.outOfRange': 'Thời điểm hoặc thời hạn nằm ngoài phạm vi lịch tính được (năm 1800–2199).',
  'calendar.notFound': 'Không có lịch làm việc {calendar}.',
  'calendar.dayNotFound': 'Lịch {calendar} không có dòng ngày {date}.',
} as const satisfies Record<string, string>;

const en: Record<keyof typeof vi, string> = {
  'calendar.unknownAgency': 'No agency {code} to take the working calendar from.',
  'calendar.amountInvalid': 'Invalid amount for unit {unit}.',
  'calendar.outOfRange': 'The instant or time limit is outside the years the calendar can compute (1800–2199).',
  'calendar.notFound': 'There is no working calendar {calendar}.',
  'calendar.dayNotFound': 'Calendar {calendar} has no row for {date}.',
};

defineMessages('calendar', vi, en);

// Makes these keys known to `t` and `MessageKey` everywhere, so an unknown key stays a type error.
declare module '../../platform/i18n/index.ts' {
  interface Catalogues {
    calendar: typeof vi;
  }
}
