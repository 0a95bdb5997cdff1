/**
 * Messages of the dossiers module: errors of the dossier commands.
 * Vietnamese first; English must have every key (checked by the type). Registered by ./index.ts, so the keys are known wherever the module is loaded.
 */
import { defineMessages } from '../../platform/i18n/index.ts';

const vi = {
  'dossier.notFound': 'Không tìm thấy hồ sơ.',
  'dossier.illegalAction': 'Không thể thực hiện "{action}" khi hồ sơ đang ở bước "{step}". Các thao tác được phép: {allowed}.',
  'dossier.actionNotPermitted': 'Bạn không được thực hiện "{action}" với hồ sơ này: {reason}.',
  'dossier.staleVersion': 'Hồ sơ vừa được người khác xử lý (thao tác thứ {actual}, bạn đang xem thao tác thứ {expected}). Hãy tải lại.',
  'dossier.formInvalid': 'Tờ khai điện tử chưa hợp lệ.',
  'dossier.componentUnknown': 'Thủ tục không có thành phần hồ sơ {code}.',
  'dossier.fieldUnknown': 'Tờ khai của thủ tục không có mục {key}.',
  'dossier.componentsMissing': 'Còn thiếu thành phần bắt buộc: {names}.',
  'dossier.ownerIdRequired': 'Cần số định danh cá nhân của chủ hồ sơ (hoặc mã số thuế của tổ chức).',
  'dossier.ownerIdInvalid': 'Số định danh của chủ hồ sơ không hợp lệ: {reasons}.',
  'dossier.taxCodeInvalid': 'Mã số thuế của tổ chức không hợp lệ: {reasons}.',
  'dossier.organisationRequired': 'Hồ sơ của tổ chức cần thông tin tổ chức (tên, mã số thuế).',
  'dossier.deliveryAddressRequired': 'Nhận kết quả qua bưu chính cần địa chỉ nhận.',
  'dossier.assigneeInvalid': 'Cán bộ được phân công phải có vai trò {role} tại cơ quan giải quyết.',
  'dossier.consultationNotFound': 'Không tìm thấy yêu cầu lấy ý kiến.',
  'dossier.consultationAnswered': 'Yêu cầu lấy ý kiến này đã được trả lời.',
  'dossier.taskNotFound': 'Không tìm thấy phần việc liên thông.',
  'dossier.taskNotOpen': 'Phần việc liên thông này chưa tới lượt hoặc đã xong.',
  'dossier.leadLast': 'Cơ quan chủ trì hoàn thành sau cùng, khi các cơ quan phối hợp đã xong.',
  'dossier.interagencyMode': 'Quy trình không cho phép liên thông theo hình thức {mode}.',
  'dossier.crossLevelNotAllowed': 'Quy trình không cho phép liên thông khác cấp.',
  'dossier.crossLevelLevel': 'Liên thông khác cấp phải chuyển tới cơ quan cấp trên.',
  'dossier.noLead': 'Liên thông cần đúng một cơ quan chủ trì.',
  'dossier.paymentNotDue': 'Hồ sơ không có khoản phí, lệ phí nào cần thu.',
  'dossier.extensionTooLate': 'Chỉ được gia hạn chậm nhất {days} ngày làm việc trước hạn trả ({deadline}).',
  'dossier.extensionNotWorkingDay': 'Ngày hẹn mới {date} không phải ngày làm việc.',
  'dossier.sameParticipant': 'Một cơ quan chỉ tham gia liên thông một lần.',
  'dossier.notWaitingForSupplement': 'Hồ sơ này hiện không chờ bạn bổ sung.',
} as const satisfies Record<string, string>;

const en: Record<keyof typeof vi, string> = {
  'dossier.notFound': 'Dossier not found.',
  'dossier.illegalAction': 'Cannot "{action}" while the dossier is at step "{step}". Allowed actions: {allowed}.',
  'dossier.actionNotPermitted': 'You may not "{action}" on this dossier: {reason}.',
  'dossier.staleVersion': 'Someone else acted on the dossier (action {actual}; you saw action {expected}). Please reload.',
  'dossier.formInvalid': 'The e-form is not valid.',
  'dossier.componentUnknown': 'The procedure has no component {code}.',
  'dossier.fieldUnknown': 'The procedure\'s e-form has no field {key}.',
  'dossier.componentsMissing': 'Required components missing: {names}.',
  'dossier.ownerIdRequired': "The owner's personal identification number (or the organisation's tax code) is required.",
  'dossier.ownerIdInvalid': "The owner's identification number is invalid: {reasons}.",
  'dossier.taxCodeInvalid': "The organisation's tax code is invalid: {reasons}.",
  'dossier.organisationRequired': "An organisation's dossier needs the organisation (name, tax code).",
  'dossier.deliveryAddressRequired': 'Delivery by post needs an address.',
  'dossier.assigneeInvalid': 'The assignee must hold role {role} at the competent agency.',
  'dossier.consultationNotFound': 'Consultation request not found.',
  'dossier.consultationAnswered': 'This consultation has already been answered.',
  'dossier.taskNotFound': 'Inter-agency task not found.',
  'dossier.taskNotOpen': "This inter-agency task is not open (not its turn yet, or already done).",
  'dossier.leadLast': 'The lead agency completes last, after the cooperating agencies.',
  'dossier.interagencyMode': 'The workflow does not allow inter-agency processing in mode {mode}.',
  'dossier.crossLevelNotAllowed': 'The workflow does not allow cross-level processing.',
  'dossier.crossLevelLevel': 'Cross-level processing must go to a higher-level agency.',
  'dossier.noLead': 'Inter-agency processing needs exactly one lead agency.',
  'dossier.paymentNotDue': 'No fee or charge is due on this dossier.',
  'dossier.extensionTooLate': 'An extension must be issued at least {days} working day(s) before the due date ({deadline}).',
  'dossier.extensionNotWorkingDay': 'The new due date {date} is not a working day.',
  'dossier.sameParticipant': 'An agency takes part in inter-agency processing only once.',
  'dossier.notWaitingForSupplement': 'This dossier is not waiting for a supplement from you.',
};

defineMessages('dossiers', vi, en);

// Makes these keys known to `t` and `MessageKey` everywhere, so an unknown key stays a type error.
declare module '../../platform/i18n/index.ts' {
  interface Catalogues {
    dossiers: typeof vi;
  }
}
