/**
 * GET/POST /tai-khoan/dai-dien: act for yourself or for one of the
 * organisations the identity provider says you represent. Only those
 * organisations can be chosen; the choice is kept in the server-side session.
 * Behind the citizen guard (web/guards.ts): a signed-in citizen and, on POST, a valid CSRF token.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { button, choices, errorSummary, postForm, type FieldErrors } from '../../components/forms.ts';
import { html } from '../../html.ts';
import { safeNext } from '../../safe-next.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { citizenOf } from '../../guards.ts';
import type { Citizen } from '../citizen-session.ts';
import { sendPortalPage } from '../portal-page.ts';

const SELF = 'self';
const DEFAULT_NEXT = '/ho-so-cua-toi';

function sendChoice(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, next: string, citizen: Citizen, chosen: string | undefined, errors: FieldErrors, status = 200): Promise<FastifyReply> {
  const locale: Locale = pageLocale(request);
  const title = t(locale, 'portalSignIn.actingFor.title');
  const { data } = citizen;
  const options = [
    { value: SELF, label: t(locale, 'portalSignIn.actingFor.self', { name: data.fullName }), hint: t(locale, 'portalSignIn.actingFor.selfHint', { id: data.personalId }) },
    ...data.organisations.map((o) => ({
      value: o.taxCode,
      label: o.name,
      hint: t(locale, 'portalSignIn.actingFor.orgHint', { taxCode: o.taxCode, role: t(locale, `portalSignIn.actingFor.${o.role}`) }),
    })),
  ];
  const form =
    data.organisations.length === 0
      ? html`<h1>${title}</h1><p>${t(locale, 'portalSignIn.actingFor.none')}</p><p><a class="button" href="${next}">${t(locale, 'portalSignIn.continue')}</a></p>`
      : html`${errorSummary(locale, errors)}${postForm(
          `/tai-khoan/dai-dien?next=${encodeURIComponent(next)}`,
          citizen.session.csrf,
          html`${choices({ name: 'actingFor', label: html`<h1>${title}</h1>`, hint: t(locale, 'portalSignIn.actingFor.hint'), options, value: chosen, error: errors.actingFor })}
${button(t(locale, 'portalSignIn.actingFor.submit'))}`,
        )}`;
  return sendPortalPage(deps, request, reply, { title, body: form, width: 'narrow' }, status, citizen);
}

export function showActingFor(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, nextParam: string | undefined): Promise<FastifyReply> {
  const citizen = citizenOf(request);
  return sendChoice(deps, request, reply, safeNext(nextParam, DEFAULT_NEXT), citizen, citizen.data.actingFor ?? SELF, {});
}

export async function chooseActingFor(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, nextParam: string | undefined): Promise<FastifyReply> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const citizen = citizenOf(request);
  const chosen = typeof body.actingFor === 'string' ? body.actingFor : undefined;
  const organisation = citizen.data.organisations.find((o) => o.taxCode === chosen);
  if (chosen !== SELF && !organisation) {
    return sendChoice(deps, request, reply, safeNext(nextParam, DEFAULT_NEXT), citizen, undefined, { actingFor: t(pageLocale(request), 'portalSignIn.actingFor.required') }, 400);
  }
  await deps.sessions.save(citizen.session, { ...citizen.data, actingFor: organisation ? organisation.taxCode : null });
  return seeOther(reply, safeNext(nextParam, DEFAULT_NEXT));
}
