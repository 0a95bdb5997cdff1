/** Messages of the PDF renderer (Vietnamese first; English must have every key, checked by the type). */
export const pdfVi = {
  'pdf.fontsMissing':
    'Thiếu phông chữ tiếng Việt để tạo PDF: không tìm thấy tệp "{file}". Hãy cài gói npm {package} (npm install {package}).',
  'pdf.unknownForm': 'Không có mẫu biểu "{form}".',
} as const satisfies Record<string, string>;

export const pdfEn: Record<keyof typeof pdfVi, string> = {
  'pdf.fontsMissing':
    'A Vietnamese font needed to make PDFs is missing: file "{file}" was not found. Install the npm package {package} (npm install {package}).',
  'pdf.unknownForm': 'There is no form "{form}".',
};
