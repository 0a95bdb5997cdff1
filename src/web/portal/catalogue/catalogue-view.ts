/** Pieces shared by the catalogue pages: labels, the online-level tag, result lists, paging, money and dates. */
import { t, type Locale, type MessageKey } from '../../../platform/i18n/index.ts';
import { vnDate } from '../../../platform/pdf/vn-dates.ts';
import { html, type Html } from '../../html.ts';

type Level = 'FULL' | 'PARTIAL' | 'NONE';

/** The label of a key family ('portalCatalogue.online.', 'FULL'); an unknown value prints as itself. */
export function label(locale: Locale, prefix: string, value: string): string {
  const key = `${prefix}${value}` as MessageKey;
  const text = t(locale, key);
  return text === key ? value : text;
}

/** The online level as a tag: its words carry the meaning, the colour only repeats it. */
export function onlineTag(locale: Locale, level: string): Html {
  const tone: Record<Level, string> = { FULL: 'ok', PARTIAL: 'warn', NONE: 'grey' };
  return html`<span class="tag ${tone[level as Level] ?? 'grey'}">${label(locale, 'portalCatalogue.online.', level)}</span>`;
}

export interface ProcedureItem {
  code: string;
  name: string;
  onlineLevel: string;
  fieldName?: string | undefined;
}

export function procedureList(locale: Locale, items: ProcedureItem[]): Html {
  return html`<ul class="results">${items.map(
    (p) => html`<li><a href="/thu-tuc/${encodeURIComponent(p.code)}">${p.name}</a>
<p class="meta">${onlineTag(locale, p.onlineLevel)} <span>${t(locale, 'portalCatalogue.proc.code')}: ${p.code}</span>${p.fieldName ? html` · <span>${p.fieldName}</span>` : ''}</p></li>`,
  )}</ul>`;
}

/** Previous / next links that keep the query (GET forms, so the back button and bookmarks work). */
export function pagination(locale: Locale, base: string, params: URLSearchParams, page: number, pages: number): Html {
  if (pages <= 1) return html``;
  const at = (n: number): string => {
    const p = new URLSearchParams(params);
    if (n > 1) p.set('trang', String(n));
    else p.delete('trang');
    const qs = p.toString();
    return qs ? `${base}?${qs}` : base;
  };
  return html`<nav aria-label="${t(locale, 'portalCatalogue.page.nav')}"><ul class="pagination">
${page > 1 ? html`<li><a href="${at(page - 1)}" rel="prev">${t(locale, 'portalCatalogue.page.previous')}</a></li>` : ''}
<li>${t(locale, 'portalCatalogue.page.of', { page, pages })}</li>
${page < pages ? html`<li><a href="${at(page + 1)}" rel="next">${t(locale, 'portalCatalogue.page.next')}</a></li>` : ''}
</ul></nav>`;
}

export { money } from '../../components/money.ts';

export function dateText(at: Date | string | null | undefined): string | undefined {
  if (!at) return undefined;
  return vnDate(typeof at === 'string' ? new Date(at) : at);
}
