/**
 * The two legs of the code flow. GET /dang-nhap/vneid records the attempt
 * server-side (state, nonce, PKCE verifier, where to go next), bound to this
 * browser by a random HttpOnly cookie, and sends the browser to the provider.
 * GET /dang-nhap/callback takes that attempt back (once), lets openid-client
 * check the response and the ID token, checks the claims, and starts a new
 * portal session. A person with organisations chooses whom they act for first.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { citizenFromClaims, savePendingLogin, SignInFailure, takePendingLogin, type OidcRelyingParty } from '../../../modules/identity/index.ts';
import { safeNext } from '../../safe-next.ts';
import type { WebDeps } from '../../web-deps.ts';
import { seeOther } from '../../web-page.ts';
import type { CitizenSessionData } from '../citizen-session.ts';
import { sendSignInFailed } from './sign-in-failed.ts';

const BROWSER_COOKIE = 'mc_oidc';
/** Time a person has at the provider before the attempt lapses. */
const ATTEMPT_TTL_MS = 10 * 60_000;
const DEFAULT_NEXT = '/ho-so-cua-toi';

function browserSecret(request: FastifyRequest): string | undefined {
  const value = request.cookies[BROWSER_COOKIE];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

export async function startSignIn(deps: WebDeps, rp: OidcRelyingParty, request: FastifyRequest, reply: FastifyReply, nextParam: string | undefined): Promise<FastifyReply> {
  const next = safeNext(nextParam, DEFAULT_NEXT);
  let started;
  try {
    started = await rp.start();
  } catch (e) {
    deps.logger.warn({ err: e instanceof SignInFailure ? e.detail : String(e) }, 'VNeID discovery failed');
    return sendSignInFailed(deps, request, reply, 'unavailable', next);
  }
  const secret = browserSecret(request) ?? randomBytes(32).toString('base64url');
  await savePendingLogin(deps.db, secret, { state: started.state, nonce: started.nonce, codeVerifier: started.codeVerifier, nextUrl: next }, deps.clock.now(), ATTEMPT_TTL_MS);
  reply.setCookie(BROWSER_COOKIE, secret, { path: '/dang-nhap', httpOnly: true, sameSite: 'lax', secure: deps.config.publicUrl.startsWith('https:'), maxAge: ATTEMPT_TTL_MS / 1000 });
  return seeOther(reply, started.url.toString());
}

export async function finishSignIn(deps: WebDeps, rp: OidcRelyingParty, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
  const state = new URLSearchParams(query).get('state');
  const secret = browserSecret(request);
  const pending = state && secret && state.length <= 200 ? await takePendingLogin(deps.db, secret, state, deps.clock.now()) : undefined;
  if (!pending) return sendSignInFailed(deps, request, reply, 'state', DEFAULT_NEXT);
  let result;
  try {
    result = await rp.finish(query, pending);
  } catch (e) {
    const failure = e instanceof SignInFailure ? e : new SignInFailure('rejected', String(e));
    deps.logger.warn({ reason: failure.reason, detail: failure.detail }, 'portal sign-in failed');
    return sendSignInFailed(deps, request, reply, failure.reason, pending.nextUrl);
  }
  const mapped = citizenFromClaims(result.claims);
  if (!mapped.ok) {
    deps.logger.warn({ problem: mapped.problem }, 'portal sign-in refused: claims not acceptable');
    return sendSignInFailed(deps, request, reply, mapped.problem, pending.nextUrl);
  }
  const data: CitizenSessionData = { ...mapped.citizen, actingFor: null, idToken: result.idToken };
  await deps.sessions.start(request, reply, 'portal', data.personalId, data);
  // Who entered the portal, and when, belongs in the audit trail like an officer's sign-in.
  await deps.services.audit.record(deps.db, { actor: { kind: 'client', id: `citizen:${data.personalId}` }, at: deps.clock.now(), requestId: request.id }, [
    { action: 'auth.citizen_login', entityType: 'citizen', entityId: data.personalId, payload: { channel: 'portal', acr: String(result.claims.acr ?? ''), organisations: data.organisations.length } },
  ]);
  if (data.organisations.length > 0) return seeOther(reply, `/tai-khoan/dai-dien?next=${encodeURIComponent(pending.nextUrl)}`);
  return seeOther(reply, pending.nextUrl);
}
