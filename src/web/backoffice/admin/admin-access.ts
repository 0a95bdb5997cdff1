/**
 * Who may open the administration: an officer holding ADMIN somewhere. Others
 * get the ordinary 404 page, so the section's existence is not advertised.
 * Changes are scoped further by each command (the admin's agency subtree).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { requireOfficer, type Officer } from '../officer-session.ts';

export async function requireAdminOfficer(deps: WebDeps, request: FastifyRequest, reply: FastifyReply): Promise<Officer | undefined> {
  const officer = await requireOfficer(deps, request, reply);
  if (!officer) return undefined;
  if ((officer.actor.scope.get('ADMIN')?.size ?? 0) === 0) throw new NotFoundError();
  return officer;
}

/** For POST handlers: the admin, with the CSRF token checked (a 403 page is sent when it fails). */
export async function adminForPost(deps: WebDeps, request: FastifyRequest, reply: FastifyReply): Promise<Officer | undefined> {
  const officer = await requireAdminOfficer(deps, request, reply);
  if (!officer) return undefined;
  const body = (request.body ?? {}) as Record<string, unknown>;
  if (!(await deps.sessions.csrfValid(request, 'backoffice', body._csrf))) {
    const locale = pageLocale(request);
    const title = t(locale, 'web.errorTitle');
    sendOfficerPage(request, reply, officer, { title, section: 'admin', body: html`<h1>${title}</h1><p class="lead">${t(locale, 'web.csrfRejected')}</p>` }, 403);
    return undefined;
  }
  return officer;
}
