/** Messages of receiving uploaded files and serving stored ones (Vietnamese first; English must have every key, checked by the type). */
export const uploadsVi = {
  // a multipart request without its file (the platform's upload parser says so; the keys predate the move)
  'documents.noFile': 'Chưa có tệp nào được gửi lên (trường "file" trong multipart/form-data).',
  'documents.notMultipart': 'Tệp phải được gửi dạng multipart/form-data với trường "file".',
  // refusals of an uploaded file; each says what is wrong and what to do
  'upload.empty': 'Tệp gửi lên không có nội dung. Vui lòng chọn lại tệp.',
  'upload.tooLarge': 'Tệp vượt quá dung lượng cho phép ({maxMb} MB). Vui lòng giảm dung lượng (ví dụ quét ở độ phân giải thấp hơn) rồi gửi lại.',
  'upload.typeUnknown': 'Không nhận diện được loại tệp từ nội dung. Chỉ chấp nhận các định dạng: {allowed}.',
  'upload.typeNotAllowed': 'Tệp có định dạng {kind}, không được chấp nhận ở đây. Chỉ chấp nhận các định dạng: {allowed}.',
  'upload.tooManyPages': 'Tệp có {pages} trang, vượt quá số trang cho phép ({maxPages} trang).',
  'upload.pdfCorrupt': 'Tệp PDF bị hỏng hoặc không đọc được. Vui lòng xuất lại tệp PDF rồi gửi lại.',
  'upload.pdfEncrypted': 'Tệp PDF đang được đặt mật khẩu hoặc mã hóa. Vui lòng gỡ mật khẩu rồi gửi lại.',
  'upload.pdfActiveContent':
    'Tệp PDF chứa nội dung chủ động không được chấp nhận ({found}). Vui lòng in lại thành PDF thông thường (In ra PDF) rồi gửi lại.',
  'upload.pdfOutboundAction':
    'Tệp PDF có liên kết hoặc hành động ({action}) mở tới tệp bên ngoài "{target}" — tệp trên máy tính hoặc thư mục mạng, nơi trình đọc PDF có thể tự gửi thông tin đăng nhập của người mở. Tệp không được chấp nhận. Vui lòng bỏ liên kết đó hoặc in lại thành PDF thông thường (In ra PDF) rồi gửi lại.',
  'upload.imageCorrupt': 'Tệp ảnh bị hỏng hoặc không đọc được. Vui lòng chụp hoặc quét lại rồi gửi lại.',
  'upload.imageTooManyPixels':
    'Ảnh quá lớn ({megapixels} megapixel; tối đa {maxMegapixels} megapixel). Vui lòng giảm độ phân giải rồi gửi lại.',
  'upload.officeCorrupt': 'Tệp văn phòng (Word/Excel) bị hỏng hoặc không đọc được. Vui lòng lưu lại tệp rồi gửi lại.',
  'upload.officeMacros':
    'Tệp văn phòng chứa macro hoặc mã thực thi ({found}), không được chấp nhận. Vui lòng lưu lại dưới dạng tệp không có macro hoặc xuất ra PDF.',
  'upload.zipBomb': 'Tệp nén có kích thước sau giải nén bất thường và không được chấp nhận.',
  // the request itself is broken, or checking the file took more than its share (ADR 0020)
  'upload.malformed': 'Dữ liệu tải lên (multipart/form-data) bị hỏng hoặc bị cắt giữa chừng. Vui lòng chọn lại tệp và gửi lại.',
  'upload.checkTimeout': 'Kiểm tra tệp mất quá nhiều thời gian (quá {seconds} giây) nên tệp không được chấp nhận. Vui lòng xuất lại tệp (ví dụ In ra PDF) rồi gửi lại.',
  'upload.checkTooHeavy': 'Kiểm tra tệp cần quá nhiều bộ nhớ nên tệp không được chấp nhận. Vui lòng xuất lại tệp (ví dụ In ra PDF) hoặc chia nhỏ rồi gửi lại.',
  // file storage
  'storage.fileNotFound': 'Không tìm thấy tệp.',
  'storage.rangeNotSatisfiable': 'Đoạn dữ liệu yêu cầu nằm ngoài kích thước tệp.',
} as const satisfies Record<string, string>;

export const uploadsEn: Record<keyof typeof uploadsVi, string> = {
  'documents.noFile': 'No file was sent (field "file" of multipart/form-data).',
  'documents.notMultipart': 'Send the file as multipart/form-data in the field "file".',
  'upload.empty': 'The uploaded file is empty. Please choose the file again.',
  'upload.tooLarge': 'The file is larger than allowed ({maxMb} MB). Please make it smaller (for example scan at a lower resolution) and send it again.',
  'upload.typeUnknown': 'The file type could not be recognised from its content. Accepted formats: {allowed}.',
  'upload.typeNotAllowed': 'The file is a {kind} file, which is not accepted here. Accepted formats: {allowed}.',
  'upload.tooManyPages': 'The file has {pages} pages, more than allowed ({maxPages} pages).',
  'upload.pdfCorrupt': 'The PDF file is damaged or unreadable. Please export the PDF again and send it again.',
  'upload.pdfEncrypted': 'The PDF file is password-protected or encrypted. Please remove the password and send it again.',
  'upload.pdfActiveContent':
    'The PDF file contains active content that is not accepted ({found}). Please print it to a plain PDF ("Print to PDF") and send it again.',
  'upload.pdfOutboundAction':
    'The PDF file has a link or action ({action}) that opens the outside file "{target}" — a file on the computer or a network share, to which a PDF reader may send the credentials of whoever opens it. The file is not accepted. Please remove that link or print it to a plain PDF ("Print to PDF") and send it again.',
  'upload.imageCorrupt': 'The image file is damaged or unreadable. Please take the photo or scan again and send it again.',
  'upload.imageTooManyPixels':
    'The image is too large ({megapixels} megapixels; at most {maxMegapixels} megapixels). Please reduce the resolution and send it again.',
  'upload.officeCorrupt': 'The office (Word/Excel) file is damaged or unreadable. Please save the file again and send it again.',
  'upload.officeMacros':
    'The office file contains macros or executable code ({found}) and is not accepted. Please save it without macros or export it to PDF.',
  'upload.zipBomb': 'The compressed file would unpack to an abnormal size and is not accepted.',
  'upload.malformed': 'The upload (multipart/form-data) is damaged or was cut off. Please choose the file and send it again.',
  'upload.checkTimeout': 'Checking the file took too long (over {seconds} seconds), so it is not accepted. Please export the file again (for example "Print to PDF") and send it again.',
  'upload.checkTooHeavy': 'Checking the file needed too much memory, so it is not accepted. Please export the file again (for example "Print to PDF") or split it, and send it again.',
  'storage.fileNotFound': 'File not found.',
  'storage.rangeNotSatisfiable': 'The requested byte range lies outside the file.',
};
