/**
 * Page text of the portal sign-in pages.
 * Vietnamese first; English must have every key (checked by the type). Registered by ./index.ts.
 */
import { defineMessages } from '../../platform/i18n/index.ts';

const vi = {
  'portalSignIn.title': 'Đăng nhập',
  'portalSignIn.lead': 'Công dân và doanh nghiệp đăng nhập Cổng dịch vụ công bằng tài khoản định danh điện tử VNeID để nộp hồ sơ trực tuyến, theo dõi và nhận kết quả.',
  'portalSignIn.aboutHeading': 'Tài khoản định danh điện tử là gì?',
  'portalSignIn.about': 'VNeID là ứng dụng định danh và xác thực điện tử của Bộ Công an. Bạn cần tài khoản định danh điện tử mức độ 2 (đã kích hoạt bằng thẻ căn cước gắn chip). Cổng dịch vụ công không lưu mật khẩu của bạn.',
  'portalSignIn.organisations': 'Người đại diện theo pháp luật hoặc người được ủy quyền của doanh nghiệp, tổ chức đăng nhập bằng tài khoản cá nhân của mình, sau đó chọn tổ chức mình đại diện.',
  'portalSignIn.button': 'Đăng nhập bằng tài khoản định danh điện tử VNeID',
  'portalSignIn.already': 'Bạn đang đăng nhập với tên {name}.',
  'portalSignIn.continue': 'Tiếp tục',
  'portalSignIn.failedTitle': 'Không đăng nhập được',
  'portalSignIn.failed.unavailable': 'Hệ thống định danh điện tử VNeID tạm thời không kết nối được. Vui lòng thử lại sau ít phút.',
  'portalSignIn.failed.providerError': 'VNeID không xác nhận việc đăng nhập (có thể bạn đã hủy đăng nhập).',
  'portalSignIn.failed.state': 'Lượt đăng nhập này đã hết hạn hoặc không hợp lệ (có thể bạn đã bấm quay lại hoặc mở lại một liên kết cũ).',
  'portalSignIn.failed.rejected': 'Không xác minh được kết quả đăng nhập nhận từ VNeID.',
  'portalSignIn.failed.level': 'Tài khoản cần được định danh điện tử mức độ 2 để sử dụng Cổng dịch vụ công.',
  'portalSignIn.failed.personalId': 'Số định danh cá nhân nhận từ VNeID không hợp lệ.',
  'portalSignIn.failed.malformed': 'Thông tin nhận từ VNeID không đầy đủ.',
  'portalSignIn.tryAgain': 'Đăng nhập lại',
  'portalSignIn.actingFor.title': 'Bạn thực hiện thủ tục với tư cách nào?',
  'portalSignIn.actingFor.hint': 'Hồ sơ bạn nộp sẽ đứng tên cá nhân hoặc tổ chức bạn chọn. Bạn có thể đổi lại bất cứ lúc nào tại trang này.',
  'portalSignIn.actingFor.self': 'Cá nhân tôi – {name}',
  'portalSignIn.actingFor.selfHint': 'Số định danh cá nhân {id}',
  'portalSignIn.actingFor.orgHint': 'Mã số thuế {taxCode} – {role}',
  'portalSignIn.actingFor.LEGAL_REPRESENTATIVE': 'người đại diện theo pháp luật',
  'portalSignIn.actingFor.AUTHORISED': 'người được ủy quyền',
  'portalSignIn.actingFor.required': 'Chọn thực hiện cho cá nhân bạn hoặc cho một tổ chức',
  'portalSignIn.actingFor.none': 'Tài khoản của bạn không đại diện cho tổ chức nào, nên bạn thực hiện thủ tục với tư cách cá nhân.',
  'portalSignIn.actingFor.submit': 'Tiếp tục',
} as const satisfies Record<string, string>;

const en: Record<keyof typeof vi, string> = {
  'portalSignIn.title': 'Sign in',
  'portalSignIn.lead': 'Citizens and businesses sign in to the public service portal with their VNeID electronic identity to apply online, follow their applications and receive the results.',
  'portalSignIn.aboutHeading': 'What is an electronic identity?',
  'portalSignIn.about': 'VNeID is the electronic identification app of the Ministry of Public Security. You need a level-2 electronic identity (activated with the chip-based identity card). The portal never stores your password.',
  'portalSignIn.organisations': 'Legal representatives and authorised persons of businesses and organisations sign in with their own account, then choose the organisation they act for.',
  'portalSignIn.button': 'Sign in with your VNeID electronic identity',
  'portalSignIn.already': 'You are signed in as {name}.',
  'portalSignIn.continue': 'Continue',
  'portalSignIn.failedTitle': 'Could not sign you in',
  'portalSignIn.failed.unavailable': 'The VNeID identity service cannot be reached at the moment. Please try again in a few minutes.',
  'portalSignIn.failed.providerError': 'VNeID did not confirm the sign-in (perhaps you cancelled it).',
  'portalSignIn.failed.state': 'This sign-in attempt has expired or is not valid (perhaps you went back or opened an old link).',
  'portalSignIn.failed.rejected': 'The sign-in result received from VNeID could not be verified.',
  'portalSignIn.failed.level': 'A level-2 electronic identity is needed to use the public service portal.',
  'portalSignIn.failed.personalId': 'The personal identification number received from VNeID is not valid.',
  'portalSignIn.failed.malformed': 'The information received from VNeID is incomplete.',
  'portalSignIn.tryAgain': 'Sign in again',
  'portalSignIn.actingFor.title': 'Who are you acting for?',
  'portalSignIn.actingFor.hint': 'Applications you submit will be in the name of the person or organisation you choose. You can change this at any time on this page.',
  'portalSignIn.actingFor.self': 'Myself – {name}',
  'portalSignIn.actingFor.selfHint': 'Personal identification number {id}',
  'portalSignIn.actingFor.orgHint': 'Tax code {taxCode} – {role}',
  'portalSignIn.actingFor.LEGAL_REPRESENTATIVE': 'legal representative',
  'portalSignIn.actingFor.AUTHORISED': 'authorised person',
  'portalSignIn.actingFor.required': 'Choose whether you act for yourself or for an organisation',
  'portalSignIn.actingFor.none': 'Your account does not represent any organisation, so you act for yourself.',
  'portalSignIn.actingFor.submit': 'Continue',
};

defineMessages('portalSignIn', vi, en);

// Makes these keys known to `t` and `MessageKey` everywhere, so an unknown key stays a type error.
declare module '../../platform/i18n/index.ts' {
  interface Catalogues {
    portalSignIn: typeof vi;
  }
}
