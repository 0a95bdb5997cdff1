/**
 * The portal's ownership rule: a person sees a dossier only when its owner is
 * who they act as now (themselves, or the organisation they chose). The portal
 * channel itself may see every dossier of the province, so this check — not the
 * channel's scope — is what keeps one citizen out of another's papers. Anything
 * else (malformed id, someone else's dossier, no such dossier) is the same 404.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../../platform/errors.ts';
import { UUID_RE } from '../../../platform/ids.ts';
import { t } from '../../../platform/i18n/index.ts';
import { dossierRepo } from '../../../modules/dossiers/index.ts';
import type { DossierRow } from '../../../modules/dossiers/dossier.repo.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { ownerKeys, requireCitizen, type Citizen } from '../citizen-session.ts';
import { sendPortalPage } from '../portal-page.ts';

export async function ownedDossier(deps: WebDeps, citizen: Citizen, id: string): Promise<DossierRow> {
  const row = UUID_RE.test(id) ? await dossierRepo.findDossier(deps.db, id) : undefined;
  const owner = ownerKeys(citizen);
  if (!row || row.ownerIdType !== owner.ownerIdType || row.ownerId !== owner.ownerId) throw new NotFoundError('dossier.notFound');
  return row;
}


/** The signed-in citizen, after checking the form's CSRF token; a forged post gets 403 and nothing happens. */
export async function citizenForPost(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, submitted: unknown): Promise<Citizen | undefined> {
  const citizen = await requireCitizen(deps, request, reply);
  if (!citizen) return undefined;
  if (!(await deps.sessions.csrfValid(request, 'portal', submitted))) {
    const locale = pageLocale(request);
    const title = t(locale, 'web.errorTitle');
    await sendPortalPage(deps, request, reply, { title, body: html`<h1>${title}</h1><p class="lead">${t(locale, 'web.csrfRejected')}</p>`, width: 'narrow' }, 403, citizen);
    return undefined;
  }
  return citizen;
}

export const dossierUrl = (id: string): string => `/ho-so-cua-toi/${id}`;
