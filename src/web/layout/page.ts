/**
 * The page shell shared by the portal and the back office: skip link, header
 * with the service name, navigation and the signed-in person, breadcrumbs,
 * main content and footer. Everything a page adds goes into `body`.
 */
import { html, type Html, type HtmlPart } from '../html.ts';
import { t, type Locale } from '../../platform/i18n/index.ts';
import { assetUrl } from '../assets.ts';

export interface NavItem {
  href: string;
  label: string;
  current?: boolean;
  /** A number shown beside the label (items waiting in a queue). */
  count?: number;
}

export interface Crumb {
  href: string;
  label: string;
}

export interface PageShell {
  title: string;
  area: 'portal' | 'backoffice';
  locale?: Locale;
  nav?: NavItem[];
  /** The signed-in person, shown with a sign-out button posting to `signOut.action`. */
  user?: { name: string; detail?: string };
  signOut?: { action: string; csrf: string };
  breadcrumbs?: Crumb[];
  notice?: { kind: 'success' | 'info' | 'warning' | 'error'; text: HtmlPart };
  /** Narrow column for forms (GOV.UK's two-thirds); wide for tables. */
  width?: 'narrow' | 'wide';
  body: Html;
  /** The search result's summary (issue 21); the title and the service's name when left out. */
  description?: string;
  /** The page's one address, absolute (public portal pages): query strings and mirrors do not split its ranking. */
  canonical?: string;
}

const serviceName: Record<PageShell['area'], { key: 'web.service.portal' | 'web.service.backoffice'; home: string }> = {
  portal: { key: 'web.service.portal', home: '/' },
  backoffice: { key: 'web.service.backoffice', home: '/can-bo' },
};

export function renderPage(p: PageShell): string {
  const locale = p.locale ?? 'vi';
  const service = serviceName[p.area];
  const name = t(locale, service.key);
  const page = html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} – ${name}</title>
<meta name="description" content="${p.description ?? `${p.title} – ${name}`}">
${p.canonical ? html`<link rel="canonical" href="${p.canonical}">` : ''}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetUrl('site.css')}">
<script src="${assetUrl('enhance.js')}" defer></script>
</head>
<body>
<a class="skip" href="#main">${t(locale, 'web.skipToContent')}</a>
<header class="site-header">
<div class="bar">
<a class="brand" href="${service.home}">${name}<small>${t(locale, 'web.tagline')}</small></a>
${p.user ? userBlock(locale, p.user, p.signOut) : ''}
</div>
${p.nav && p.nav.length > 0 ? navBlock(locale, p.nav) : ''}
</header>
<div class="wrap${p.width === 'narrow' ? ' narrow' : ''}">
${p.breadcrumbs && p.breadcrumbs.length > 0 ? crumbs(locale, p.breadcrumbs) : ''}
<main id="main" tabindex="-1">
${p.notice ? html`<div class="notice ${p.notice.kind}" role="${p.notice.kind === 'error' ? 'alert' : 'status'}">${p.notice.text}</div>` : ''}
${p.body}
</main>
</div>
<footer class="site-footer"><div class="wrap">${t(locale, 'web.footer')}</div></footer>
</body>
</html>`;
  return page.value;
}

function userBlock(locale: Locale, user: NonNullable<PageShell['user']>, signOut: PageShell['signOut']): Html {
  return html`<div class="user"><span>${user.name}${user.detail ? html` <span class="visually-hidden">–</span><small>(${user.detail})</small>` : ''}</span>
${signOut ? html`<form method="post" action="${signOut.action}"><input type="hidden" name="_csrf" value="${signOut.csrf}"><button type="submit">${t(locale, 'web.signOut')}</button></form>` : ''}</div>`;
}

function navBlock(locale: Locale, items: NavItem[]): Html {
  return html`<nav class="site-nav wrap" aria-label="${t(locale, 'web.mainNav')}"><ul>${items.map(
    (i) => html`<li><a href="${i.href}"${i.current ? html` aria-current="page"` : ''}>${i.label}${i.count !== undefined ? html` <span class="count">${i.count}</span>` : ''}</a></li>`,
  )}</ul></nav>`;
}

function crumbs(locale: Locale, items: Crumb[]): Html {
  return html`<nav class="breadcrumbs" aria-label="${t(locale, 'web.breadcrumbs')}"><ol>${items.map((c) => html`<li><a href="${c.href}">${c.label}</a></li>`)}</ol></nav>`;
}
