/**
 * GET/POST /nop-ho-so/:code — the start page of an online application: what
 * to prepare, the time limit and fees, the office to apply to when several
 * are competent (a commune procedure), and "Bắt đầu" — or "Tiếp tục hồ sơ đang
 * soạn" when a draft is open. Procedures that do not take portal applications,
 * or not from this kind of applicant, get a plain explanation instead.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoadedVersion } from '../../../modules/catalog/index.ts';
import { findOpenDraft, prefillFor, startDraft, type DraftRow } from '../../../modules/drafts/index.ts';
import { vnLocalDate } from '../../../platform/clock.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { button, choices, errorSummary, postForm, select, type FieldErrors } from '../../components/forms.ts';
import { html, type Html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { citizenOf } from '../../guards.ts';
import { ownerKeys, type Citizen } from '../citizen-session.ts';
import { sendPortalPage } from '../portal-page.ts';
import { asCitizen, claimsOf, draftUrl } from './draft-context.ts';
import { feesTable, formatVnTime } from './summary-parts.ts';

type CodeRequest = FastifyRequest<{ Params: { code: string } }>;

async function procedureFor(deps: WebDeps, code: string): Promise<LoadedVersion> {
  const found = /^[1-9]\.\d{6}(\.[0-9A-Z.]+)?$/.test(code) ? await deps.services.procedures.currentByCode(deps.db, code) : undefined;
  if (!found?.current) throw new NotFoundError('procedure.notFound', { code: code.slice(0, 40) });
  return found.current;
}

/** Offices the citizen may choose from: the competent agencies active today. */
async function competentOffices(deps: WebDeps, version: LoadedVersion): Promise<{ code: string; name: string }[]> {
  const agencies = await deps.services.agencies.current();
  const today = vnLocalDate(deps.clock.now());
  return version.competentAgencyIds
    .map((id) => agencies.byId(id))
    .filter((a) => a !== undefined && agencies.isActiveOn(a, today))
    .map((a) => ({ code: a!.code, name: a!.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

function refusal(locale: Locale, version: LoadedVersion, citizen: Citizen): Html | undefined {
  const details = version.version.details;
  const name = version.procedure.name;
  const back = html`<p><a href="/thu-tuc/${version.procedure.code}">${t(locale, 'portalSubmission.start.seeProcedure')}</a></p>`;
  if (!details.channels.includes('PORTAL')) {
    return html`<h1>${t(locale, 'portalSubmission.start.notOnlineTitle')}</h1><p class="lead">${t(locale, 'portalSubmission.start.notOnline', { name })}</p>${back}`;
  }
  const type = citizen.organisation ? 'ORGANISATION' : 'CITIZEN';
  if (!details.targetGroups.includes(type)) {
    const who = t(locale, type === 'ORGANISATION' ? 'portalSubmission.who.organisations' : 'portalSubmission.who.citizens');
    return html`<h1>${t(locale, 'portalSubmission.start.title')}</h1><p class="lead">${t(locale, 'portalSubmission.start.notForApplicant', { who })}</p>
<p><a href="/tai-khoan/dai-dien?next=${encodeURIComponent(`/nop-ho-so/${version.procedure.code}`)}">${t(locale, 'portalSubmission.start.changeActing')}</a></p>${back}`;
  }
  return undefined;
}

export function actingAs(locale: Locale, citizen: Citizen): string {
  return citizen.organisation
    ? t(locale, 'portalSubmission.who.organisation', { name: citizen.organisation.name })
    : t(locale, 'portalSubmission.who.person', { name: citizen.data.fullName });
}

async function render(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, citizen: Citizen, version: LoadedVersion, errors: FieldErrors = {}, chosen?: string, status = 200) {
  const locale = pageLocale(request);
  const title = t(locale, 'portalSubmission.start.title');
  const crumbs = [{ href: '/thu-tuc', label: t(locale, 'portal.nav.procedures') }, { href: `/thu-tuc/${version.procedure.code}`, label: version.procedure.code }];
  const refused = refusal(locale, version, citizen);
  if (refused) return sendPortalPage(deps, request, reply, { title, body: refused, width: 'narrow', section: 'procedures', breadcrumbs: crumbs }, status, citizen);
  const details = version.version.details;
  const draft: DraftRow | undefined = await findOpenDraft(deps.db, ownerKeys(citizen), version.procedure.code);
  const offices = draft ? [] : await competentOffices(deps, version);
  const officeOptions = offices.map((o) => ({ value: o.code, label: o.name }));
  const officeField = { name: 'agency', label: t(locale, 'portalSubmission.start.agency'), hint: t(locale, 'portalSubmission.start.agencyHint'), error: errors.agency, value: chosen, options: officeOptions };
  const action = draft
    ? html`<p>${t(locale, 'portalSubmission.start.resumeHint', { at: formatVnTime(draft.updatedAt) })}</p><p><a class="button" href="${draftUrl(draft.id, draft.currentStep)}">${t(locale, 'portalSubmission.start.resume')}</a></p>`
    : postForm(
        `/nop-ho-so/${version.procedure.code}`,
        citizen.session.csrf,
        html`${offices.length > 1 ? (offices.length > 6 ? select({ ...officeField, placeholder: t(locale, 'portalSubmission.choose') }) : choices(officeField)) : ''}${button(t(locale, 'portalSubmission.start.begin'))}`,
      );
  const body = html`${errorSummary(locale, errors)}<span class="caption">${version.procedure.code}</span>
<h1>${version.procedure.name}</h1>
<p class="lead">${t(locale, 'portalSubmission.start.lead')}</p>
<p>${t(locale, 'portalSubmission.start.actingAs', { who: actingAs(locale, citizen) })} <a href="/tai-khoan/dai-dien?next=${encodeURIComponent(request.url)}">${t(locale, 'portalSubmission.start.changeActing')}</a></p>
<h2>${t(locale, 'portalSubmission.start.need')}</h2>
<ul>${details.components.map((c) => html`<li>${c.name} (${t(locale, c.required ? 'portalSubmission.required' : 'portalSubmission.optional')})</li>`)}</ul>
${details.durationText ? html`<h2>${t(locale, 'portalSubmission.start.timeLimit')}</h2><p>${details.durationText}</p>` : ''}
<h2>${t(locale, 'portalSubmission.start.fees')}</h2>
${feesTable(locale, details.fees)}
${action}`;
  return sendPortalPage(deps, request, reply, { title, body, width: 'narrow', section: 'procedures', breadcrumbs: crumbs }, status, citizen);
}

export async function startPage(deps: WebDeps, request: CodeRequest, reply: FastifyReply) {
  return render(deps, request, reply, citizenOf(request), await procedureFor(deps, request.params.code));
}

export async function startPost(deps: WebDeps, request: CodeRequest, reply: FastifyReply) {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const citizen = citizenOf(request);
  const version = await procedureFor(deps, request.params.code);
  if (refusal(pageLocale(request), version, citizen)) return render(deps, request, reply, citizen, version, {}, undefined, 409);
  const owner = ownerKeys(citizen);
  const open = await findOpenDraft(deps.db, owner, version.procedure.code);
  if (open) return seeOther(reply, draftUrl(open.id, open.currentStep));
  const offices = await competentOffices(deps, version);
  const chosen = typeof body.agency === 'string' ? body.agency : undefined;
  let agency: string | null = null;
  if (offices.length > 1) {
    if (!offices.some((o) => o.code === chosen)) return render(deps, request, reply, citizen, version, { agency: t(pageLocale(request), 'portalSubmission.start.agencyRequired') }, chosen, 400);
    agency = chosen!;
  }
  const prefill = await prefillFor(deps.db, deps.clock.now(), version, owner, claimsOf(citizen));
  const { draft } = await asCitizen(deps, request, citizen, (ctx) =>
    startDraft(ctx, { owner, actingPersonalId: citizen.data.personalId, version, competentAgencyCode: agency, answers: prefill.answers, firstStep: `buoc/${version.version.eformSchema.pages[0]!.id}` }),
  );
  return seeOther(reply, draftUrl(draft.id, draft.currentStep));
}
