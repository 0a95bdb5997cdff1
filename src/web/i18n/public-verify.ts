/**
 * Page text of the public verification page (/verify): what the QR code on an
 * e-result opens, and the upload of any signed PDF.
 * Vietnamese first; English must have every key (checked by the type). Registered by ./index.ts.
 */
import { defineMessages } from '../../platform/i18n/index.ts';

const vi = {
  'verify.title': 'Xác thực giấy tờ điện tử',
  'verify.resultTitle': 'Xác thực kết quả giải quyết thủ tục hành chính',
  'verify.fileTitle': 'Kết quả kiểm tra tệp {name}',
  'verify.failedTitle': 'Không kiểm tra được',
  'verify.lead': 'Quét mã QR trên kết quả, nhập mã kết quả hoặc tải lên tệp PDF để kiểm tra chữ ký số.',
  'verify.uploadHeading': 'Kiểm tra một tệp PDF có chữ ký số',
  'verify.fileLabel': 'Chọn tệp PDF (tối đa {maxMb} MB)',
  'verify.check': 'Kiểm tra',
  'verify.codeHeading': 'Tra cứu theo mã kết quả',
  'verify.codeLabel': 'Mã kết quả (ví dụ H21.10-260302-0001-KQ1)',
  'verify.lookUp': 'Tra cứu',
  'verify.result': 'Kết quả {code}',
  'verify.status.VALID': 'Còn hiệu lực',
  'verify.status.REPLACED': 'Đã được thay thế',
  'verify.status.REVOKED': 'Đã bị thu hồi',
  'verify.status.PENDING_SIGNATURE': 'Đang chờ ký số',
  'verify.status.PAPER_ONLY': 'Kết quả bản giấy',
  'verify.documentTitle': 'Tên giấy tờ',
  'verify.issuer': 'Cơ quan cấp',
  'verify.issuedAt': 'Ngày cấp',
  'verify.holder': 'Người được cấp',
  'verify.replacedBy': 'Thay thế bởi',
  'verify.replaces': 'Thay thế cho',
  'verify.signature': 'Chữ ký {n}',
  'verify.signatureValid': 'Chữ ký số hợp lệ.',
  'verify.signatureInvalid': 'Chữ ký số KHÔNG hợp lệ.',
  'verify.signer': 'Người ký',
  'verify.signedAt': 'Thời điểm ký',
  'verify.signedAtUnknown': 'không rõ',
  'verify.content': 'Nội dung sau khi ký',
  'verify.intact': 'Không bị thay đổi',
  'verify.changed': 'ĐÃ BỊ THAY ĐỔI',
  'verify.appended': '(có nội dung được thêm sau khi ký)',
  'verify.certificate': 'Chứng thư số',
  'verify.trusted': 'Do tổ chức tin cậy cấp',
  'verify.untrusted': 'KHÔNG thuộc danh sách tin cậy',
  'verify.noSignature': 'Tệp này không có chữ ký số.',
} as const satisfies Record<string, string>;

const en: Record<keyof typeof vi, string> = {
  'verify.title': 'Verify an electronic document',
  'verify.resultTitle': 'Verify the result of an administrative procedure',
  'verify.fileTitle': 'Check of the file {name}',
  'verify.failedTitle': 'Could not check',
  'verify.lead': 'Scan the QR code on the result, enter the result code or upload a PDF file to check its digital signatures.',
  'verify.uploadHeading': 'Check a digitally signed PDF file',
  'verify.fileLabel': 'Choose a PDF file (at most {maxMb} MB)',
  'verify.check': 'Check',
  'verify.codeHeading': 'Look up by result code',
  'verify.codeLabel': 'Result code (for example H21.10-260302-0001-KQ1)',
  'verify.lookUp': 'Look up',
  'verify.result': 'Result {code}',
  'verify.status.VALID': 'Valid',
  'verify.status.REPLACED': 'Replaced',
  'verify.status.REVOKED': 'Revoked',
  'verify.status.PENDING_SIGNATURE': 'Awaiting its digital signature',
  'verify.status.PAPER_ONLY': 'Issued on paper',
  'verify.documentTitle': 'Document',
  'verify.issuer': 'Issued by',
  'verify.issuedAt': 'Issued on',
  'verify.holder': 'Issued to',
  'verify.replacedBy': 'Replaced by',
  'verify.replaces': 'Replaces',
  'verify.signature': 'Signature {n}',
  'verify.signatureValid': 'The digital signature is valid.',
  'verify.signatureInvalid': 'The digital signature is NOT valid.',
  'verify.signer': 'Signed by',
  'verify.signedAt': 'Signed at',
  'verify.signedAtUnknown': 'unknown',
  'verify.content': 'Content after signing',
  'verify.intact': 'Unchanged',
  'verify.changed': 'CHANGED',
  'verify.appended': '(content was added after signing)',
  'verify.certificate': 'Certificate',
  'verify.trusted': 'Issued by a trusted authority',
  'verify.untrusted': 'NOT on the trust list',
  'verify.noSignature': 'This file has no digital signature.',
};

defineMessages('publicVerify', vi, en);

// Makes these keys known to `t` and `MessageKey` everywhere, so an unknown key stays a type error.
declare module '../../platform/i18n/index.ts' {
  interface Catalogues {
    publicVerify: typeof vi;
  }
}
