/**
 * Portal sign-in through OpenID Connect (VNeID level 2, or the simulator
 * outside production): the sign-in page, the code flow, sign-out, and the
 * choice of whom the person acts for. See docs/adr/0013-citizen-sign-in-oidc.md.
 */
import { z } from 'zod';
import { OidcRelyingParty } from '../../../modules/identity/index.ts';
import type { App } from '../../../platform/http/server.ts';
import type { WebDeps } from '../../web-deps.ts';
import { chooseActingFor, showActingFor } from './acting-for.ts';
import { finishSignIn, startSignIn } from './oidc-flow.ts';
import { showSignIn } from './sign-in-page.ts';
import { signOut } from './sign-out.ts';

/** `next` is only a hint (checked by safeNext), so a strange value is ignored rather than refused. */
const nextQuery = { querystring: z.object({ next: z.string().optional().catch(undefined) }) };

export function registerPortalSignIn(app: App, deps: WebDeps): void {
  const { oidc, publicUrl, env } = deps.config;
  const rp = new OidcRelyingParty({
    issuer: oidc.issuer,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    redirectUri: `${publicUrl}/dang-nhap/callback`,
    allowInsecureRequests: env !== 'production' && oidc.issuer.startsWith('http:'),
  });
  app.get('/dang-nhap', { schema: { hide: true, ...nextQuery } }, (request, reply) => showSignIn(deps, request, reply, request.query.next));
  app.get('/dang-nhap/vneid', { schema: { hide: true, ...nextQuery } }, (request, reply) => startSignIn(deps, rp, request, reply, request.query.next));
  app.get('/dang-nhap/callback', { schema: { hide: true } }, (request, reply) => finishSignIn(deps, rp, request, reply));
  app.post('/dang-xuat', { schema: { hide: true } }, (request, reply) => signOut(deps, rp, request, reply));
}

/** The choice of whom to act for needs a signed-in citizen: registered inside `citizenPages` (see ../index.ts). */
export function registerActingForPages(app: App, deps: WebDeps): void {
  app.get('/tai-khoan/dai-dien', { schema: { hide: true, ...nextQuery } }, (request, reply) => showActingFor(deps, request, reply, request.query.next));
  app.post('/tai-khoan/dai-dien', { schema: { hide: true, ...nextQuery } }, (request, reply) => chooseActingFor(deps, request, reply, request.query.next));
}
