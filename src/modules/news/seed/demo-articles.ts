/**
 * Demo guides and news for the portal: what the province's plans ask officers
 * to explain and promote (VNeID level-2 accounts, submitting online, following
 * a dossier, the online-service drive). Published as of the merged province.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { findArticleBySlug, insertArticle } from '../news.repo.ts';

interface DemoArticle {
  id: string;
  slug: string;
  kind: 'GUIDE' | 'NEWS';
  title: string;
  summary: string;
  body: string;
  procedureCode?: string;
  publishedAt: string;
}

export const demoArticles: DemoArticle[] = [
  {
    id: '6e2a1c10-0000-4000-8000-000000000001',
    slug: 'tai-khoan-vneid-muc-do-2',
    kind: 'GUIDE',
    title: 'Cách có tài khoản định danh điện tử VNeID mức độ 2',
    summary: 'Từ ngày 01/07/2024, người dân đăng nhập dịch vụ công trực tuyến bằng tài khoản VNeID mức độ 2. Đăng ký một lần tại Công an xã, phường.',
    body: `Tài khoản định danh điện tử mức độ 2 do Bộ Công an cấp, dùng để đăng nhập Cổng dịch vụ công và các dịch vụ trực tuyến khác.

Bạn cần mang theo:
- Thẻ căn cước hoặc căn cước công dân gắn chip còn hiệu lực;
- Điện thoại có số thuê bao chính chủ.

Đến Công an xã, phường nơi thuận tiện nhất để được thu nhận ảnh chân dung và vân tay. Sau khi được phê duyệt, bạn nhận tin nhắn kích hoạt và đăng nhập ứng dụng VNeID.

Nếu cần hỗ trợ, Tổ công nghệ số cộng đồng ở thôn, tổ dân phố sẽ hướng dẫn bạn cài đặt và sử dụng ứng dụng.`,
    publishedAt: '2025-07-02T08:00:00+07:00',
  },
  {
    id: '6e2a1c10-0000-4000-8000-000000000002',
    slug: 'nop-ho-so-truc-tuyen',
    kind: 'GUIDE',
    title: 'Hướng dẫn nộp hồ sơ trực tuyến',
    summary: 'Tìm thủ tục, đăng nhập bằng VNeID, điền tờ khai, tải giấy tờ và nhận mã hồ sơ — không cần đến cơ quan nhà nước.',
    body: `Các bước nộp hồ sơ trực tuyến:
- Tìm thủ tục bằng ô tìm kiếm trên trang chủ (gõ không dấu cũng được);
- Đọc kỹ thành phần hồ sơ, lệ phí và thời hạn giải quyết;
- Bấm "Nộp hồ sơ trực tuyến" và đăng nhập bằng tài khoản VNeID mức độ 2;
- Điền tờ khai: nhiều thông tin đã được điền sẵn từ tài khoản của bạn;
- Tải lên giấy tờ hoặc chọn giấy tờ đã có trong kho dữ liệu;
- Kiểm tra lại và gửi hồ sơ.

Sau khi gửi, bạn nhận mã hồ sơ. Cán bộ Bộ phận Một cửa kiểm tra hồ sơ trực tuyến trong 08 giờ làm việc và báo cho bạn kết quả tiếp nhận.`,
    publishedAt: '2025-07-03T08:00:00+07:00',
  },
  {
    id: '6e2a1c10-0000-4000-8000-000000000003',
    slug: 'tra-cuu-ho-so',
    kind: 'GUIDE',
    title: 'Tra cứu tình trạng hồ sơ bằng mã hồ sơ hoặc mã QR',
    summary: 'Mọi giấy tiếp nhận đều có mã hồ sơ và mã QR. Bạn có thể xem hồ sơ đang ở bước nào mà không cần đăng nhập.',
    body: `Mã hồ sơ được in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, ví dụ H21.02-260302-0001.

Có hai cách tra cứu:
- Vào mục "Tra cứu hồ sơ" trên Cổng dịch vụ công và nhập mã hồ sơ;
- Quét mã QR ở góc trên bên trái của giấy tiếp nhận bằng camera điện thoại.

Trang tra cứu chỉ hiện tình trạng, ngày tiếp nhận, ngày hẹn trả và cơ quan giải quyết; họ tên được che bớt để bảo vệ thông tin cá nhân.`,
    publishedAt: '2025-07-04T08:00:00+07:00',
  },
  {
    id: '6e2a1c10-0000-4000-8000-000000000004',
    slug: 'day-manh-dich-vu-cong-truc-tuyen',
    kind: 'NEWS',
    title: 'Gia Lai đẩy mạnh dịch vụ công trực tuyến toàn trình',
    summary: 'Tỉnh đặt mục tiêu 80% hồ sơ của thủ tục có dịch vụ trực tuyến được xử lý toàn trình trong năm 2025 và 100% kết quả được số hóa.',
    body: `Theo Kế hoạch hành động nâng cao chất lượng dịch vụ công trực tuyến của UBND tỉnh, năm 2025 tỉnh phấn đấu:
- Ít nhất 80% hồ sơ của thủ tục có dịch vụ công trực tuyến được xử lý hoàn toàn trực tuyến;
- 100% hồ sơ và kết quả giải quyết được số hóa;
- Mức độ hài lòng của người dân đạt trên 90%.

Người dân không phải nộp lại giấy tờ đã được cơ quan nhà nước tiếp nhận hoặc đã có trong kho dữ liệu điện tử của mình.`,
    publishedAt: '2025-07-05T08:00:00+07:00',
  },
];

export async function seedDemoArticleRows(tx: Executor): Promise<void> {
  for (const a of demoArticles) {
    if (await findArticleBySlug(tx, a.slug)) continue;
    const at = new Date(a.publishedAt);
    await insertArticle(tx, {
      id: a.id,
      slug: a.slug,
      kind: a.kind,
      title: a.title,
      summary: a.summary,
      body: a.body,
      procedureCode: a.procedureCode ?? null,
      publishedAt: at,
      createdBy: 'seed',
      createdAt: at,
      updatedBy: 'seed',
      updatedAt: at,
    });
  }
}
