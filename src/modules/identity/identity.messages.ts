/**
 * Messages of the identity module: sign-in and account errors, and the checks of personal identification numbers and tax codes.
 * Vietnamese first; English must have every key (checked by the type). Registered by ./index.ts, so the keys are known wherever the module is loaded.
 */
import { defineMessages } from '../../platform/i18n/index.ts';

const vi = {
  'auth.invalidCredentials': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'auth.locked': 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau {minutes} phút.',
  'auth.totpRequired': 'Tài khoản này dùng xác thực hai bước: hãy gửi kèm mã 6 chữ số (totpCode) từ ứng dụng xác thực.',
  'auth.totpInvalid': 'Mã xác thực hai bước không đúng hoặc đã được dùng.',
  'auth.totpLocked': 'Đã nhập sai mã xác thực hai bước quá nhiều lần. Bước xác thực hai bước của tài khoản tạm khóa, thử lại sau {minutes} phút.',
  'validation.totpCode': 'Mã xác thực gồm đúng 6 chữ số.',
  'auth.inactive': 'Tài khoản đã ngừng hoạt động.',
  'auth.weakPassword': 'Mật khẩu cần ít nhất 10 ký tự, gồm chữ và số.',
  'identity.usernameTaken': 'Tên đăng nhập "{username}" đã tồn tại.',
  // checks of identifiers (public endpoints)
  'personalId.format': 'Phải gồm đúng 12 chữ số.',
  'personalId.province': 'Mã tỉnh nơi đăng ký khai sinh "{code}" không có trong danh mục.',
  'personalId.centuryDigit': 'Chữ số thứ 4 ({digit}) không ứng với thế kỷ và giới tính hợp lệ.',
  'personalId.centuryMismatch': 'Chữ số thứ 4 ({digit}) không khớp với năm sinh {year}.',
  'personalId.sexMismatch': 'Chữ số thứ 4 ({digit}) không khớp với giới tính đã khai.',
  'personalId.yearMismatch': 'Chữ số 5–6 ({yy}) không khớp với năm sinh {year}.',
  'personalId.legacy': 'Đây là số CMND 9 chữ số cũ: chỉ chấp nhận làm dữ liệu tham khảo, không dùng làm định danh.',
  'taxCode.format': 'Phải gồm 10 chữ số, hoặc 13 chữ số dạng NNNNNNNNNN-NNN cho đơn vị phụ thuộc.',
  'taxCode.checkDigit': 'Chữ số kiểm tra (thứ 10) phải là {expected}, không phải {actual}.',
  'taxCode.neverIssued': 'Chín chữ số đầu cho chữ số kiểm tra bằng 10: mã số này không bao giờ được cấp.',
  'officeAdmin.officers.grantDates': 'Ngày kết thúc phải sau ngày bắt đầu.',
  'officeAdmin.totpReset.reasonRequired': 'Nhập lý do đặt lại xác thực hai bước.',
} as const satisfies Record<string, string>;

const en: Record<keyof typeof vi, string> = {
  'auth.invalidCredentials': 'Wrong username or password.',
  'auth.locked': 'The account is locked after too many failed attempts. Try again in {minutes} minutes.',
  'auth.totpRequired': 'This account uses two-step verification: send the 6-digit code (totpCode) from the authenticator app too.',
  'auth.totpInvalid': 'The two-step verification code is wrong or already used.',
  'auth.totpLocked': 'Too many wrong two-step verification codes. The second step of this account is locked; try again in {minutes} minutes.',
  'validation.totpCode': 'The verification code is exactly 6 digits.',
  'auth.inactive': 'The account is no longer active.',
  'auth.weakPassword': 'A password needs at least 10 characters with letters and digits.',
  'identity.usernameTaken': 'The username "{username}" is taken.',
  'personalId.format': 'Must be exactly 12 digits.',
  'personalId.province': 'Birth-registration province code "{code}" is not in the table.',
  'personalId.centuryDigit': 'The 4th digit ({digit}) is not a valid century-and-sex digit.',
  'personalId.centuryMismatch': 'The 4th digit ({digit}) does not match the birth year {year}.',
  'personalId.sexMismatch': 'The 4th digit ({digit}) does not match the sex given.',
  'personalId.yearMismatch': 'Digits 5–6 ({yy}) do not match the birth year {year}.',
  'personalId.legacy': 'This is an old 9-digit ID card number: accepted as reference data only, never as an identifier.',
  'taxCode.format': 'Must be 10 digits, or 13 written NNNNNNNNNN-NNN for a dependent unit.',
  'taxCode.checkDigit': 'The check digit (10th) should be {expected}, not {actual}.',
  'taxCode.neverIssued': 'The first nine digits give a check value of 10: such a code is never issued.',
  'officeAdmin.officers.grantDates': 'The end date must be after the start date.',
  'officeAdmin.totpReset.reasonRequired': 'Enter the reason for resetting two-step verification.',
};

defineMessages('identity', vi, en);

// Makes these keys known to `t` and `MessageKey` everywhere, so an unknown key stays a type error.
declare module '../../platform/i18n/index.ts' {
  interface Catalogues {
    identity: typeof vi;
  }
}
