/**
 * Who is signed in on the portal. Citizens have no password here: they sign
 * in through the identity provider (VNeID level 2, or the simulator), which
 * vouches for their 12-digit personal id and the organisations they may act
 * for. The session keeps those claims; `actingFor` is the organisation (tax
 * code) the person has chosen to act for, or null for themselves.
 *
 * Every portal command runs as the portal channel acting for this person: an
 * API-client actor with the INTEGRATION role across the province (the role
 * the dossier policies give online channels), named after the citizen, so the
 * action log and audit say who did it. Which dossiers the person may see is
 * decided by ownership (see `ownerKeys`), never by that broad channel scope.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../modules/identity/index.ts';
import { buildActor } from '../../modules/identity/index.ts';
import type { VerifiedCitizen, VerifiedOrganisation } from '../../modules/identity/index.ts';
import type { WebSession } from '../../platform/http/web-sessions.ts';
import type { WebDeps } from '../web-deps.ts';
import { seeOther } from '../web-page.ts';

/** An organisation the identity provider says this person may act for. */
export type OrganisationClaim = VerifiedOrganisation;

/** The verified identity claims, plus what the person chose in this session. */
export interface CitizenSessionData extends VerifiedCitizen {
  actingFor: string | null;
  /** Kept for the provider's end-session call. */
  idToken?: string;
}

export interface Citizen {
  session: WebSession<CitizenSessionData>;
  data: CitizenSessionData;
  /** The organisation acted for now, if any. */
  organisation: OrganisationClaim | undefined;
  /** The portal channel acting for this person. */
  actor: Actor;
}

export async function currentCitizen(deps: WebDeps, request: FastifyRequest): Promise<Citizen | undefined> {
  const session = await deps.sessions.read<CitizenSessionData>(request, 'portal');
  if (!session) return undefined;
  const data = session.data;
  const organisation = data.actingFor ? data.organisations.find((o) => o.taxCode === data.actingFor) : undefined;
  return { session, data, organisation, actor: await portalActor(deps, data) };
}

/** The signed-in citizen, or a redirect to sign in that comes back to this page afterwards. */
export async function requireCitizen(deps: WebDeps, request: FastifyRequest, reply: FastifyReply): Promise<Citizen | undefined> {
  const citizen = await currentCitizen(deps, request);
  if (!citizen) {
    const next = request.method === 'GET' ? request.url : '/ho-so-cua-toi';
    seeOther(reply, `/dang-nhap?next=${encodeURIComponent(next)}`);
  }
  return citizen;
}

export async function portalActor(deps: WebDeps, data: Pick<CitizenSessionData, 'personalId' | 'fullName'>): Promise<Actor> {
  const snapshot = await deps.services.agencies.current();
  const roots = snapshot.all().filter((a) => !a.parentId);
  return buildActor('client', `citizen:${data.personalId}`, data.fullName, roots.map((a) => ({ role: 'INTEGRATION', agencyId: a.id, includeSubtree: true })), snapshot);
}

/**
 * The owner ids whose dossiers and warehouse this person sees now: their own
 * personal id, or the chosen organisation's tax code.
 */
export function ownerKeys(citizen: Pick<Citizen, 'data' | 'organisation'>): { ownerIdType: 'PERSONAL_ID' | 'TAX_CODE'; ownerId: string } {
  return citizen.organisation ? { ownerIdType: 'TAX_CODE', ownerId: citizen.organisation.taxCode } : { ownerIdType: 'PERSONAL_ID', ownerId: citizen.data.personalId };
}
