/**
 * Sending pages: HTML with the headers every page needs (a strict content
 * security policy — no inline script anywhere — and no caching of personal
 * pages), the page language, and error pages in the same shell.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { describeError } from '../platform/http/error-handler.ts';
import { renderIssue } from '../platform/http/validation-issues.ts';
import { t, type Locale } from '../platform/i18n/index.ts';
import { html } from './html.ts';
import { renderPage, type PageShell } from './layout/page.ts';

const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** The page language: Vietnamese unless the person chose English (cookie set by /ngon-ngu/en). */
export function pageLocale(request: FastifyRequest): Locale {
  return request.cookies?.mc_lang === 'en' ? 'en' : 'vi';
}

export function sendPage(reply: FastifyReply, shell: PageShell, status = 200): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', CSP)
    .header('cache-control', 'no-store')
    .header('content-language', shell.locale ?? 'vi')
    .send(renderPage(shell));
}

/** Redirect after a successful post (303, so a reload never posts twice). */
export function seeOther(reply: FastifyReply, location: string): FastifyReply {
  return reply.code(303).header('location', location).send();
}

function areaOf(request: FastifyRequest): PageShell['area'] {
  return request.url.startsWith('/can-bo') ? 'backoffice' : 'portal';
}

/** Error pages: the same mapping as the API (4xx with a plain message, 500 with only a request id), as HTML. */
export function htmlErrorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const locale = pageLocale(request);
  const e = describeError(error, request);
  const issues = e.issues.map((i) => renderIssue(locale, i));
  const title = t(locale, e.status === 404 ? 'web.notFoundTitle' : e.status >= 500 ? 'web.serverErrorTitle' : 'web.errorTitle');
  const body = html`<h1>${title}</h1><p class="lead">${t(locale, e.key, e.params)}</p>
${issues.length > 0 ? html`<ul>${issues.map((i) => html`<li>${i.message}</li>`)}</ul>` : ''}
<p class="muted">${t(locale, 'web.requestId', { id: request.id })}</p>
<p><a href="${areaOf(request) === 'backoffice' ? '/can-bo' : '/'}">${t(locale, 'web.backHome')}</a></p>`;
  return sendPage(reply, { title, area: areaOf(request), locale, body, width: 'narrow' }, e.status);
}

export function htmlNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const locale = pageLocale(request);
  const title = t(locale, 'web.notFoundTitle');
  const body = html`<h1>${title}</h1><p class="lead">${t(locale, 'web.notFoundText')}</p><p><a href="${areaOf(request) === 'backoffice' ? '/can-bo' : '/'}">${t(locale, 'web.backHome')}</a></p>`;
  return sendPage(reply, { title, area: areaOf(request), locale, body, width: 'narrow' }, 404);
}
