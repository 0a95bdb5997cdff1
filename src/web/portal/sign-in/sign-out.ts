/** POST /dang-xuat: ends the portal session, then the provider's session (RP-initiated logout) when it offers one. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OidcRelyingParty } from '../../../modules/identity/oidc/index.ts';
import { t } from '../../../platform/i18n/index.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import type { CitizenSessionData } from '../citizen-session.ts';
import { sendPortalPage } from '../portal-page.ts';

/** The answer to a post whose CSRF token is missing or wrong. */
export function sendCsrfRejected(deps: WebDeps, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const title = t(locale, 'web.errorTitle');
  return sendPortalPage(deps, request, reply, { title, body: html`<h1>${title}</h1><p class="lead">${t(locale, 'web.csrfRejected')}</p><p><a href="/">${t(locale, 'web.backHome')}</a></p>`, width: 'narrow' }, 403);
}

export async function signOut(deps: WebDeps, rp: OidcRelyingParty, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  if (!(await deps.sessions.csrfValid(request, 'portal', (request.body as Record<string, unknown> | undefined)?._csrf))) return sendCsrfRejected(deps, request, reply);
  const session = await deps.sessions.read<CitizenSessionData>(request, 'portal');
  await deps.sessions.end(request, reply, 'portal');
  if (!session) return seeOther(reply, '/');
  const providerLogout = await rp.endSessionUrl(session.data.idToken, `${deps.config.publicUrl}/`);
  return seeOther(reply, providerLogout?.toString() ?? '/');
}
