/**
 * The procedure search box, on the home page and above the results. A plain
 * GET form; enhance.js adds suggestions from /goi-y into the datalist.
 */
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { html, type Html } from '../../html.ts';

/** `more` goes inside the same form after the box (the filters on the results page). */
export function searchForm(locale: Locale, q: string, more: Html = html``): Html {
  return html`<form method="get" action="/thu-tuc" role="search">
<div class="field"><label for="f-q">${t(locale, 'portalCatalogue.search.label')}</label>
<span class="hint" id="f-q-hint">${t(locale, 'portalCatalogue.search.hint')}</span>
<div class="search-box"><input id="f-q" name="q" type="search" value="${q}" maxlength="200" autocomplete="off" aria-describedby="f-q-hint" data-suggest="/goi-y" list="goi-y-list">
<datalist id="goi-y-list"></datalist>
<button type="submit">${t(locale, 'portalCatalogue.search.button')}</button></div></div>${more}</form>`;
}
