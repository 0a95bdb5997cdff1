/**
 * Who is signed in on the back office. The session names the officer; the
 * Actor (roles per agency subtree) is rebuilt from the current grants on each
 * request, so a revoked role or a deactivated account takes effect at once.
 * A session that still owes its second factor (TOTP) opens nothing but the
 * code page.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { vnLocalDate } from '../../platform/clock.ts';
import type { WebSession } from '../../platform/http/web-sessions.ts';
import { buildActor, findOfficerById, grantsOf, type Actor } from '../../modules/identity/index.ts';
import type { WebDeps } from '../web-deps.ts';
import { seeOther } from '../web-page.ts';

export interface OfficerSessionData {
  officerId: string;
  fullName: string;
  /** False until the TOTP code is given, for officers who turned the second factor on. */
  secondFactorDone: boolean;
}

export interface Officer {
  session: WebSession<OfficerSessionData>;
  id: string;
  fullName: string;
  username: string;
  actor: Actor;
}

export async function currentOfficer(deps: WebDeps, request: FastifyRequest): Promise<Officer | undefined> {
  const session = await deps.sessions.read<OfficerSessionData>(request, 'backoffice');
  if (!session || !session.data.secondFactorDone) return undefined;
  const row = await findOfficerById(deps.db, session.data.officerId);
  if (!row || !row.active) return undefined;
  const grants = await grantsOf(deps.db, { officerId: row.id }, vnLocalDate(deps.clock.now()));
  const actor = buildActor('officer', row.id, row.fullName, grants, await deps.services.agencies.current());
  return { session, id: row.id, fullName: row.fullName, username: row.username, actor };
}

/** The signed-in officer, or a redirect to the sign-in page that returns here afterwards. */
export async function requireOfficer(deps: WebDeps, request: FastifyRequest, reply: FastifyReply): Promise<Officer | undefined> {
  const officer = await currentOfficer(deps, request);
  if (!officer) {
    const next = request.method === 'GET' ? request.url : '/can-bo';
    seeOther(reply, `/can-bo/dang-nhap?next=${encodeURIComponent(next)}`);
  }
  return officer;
}
