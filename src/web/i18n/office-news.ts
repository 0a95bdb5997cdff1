/**
 * Page text of the back-office news editor.
 * Vietnamese first; English must have every key (checked by the type). Registered by ./index.ts.
 */
import { defineMessages } from '../../platform/i18n/index.ts';

const vi = {
  'newsAdmin.title': 'Hướng dẫn và tin tức',
  'newsAdmin.lead': 'Bài viết đăng trên Cổng dịch vụ công. Bài mới là bản nháp cho đến khi bấm “Đăng lên Cổng”.',
  'newsAdmin.new': 'Viết bài mới',
  'newsAdmin.edit': 'Sửa bài viết',
  'newsAdmin.empty': 'Chưa có bài viết nào.',
  'newsAdmin.col.title': 'Tiêu đề',
  'newsAdmin.col.kind': 'Loại',
  'newsAdmin.col.status': 'Trạng thái',
  'newsAdmin.col.updated': 'Cập nhật',
  'newsAdmin.col.actions': 'Thao tác',
  'newsAdmin.status.published': 'Đã đăng',
  'newsAdmin.status.draft': 'Bản nháp',
  'newsAdmin.publish': 'Đăng lên Cổng',
  'newsAdmin.unpublish': 'Gỡ xuống',
  'newsAdmin.view': 'Xem trên Cổng',
  'newsAdmin.field.kind': 'Loại bài',
  'newsAdmin.field.title': 'Tiêu đề',
  'newsAdmin.field.slug': 'Địa chỉ bài viết (không bắt buộc)',
  'newsAdmin.field.slugHint': 'Chữ thường không dấu và dấu gạch ngang. Để trống để tạo từ tiêu đề.',
  'newsAdmin.field.summary': 'Tóm tắt',
  'newsAdmin.field.summaryHint': 'Một hoặc hai câu, hiện trong danh sách bài viết.',
  'newsAdmin.field.body': 'Nội dung',
  'newsAdmin.field.bodyHint': 'Chữ thường, không dùng HTML. Cách một dòng trống giữa các đoạn; dòng bắt đầu bằng “- ” là một mục danh sách.',
  'newsAdmin.field.procedure': 'Mã thủ tục liên quan (không bắt buộc)',
  'newsAdmin.field.procedureHint': 'Ví dụ 1.001193',
  'newsAdmin.save': 'Lưu bài viết',
  'newsAdmin.saved': 'Đã lưu bài viết.',
  'newsAdmin.published': 'Đã đăng bài viết lên Cổng.',
  'newsAdmin.unpublished': 'Đã gỡ bài viết khỏi Cổng.',
  'newsAdmin.back': 'Về danh sách bài viết',
} as const satisfies Record<string, string>;

const en: Record<keyof typeof vi, string> = {
  'newsAdmin.title': 'Guides and news',
  'newsAdmin.lead': 'Articles shown on the public portal. A new article is a draft until you press “Publish”.',
  'newsAdmin.new': 'Write an article',
  'newsAdmin.edit': 'Edit article',
  'newsAdmin.empty': 'No articles yet.',
  'newsAdmin.col.title': 'Title',
  'newsAdmin.col.kind': 'Kind',
  'newsAdmin.col.status': 'Status',
  'newsAdmin.col.updated': 'Updated',
  'newsAdmin.col.actions': 'Actions',
  'newsAdmin.status.published': 'Published',
  'newsAdmin.status.draft': 'Draft',
  'newsAdmin.publish': 'Publish',
  'newsAdmin.unpublish': 'Unpublish',
  'newsAdmin.view': 'View on the portal',
  'newsAdmin.field.kind': 'Kind',
  'newsAdmin.field.title': 'Title',
  'newsAdmin.field.slug': 'Address (optional)',
  'newsAdmin.field.slugHint': 'Lower-case letters without accents and hyphens. Leave empty to make it from the title.',
  'newsAdmin.field.summary': 'Summary',
  'newsAdmin.field.summaryHint': 'One or two sentences, shown in the list.',
  'newsAdmin.field.body': 'Text',
  'newsAdmin.field.bodyHint': 'Plain text, no HTML. A blank line between paragraphs; a line starting with “- ” is a list item.',
  'newsAdmin.field.procedure': 'Related procedure code (optional)',
  'newsAdmin.field.procedureHint': 'For example 1.001193',
  'newsAdmin.save': 'Save article',
  'newsAdmin.saved': 'Article saved.',
  'newsAdmin.published': 'Article published on the portal.',
  'newsAdmin.unpublished': 'Article taken off the portal.',
  'newsAdmin.back': 'Back to the articles',
};

defineMessages('officeNews', vi, en);

// Makes these keys known to `t` and `MessageKey` everywhere, so an unknown key stays a type error.
declare module '../../platform/i18n/index.ts' {
  interface Catalogues {
    officeNews: typeof vi;
  }
}
