/** The page of a sign-in that could not complete: a plain reason and a way to start again (never a 500). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { sendPortalPage } from '../portal-page.ts';

export type FailureKind = 'unavailable' | 'provider-error' | 'state' | 'rejected' | 'level' | 'personal-id' | 'malformed';

const messages: Record<FailureKind, MessageKey> = {
  unavailable: 'portalSignIn.failed.unavailable',
  'provider-error': 'portalSignIn.failed.providerError',
  state: 'portalSignIn.failed.state',
  rejected: 'portalSignIn.failed.rejected',
  level: 'portalSignIn.failed.level',
  'personal-id': 'portalSignIn.failed.personalId',
  malformed: 'portalSignIn.failed.malformed',
};

export function sendSignInFailed(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, kind: FailureKind, next: string): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const title = t(locale, 'portalSignIn.failedTitle');
  const body = html`<h1>${title}</h1>
<p class="lead">${t(locale, messages[kind])}</p>
<p><a class="button" href="/dang-nhap/vneid?next=${encodeURIComponent(next)}">${t(locale, 'portalSignIn.tryAgain')}</a></p>
<p><a href="/">${t(locale, 'web.backHome')}</a></p>`;
  return sendPortalPage(deps, request, reply, { title, body, width: 'narrow' }, kind === 'unavailable' ? 503 : 400);
}
