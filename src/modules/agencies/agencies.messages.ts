/**
 * Messages of the agencies module: agencies and one-stop desks.
 * Vietnamese first; English must have every key (checked by the type). Registered by ./index.ts, so the keys are known wherever the module is loaded.
 */
import { defineMessages } from '../../platform/i18n/index.ts';

const vi = {
  'agency.notFound': 'Không tìm thấy cơ quan có mã {code}.',
  'agency.notActive': 'Cơ quan {code} không còn hoạt động từ {date}; đơn vị kế thừa: {successor}.',
  'desk.notFound': 'Không tìm thấy bộ phận một cửa {code}.',
  'officeAdmin.agencies.codeTaken': 'Mã {code} đã được dùng.',
} as const satisfies Record<string, string>;

const en: Record<keyof typeof vi, string> = {
  'agency.notFound': 'No agency with code {code}.',
  'agency.notActive': 'Agency {code} is no longer active since {date}; successor: {successor}.',
  'desk.notFound': 'No one-stop desk {code}.',
  'officeAdmin.agencies.codeTaken': 'The code {code} is already used.',
};

defineMessages('agencies', vi, en);

// Makes these keys known to `t` and `MessageKey` everywhere, so an unknown key stays a type error.
declare module '../../platform/i18n/index.ts' {
  interface Catalogues {
    agencies: typeof vi;
  }
}
