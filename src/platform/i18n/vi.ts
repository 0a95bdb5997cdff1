/**
 * Vietnamese, the first language of motcua: the platform's own messages (errors at the edge,
 * validation, uploads, PDF, OCR, signatures). Modules and pages define theirs next to their code.
 * `{name}` is a parameter.
 */
import { uploadsVi } from './areas/uploads.ts';
import { pdfVi } from './areas/pdf.ts';
import { signingVi } from './areas/signing.ts';
import { ocrVi } from './areas/ocr.ts';

export const vi = {
  // errors at the edge
  'error.validation': 'Dữ liệu gửi lên chưa hợp lệ ({count} lỗi). Vui lòng kiểm tra các trường được nêu.',
  'error.notFound': 'Không tìm thấy.',
  'error.routeNotFound': 'Không có địa chỉ {method} {url}.',
  'error.unauthorized': 'Cần đăng nhập để thực hiện thao tác này.',
  'error.tokenInvalid': 'Mã truy cập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
  'error.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'error.internal': 'Hệ thống gặp sự cố. Mã tra cứu lỗi: {requestId}. Dữ liệu của bạn không bị thay đổi.',
  'error.databaseUnavailable': 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Yêu cầu này chưa được thực hiện; vui lòng thử lại sau {seconds} giây.',
  'error.badJson': 'Nội dung gửi lên không phải JSON hợp lệ.',
  'error.bodyTooLarge': 'Nội dung gửi lên quá lớn.',
  'error.unsupportedMediaType': 'Kiểu nội dung "{type}" không được hỗ trợ; hãy gửi application/json.',
  'error.emptyBody': 'Thiếu nội dung yêu cầu (JSON).',
  'error.rateLimited': 'Bạn thao tác quá nhanh. Vui lòng thử lại sau {seconds} giây.',
  'error.idempotencyMismatch':
    'Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác. Hãy dùng khóa mới cho mỗi thao tác.',
  'error.idempotencyKeyFormat': 'Idempotency-Key phải dài 8–128 ký tự gồm chữ, số, dấu gạch ngang, gạch dưới, dấu chấm hoặc hai chấm.',
  'error.badRequest': 'Yêu cầu không hợp lệ: {detail}',
  'error.badUrl': 'Địa chỉ (URL) không hợp lệ.',
  'error.uriTooLong': 'Địa chỉ (URL) quá dài.',
  'error.shuttingDown': 'Hệ thống đang khởi động lại để bảo trì. Vui lòng thử lại sau ít phút.',
  // validation messages (one per zod issue kind)
  'validation.required': 'Trường này là bắt buộc.',
  'validation.type': 'Phải là {expected}.',
  'validation.tooSmall.string': 'Phải có ít nhất {minimum} ký tự.',
  'validation.tooBig.string': 'Không được quá {maximum} ký tự.',
  'validation.tooSmall.number': 'Phải lớn hơn hoặc bằng {minimum}.',
  'validation.tooBig.number': 'Phải nhỏ hơn hoặc bằng {maximum}.',
  'validation.tooSmall.array': 'Cần ít nhất {minimum} mục.',
  'validation.tooBig.array': 'Không được quá {maximum} mục.',
  'validation.format': 'Không đúng định dạng {format}.',
  'validation.enum': 'Giá trị không hợp lệ; chấp nhận: {values}.',
  'validation.unknownKeys': 'Không chấp nhận trường lạ: {keys}.',
  'validation.invalid': 'Giá trị không hợp lệ.',
  'validation.integer': 'Phải là số nguyên.',
  'validation.phone': 'Số điện thoại không hợp lệ (ví dụ 0912345678).',
  'validation.personalId': 'Số định danh cá nhân phải gồm 12 chữ số (hoặc 9 chữ số với CMND cũ).',
  'validation.taxCode': 'Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số dạng NNNNNNNNNN-NNN.',
  'validation.uuid': 'Mã định danh nội bộ không hợp lệ.',
  'validation.dossierCode': 'Mã hồ sơ không đúng định dạng (ví dụ H21.2-250714-0012).',
  'validation.agencyCode': 'Mã định danh cơ quan không hợp lệ (ví dụ H21.10 hoặc 000.10.00.H21).',
  'validation.procedureCode': 'Mã thủ tục không hợp lệ (ví dụ 1.004656).',
  'validation.time': 'Giờ phải có dạng HH:MM.',
  'validation.badCharacters': 'Có ký tự không hợp lệ (ký tự rỗng hoặc mã Unicode hỏng).',
  'validation.officeIntervals': 'Các khoảng giờ làm việc phải theo thứ tự trong ngày, giờ bắt đầu trước giờ kết thúc, không chồng lên nhau.',
  'validation.dateRange': 'Ngày nằm ngoài khoảng 1900–2199.',
  'validation.submittedAtRange': 'Thời điểm nộp phải trong vòng một năm trở lại đây.',
  'validation.type.string': 'chuỗi ký tự',
  'validation.type.number': 'số',
  'validation.type.boolean': 'đúng/sai',
  'validation.type.object': 'đối tượng JSON',
  'validation.type.array': 'danh sách',
  'validation.format.date': 'ngày (YYYY-MM-DD)',
  'validation.format.datetime': 'thời điểm ISO-8601 (ví dụ 2025-01-06T09:00:00+07:00)',
  'validation.format.email': 'thư điện tử',
  'validation.format.uuid': 'UUID',
  'validation.format.regex': 'theo mẫu quy định',
  ...uploadsVi,
  ...pdfVi,
  ...signingVi,
  ...ocrVi,
} as const;
