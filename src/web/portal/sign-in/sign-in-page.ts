/** GET /dang-nhap: what VNeID is, and the one way in. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { t } from '../../../platform/i18n/index.ts';
import { html } from '../../html.ts';
import { safeNext } from '../../safe-next.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { currentCitizen } from '../citizen-session.ts';
import { sendPortalPage } from '../portal-page.ts';

export async function showSignIn(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, nextParam: string | undefined): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const next = safeNext(nextParam, '/ho-so-cua-toi');
  const citizen = await currentCitizen(deps, request);
  const title = t(locale, 'portalSignIn.title');
  const body = html`<h1>${title}</h1>
${citizen ? html`<div class="panel"><p>${t(locale, 'portalSignIn.already', { name: citizen.data.fullName })}</p><p><a class="button" href="${next}">${t(locale, 'portalSignIn.continue')}</a></p></div>` : ''}
<p class="lead">${t(locale, 'portalSignIn.lead')}</p>
<p><a class="button" href="/dang-nhap/vneid?next=${encodeURIComponent(next)}">${t(locale, 'portalSignIn.button')}</a></p>
<h2>${t(locale, 'portalSignIn.aboutHeading')}</h2>
<p>${t(locale, 'portalSignIn.about')}</p>
<p>${t(locale, 'portalSignIn.organisations')}</p>`;
  return sendPortalPage(deps, request, reply, { title, body, width: 'narrow' }, 200, citizen);
}
