/**
 * Content-Disposition for a download (RFC 6266), with the name twice: an ASCII
 * fallback for old clients — Vietnamese diacritics removed, "đ" → "d" — and the
 * exact UTF-8 name in `filename*` (RFC 5987), which every current browser uses.
 */
import { sanitiseFileName } from './sanitise-file-name.ts';

export function contentDisposition(fileName: string, inline = false): string {
  const name = sanitiseFileName(fileName);
  return `${inline ? 'inline' : 'attachment'}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

export function asciiFallback(name: string): string {
  return name
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    // Quotes and backslashes would need escaping that some clients get wrong; `%` is decoded by some.
    .replace(/["\\%]|[^\x20-\x7e]/g, '_');
}

/** encodeURIComponent leaves ' ( ) * as they are, but RFC 5987's attr-char does not allow them. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
