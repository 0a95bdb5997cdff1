/**
 * Who may use the intake pages: an officer holding the desk role (or the
 * postal stand-in) somewhere. Their desk is the one-stop desk of that agency;
 * a desk receives for any agency (receipt regardless of boundaries).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import type { Desk } from '../../../modules/agencies/index.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { html } from '../../html.ts';
import { requireOfficer, type Officer } from '../officer-session.ts';
import { sendOfficerPage } from '../backoffice-page.ts';

export interface DeskOfficer extends Officer {
  desk: Desk;
}

const DESK_ROLES = new Set(['DESK_OFFICER', 'POSTAL_AGENT']);

/** The signed-in desk officer; others get a 403 page, visitors the sign-in page. */
export async function requireDeskOfficer(deps: WebDeps, request: FastifyRequest, reply: FastifyReply): Promise<DeskOfficer | undefined> {
  const officer = await requireOfficer(deps, request, reply);
  if (!officer) return undefined;
  const agencies = await deps.services.agencies.current();
  for (const g of officer.actor.grants) {
    if (!DESK_ROLES.has(g.role)) continue;
    const desk = agencies.defaultDeskFor(g.agencyId);
    if (desk) return { ...officer, desk };
  }
  throw new ForbiddenError();
}

/** Every intake POST checks its CSRF token first; false means the 403 page was sent. */
export async function csrfChecked(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: Officer, token: unknown): Promise<boolean> {
  if (await deps.sessions.csrfValid(request, 'backoffice', token)) return true;
  const locale = pageLocale(request);
  const title = t(locale, 'web.errorTitle');
  sendOfficerPage(request, reply, officer, { title, section: 'intake', body: html`<h1>${title}</h1><p class="lead">${t(locale, 'web.csrfRejected')}</p>` }, 403);
  return false;
}


/** "12 phút", "1 giờ 5 phút": working or elapsed time as people say it. */
export function minutesText(locale: 'vi' | 'en', ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? t(locale, 'officeIntake.hoursMinutes', { h, m }) : t(locale, 'officeIntake.minutes', { m });
}
