/**
 * POST /dang-xuat: ends the portal session, then the provider's session (RP-initiated logout) when it offers one.
 * The CSRF token is checked by the public pages' guard (web/guards.ts) before this runs.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OidcRelyingParty } from '../../../modules/identity/index.ts';
import type { WebDeps } from '../../web-deps.ts';
import { seeOther } from '../../web-page.ts';
import type { CitizenSessionData } from '../citizen-session.ts';

export async function signOut(deps: WebDeps, rp: OidcRelyingParty, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const session = await deps.sessions.read<CitizenSessionData>(request, 'portal');
  await deps.sessions.end(request, reply, 'portal');
  if (!session) return seeOther(reply, '/');
  const providerLogout = await rp.endSessionUrl(session.data.idToken, `${deps.config.publicUrl}/`);
  return seeOther(reply, providerLogout?.toString() ?? '/');
}
