/**
 * Withdrawing a dossier: a confirmation page asking why, then the applicant's
 * withdraw action — only while the workflow allows it (otherwise the detail
 * page shows no button and this page says so). expectedVersion makes a second
 * click change nothing.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { getDossier, withdrawDossier, type DossierRow } from '../../../modules/dossiers/index.ts';
import { ConflictError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { button, errorSummary, postForm, textArea, type FieldErrors } from '../../components/forms.ts';
import { parseForm, type FormValues } from '../../form-input.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { citizenOf } from '../../guards.ts';
import { ownerKeys, type Citizen } from '../citizen-session.ts';
import { sendPortalPage } from '../portal-page.ts';
import { dossierUrl, ownedDossier } from './owned-dossier.ts';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

async function mayWithdraw(deps: WebDeps, request: FastifyRequest, citizen: Citizen, row: DossierRow): Promise<boolean> {
  const view = await getDossier(deps.services.dossiers, citizen.actor, row.id, pageLocale(request), request.id);
  return view.allowedActions.some((a) => a.type === 'withdraw' && a.allowed);
}

async function render(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, citizen: Citizen, row: DossierRow, allowed: boolean, form: { errors?: FieldErrors; values?: FormValues } = {}, status = 200) {
  const locale = pageLocale(request);
  const errors = form.errors ?? {};
  const title = t(locale, 'myd.wd.title', { code: row.code ?? '' });
  const back = html`<p><a href="${dossierUrl(row.id)}">${t(locale, 'myd.wd.cancel')}</a></p>`;
  const body = allowed
    ? html`${errorSummary(locale, errors)}<h1>${title}</h1><div class="notice warning"><p>${t(locale, 'myd.wd.warning')}</p></div>
${postForm(
  `${dossierUrl(row.id)}/rut-ho-so`,
  citizen.session.csrf,
  html`<input type="hidden" name="expectedVersion" value="${row.actionCount}">
${textArea({ name: 'reason', label: t(locale, 'myd.wd.reason'), hint: t(locale, 'myd.wd.reasonHint'), required: true, value: typeof form.values?.reason === 'string' ? form.values.reason : undefined, error: errors.reason })}
${button(t(locale, 'myd.wd.confirm'), { kind: 'warning' })}`,
)}${back}`
    : html`<h1>${title}</h1><p class="lead">${t(locale, 'myd.wd.notAllowed')}</p>${back}`;
  return sendPortalPage(deps, request, reply, { title, body, section: 'my-dossiers', width: 'narrow', breadcrumbs: [{ href: '/ho-so-cua-toi', label: t(locale, 'myd.list.title') }] }, status, citizen);
}

export async function withdrawPage(deps: WebDeps, request: IdRequest, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const row = await ownedDossier(deps, citizen, request.params.id);
  return render(deps, request, reply, citizen, row, await mayWithdraw(deps, request, citizen, row));
}

const WithdrawForm = z.strictObject({ expectedVersion: z.coerce.number().int().min(0), reason: z.string().min(3).max(2000) });

export async function submitWithdraw(deps: WebDeps, request: IdRequest, reply: FastifyReply) {
  const bodyIn = (request.body ?? {}) as Record<string, unknown>;
  const citizen = citizenOf(request);
  const row = await ownedDossier(deps, citizen, request.params.id);
  const parsed = parseForm(WithdrawForm, bodyIn, pageLocale(request));
  if (!parsed.ok) return render(deps, request, reply, citizen, row, true, parsed, 400);
  if (parsed.data.expectedVersion !== row.actionCount) return seeOther(reply, dossierUrl(row.id));
  if (!(await mayWithdraw(deps, request, citizen, row))) return render(deps, request, reply, citizen, row, false, {}, 409);
  try {
    await deps.commands.run({ actor: citizen.actor, requestId: request.id }, (ctx) =>
      withdrawDossier(ctx, deps.services.dossiers, { owner: ownerKeys(citizen), dossierId: row.id, expectedVersion: parsed.data.expectedVersion, reason: parsed.data.reason }),
    );
  } catch (err) {
    if (err instanceof ConflictError) return seeOther(reply, dossierUrl(row.id));
    throw err;
  }
  return seeOther(reply, `${dossierUrl(row.id)}?tb=da_rut`);
}
