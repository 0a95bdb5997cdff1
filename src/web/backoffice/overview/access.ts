/** The overview is for leaders, department heads and supervisors; others get 404. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { overviewScope } from '../../../modules/dossiers/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { WebDeps } from '../../web-deps.ts';
import { requireOfficer, type Officer } from '../officer-session.ts';

export async function requireOverviewOfficer(deps: WebDeps, request: FastifyRequest, reply: FastifyReply): Promise<Officer | undefined> {
  const officer = await requireOfficer(deps, request, reply);
  if (officer && overviewScope(officer.actor).length === 0) throw new NotFoundError();
  return officer;
}
