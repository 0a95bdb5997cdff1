/**
 * Message catalogues: Vietnamese first, English second. Every user-facing
 * string goes through `t`, so a missing English text is a type error.
 */
import { vi } from './vi.ts';
import { en } from './en.ts';

export type Locale = 'vi' | 'en';
export type MessageKey = keyof typeof vi;

const catalogues: Record<Locale, Record<MessageKey, string>> = { vi, en };

export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const own = (c: Record<string, string>): string | undefined => (Object.hasOwn(c, key) ? c[key] : undefined);
  const template = own(catalogues[locale]) ?? own(vi) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the language from an Accept-Language header: English only when asked for first. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'vi';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}
