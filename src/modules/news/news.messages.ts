/**
 * Messages of the news module: news articles.
 * Vietnamese first; English must have every key (checked by the type). Registered by ./index.ts, so the keys are known wherever the module is loaded.
 */
import { defineMessages } from '../../platform/i18n/index.ts';

const vi = {
  'validation.articleSlug': 'Địa chỉ bài viết chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ huong-dan-nop-ho-so).',
  'validation.articleSlugTaken': 'Đã có bài viết dùng địa chỉ “{slug}”. Hãy chọn địa chỉ khác.',
  'newsAdmin.staleEdit': 'Bài viết vừa được thay đổi ở nơi khác. Hãy tải lại trang để xem bản mới nhất rồi sửa lại.',
} as const satisfies Record<string, string>;

const en: Record<keyof typeof vi, string> = {
  'validation.articleSlug': 'The address may only have lower-case letters without accents, digits and hyphens (e.g. how-to-submit).',
  'validation.articleSlugTaken': 'An article already uses the address “{slug}”. Choose another one.',
  'newsAdmin.staleEdit': 'The article was just changed elsewhere. Reload the page to see the latest version, then edit again.',
};

defineMessages('news', vi, en);

// Makes these keys known to `t` and `MessageKey` everywhere, so an unknown key stays a type error.
declare module '../../platform/i18n/index.ts' {
  interface Catalogues {
    news: typeof vi;
  }
}
