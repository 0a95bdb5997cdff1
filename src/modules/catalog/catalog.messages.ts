/**
 * Messages of the catalog module: procedures of the catalogue.
 * Vietnamese first; English must have every key (checked by the type). Registered by ./index.ts, so the keys are known wherever the module is loaded.
 */
import { defineMessages } from '../../platform/i18n/index.ts';

const vi = {
  'procedure.notFound': 'Không tìm thấy thủ tục có mã {code}.',
  'procedure.noPublishedVersion': 'Thủ tục {code} chưa có phiên bản nào được công bố.',
  'procedure.versionNotDraft': 'Phiên bản {version} đã công bố nên không sửa được; hãy tạo phiên bản mới.',
  'procedure.agencyNotCompetent': 'Cơ quan {agency} không có thẩm quyền giải quyết thủ tục {code}.',
  'procedure.channelNotAllowed': 'Thủ tục {code} không nhận hồ sơ qua kênh {channel}.',
  'procedure.applicantTypeNotAllowed': 'Thủ tục {code} không dành cho đối tượng này.',
} as const satisfies Record<string, string>;

const en: Record<keyof typeof vi, string> = {
  'procedure.notFound': 'No procedure with code {code}.',
  'procedure.noPublishedVersion': 'Procedure {code} has no published version yet.',
  'procedure.versionNotDraft': 'Version {version} is published and cannot be edited; create a new version.',
  'procedure.agencyNotCompetent': 'Agency {agency} is not competent for procedure {code}.',
  'procedure.channelNotAllowed': 'Procedure {code} does not accept dossiers through channel {channel}.',
  'procedure.applicantTypeNotAllowed': 'Procedure {code} is not open to this kind of applicant.',
};

defineMessages('catalog', vi, en);

// Makes these keys known to `t` and `MessageKey` everywhere, so an unknown key stays a type error.
declare module '../../platform/i18n/index.ts' {
  interface Catalogues {
    catalog: typeof vi;
  }
}
