/** Messages of the OCR engine (Vietnamese first; English must have every key, checked by the type). */
export const ocrVi = {
  'ocr.unreadableImage':
    'Không đọc được ảnh trang {page} (tệp hỏng hoặc không phải ảnh PNG, JPEG, TIFF). Vui lòng quét lại hoặc nhập thông tin thủ công.',
  'ocr.unreadablePdf':
    'Không mở được tệp PDF để nhận dạng chữ (tệp hỏng hoặc được mã hóa). Vui lòng quét lại hoặc nhập thông tin thủ công.',
  'ocr.engineFailed':
    'Chưa nhận dạng được chữ trên bản quét (trang {page}). Bản quét vẫn được lưu; vui lòng nhập thông tin thủ công.',
} as const satisfies Record<string, string>;

export const ocrEn: Record<keyof typeof ocrVi, string> = {
  'ocr.unreadableImage':
    'The image of page {page} cannot be read (a damaged file, or not a PNG, JPEG or TIFF image). Please scan it again or enter the details by hand.',
  'ocr.unreadablePdf':
    'The PDF cannot be opened for text recognition (damaged or encrypted). Please scan it again or enter the details by hand.',
  'ocr.engineFailed':
    'Text recognition failed on page {page} of the scan. The scan is kept; please enter the details by hand.',
};
