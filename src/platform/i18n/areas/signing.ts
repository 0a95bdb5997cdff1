/** Messages of digital signatures, signing and verifying PDFs (Vietnamese first; English must have every key, checked by the type). */
export const signingVi = {
  // files and keys that cannot be used
  'signing.notAPdf': 'Tệp này không phải là tệp PDF hợp lệ.',
  'signing.malformedSignature': 'Chữ ký số thứ {index} trong tệp PDF bị hỏng hoặc không đọc được.',
  'signing.unsupportedPdf':
    'Không thể thêm chữ ký số vào tệp PDF này: cấu trúc tệp chưa được hỗ trợ (ví dụ bảng tham chiếu dạng luồng nén).',
  'signing.signatureTooLarge': 'Chữ ký số lớn hơn vùng dành sẵn trong tệp PDF.',
  'signing.p12Invalid': 'Tệp chứng thư số không đúng định dạng PKCS#12 (.p12, .pfx).',
  'signing.p12WrongPassword': 'Mật khẩu của tệp chứng thư số (.p12) không đúng.',
  'signing.p12NoKey': 'Tệp .p12 không chứa khóa bí mật cùng chứng thư số tương ứng.',
  'signing.unsupportedKey':
    'Khóa loại {algorithm} trong tệp .p12 chưa được hỗ trợ để ký trực tiếp; hãy dùng khóa RSA hoặc dịch vụ ký số từ xa.',
  'signing.certificateInvalid': 'Chứng thư số không đọc được.',
  'signing.trustListInvalid': 'Danh sách chứng thư gốc tin cậy không hợp lệ (cần các chứng thư dạng PEM).',
  'signing.devPkiUnknownSubject': 'Chưa có chứng thư số thử nghiệm cho "{key}".',
  'signing.devPkiBadKey': 'Mã chủ thể "{key}" không hợp lệ: chỉ dùng chữ cái, chữ số, dấu chấm, gạch ngang, gạch dưới.',
  // remote signing (CSC API, eSign gateway)
  'signing.remoteUnavailable': 'Không kết nối được dịch vụ ký số từ xa. Vui lòng thử lại sau.',
  'signing.remoteFailed': 'Dịch vụ ký số từ xa từ chối yêu cầu ({reason}).',
  'signing.remoteBadReply': 'Dịch vụ ký số từ xa trả lời không đúng giao thức.',
  // why a signature check failed (one per false flag of a SignatureCheck)
  'signing.problem.notIntact':
    'Nội dung tài liệu đã bị thay đổi sau khi ký: giá trị băm không khớp với chữ ký.',
  'signing.problem.signatureInvalid': 'Giá trị chữ ký không khớp với khóa công khai trong chứng thư số của người ký.',
  'signing.problem.signerCertificateMissing': 'Chữ ký không kèm chứng thư số của người ký nên không kiểm tra được.',
  'signing.problem.signingCertificateMismatch':
    'Thuộc tính "chứng thư dùng để ký" trong chữ ký không khớp với chứng thư số kèm theo.',
  'signing.problem.unsupportedAlgorithm': 'Chữ ký dùng thuật toán chưa được hỗ trợ kiểm tra.',
  'signing.problem.unsupportedSubFilter': 'Kiểu chữ ký này chưa được hỗ trợ kiểm tra.',
  'signing.problem.partialCoverage':
    'Chữ ký không bao trùm toàn bộ tệp: có phần nội dung nằm ngoài vùng được ký.',
  'signing.problem.modifiedAfterSigning':
    'Tệp đã được bổ sung nội dung sau lần ký này (chữ ký khác hoặc chỉnh sửa); phần đã ký vẫn nguyên vẹn, cần xem phần bổ sung.',
  'signing.problem.untrustedChain': 'Chứng thư số không do tổ chức cung cấp dịch vụ chứng thực tin cậy cấp.',
  'signing.problem.certificateNotValidAt': 'Chứng thư số đã hết hạn hoặc chưa có hiệu lực tại thời điểm ký.',
} as const satisfies Record<string, string>;

export const signingEn: Record<keyof typeof signingVi, string> = {
  'signing.notAPdf': 'This file is not a valid PDF.',
  'signing.malformedSignature': 'Signature {index} in the PDF is damaged or unreadable.',
  'signing.unsupportedPdf':
    'A signature cannot be added to this PDF: its file structure is not supported (for example a compressed cross-reference stream).',
  'signing.signatureTooLarge': 'The signature is larger than the space reserved for it in the PDF.',
  'signing.p12Invalid': 'The certificate file is not a valid PKCS#12 file (.p12, .pfx).',
  'signing.p12WrongPassword': 'The password of the certificate file (.p12) is wrong.',
  'signing.p12NoKey': 'The .p12 file does not contain a private key together with its certificate.',
  'signing.unsupportedKey':
    'A {algorithm} key in a .p12 file cannot be used for signing directly; use an RSA key or a remote signing service.',
  'signing.certificateInvalid': 'The certificate cannot be read.',
  'signing.trustListInvalid': 'The list of trusted root certificates is invalid (PEM certificates expected).',
  'signing.devPkiUnknownSubject': 'There is no development certificate for "{key}".',
  'signing.devPkiBadKey': 'Subject key "{key}" is invalid: use letters, digits, dots, hyphens and underscores only.',
  'signing.remoteUnavailable': 'The remote signing service cannot be reached. Please try again later.',
  'signing.remoteFailed': 'The remote signing service refused the request ({reason}).',
  'signing.remoteBadReply': 'The remote signing service answered outside the protocol.',
  'signing.problem.notIntact': 'The document was changed after signing: its hash does not match the signature.',
  'signing.problem.signatureInvalid': "The signature value does not match the public key in the signer's certificate.",
  'signing.problem.signerCertificateMissing': "The signature does not include the signer's certificate, so it cannot be checked.",
  'signing.problem.signingCertificateMismatch':
    'The signing-certificate attribute of the signature does not match the certificate included with it.',
  'signing.problem.unsupportedAlgorithm': 'The signature uses an algorithm that cannot be checked yet.',
  'signing.problem.unsupportedSubFilter': 'This kind of signature cannot be checked yet.',
  'signing.problem.partialCoverage': 'The signature does not cover the whole file: some content lies outside the signed range.',
  'signing.problem.modifiedAfterSigning':
    'Content was added to the file after this signature (another signature or an edit); the signed part is intact, but the additions need checking.',
  'signing.problem.untrustedChain': 'The certificate was not issued by a trusted certification service provider.',
  'signing.problem.certificateNotValidAt': 'The certificate had expired or was not yet valid at the time of signing.',
};
