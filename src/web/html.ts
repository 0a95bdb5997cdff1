/**
 * Server-side HTML as tagged templates. Every interpolated value is escaped
 * unless it is already `Html` (made by this tag or `raw`), so a page cannot
 * print a citizen's input as markup by accident. Arrays are joined; null,
 * undefined, false and true print nothing, so `cond && html\`…\`` reads well.
 * ADR 0012 explains why this and not a JSX renderer.
 */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type HtmlPart = Html | string | number | bigint | boolean | null | undefined | readonly HtmlPart[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c]!);
}

function renderPart(part: HtmlPart): string {
  if (part === null || part === undefined || typeof part === 'boolean') return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return (part as readonly HtmlPart[]).map(renderPart).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += renderPart(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Trusted markup only (our own constants, already-rendered SVG). Never pass user input. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** Joins parts into one Html, escaping plain strings. */
export function join(parts: readonly HtmlPart[], separator: HtmlPart = ''): Html {
  const sep = renderPart(separator);
  return new Html(parts.map(renderPart).join(sep));
}

/** A space-separated class attribute value from conditional names. */
export function classes(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
