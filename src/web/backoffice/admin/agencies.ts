/**
 * Agencies and one-stop desks of the administrator's subtree: the tree, one
 * agency with its desks and children, and the forms that change them (names
 * and address, office hours, a new desk, a new child agency).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AgencyDetailsInput, createAgency, createDesk, editAgency, NewAgencyInput, NewDeskInput, setWorkingHours, type Agency, type AgencySnapshot } from '../../../modules/agencies/index.ts';
import { requireAdmin } from '../../../modules/identity/index.ts';
import { vnLocalDate } from '../../../platform/clock.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { ConflictError, NotFoundError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t } from '../../../platform/i18n/index.ts';
import { errorSummary, type FieldErrors } from '../../components/forms.ts';
import { parseForm, type FormValues } from '../../form-input.ts';
import { html, type Html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { adminForPost, requireAdminOfficer } from './admin-access.ts';
import { adminUrl } from './admin-links.ts';
import { audited } from './audited.ts';
import { agencyForms, HoursForm, hoursFromForm, type AgencyPage } from './agency-forms.ts';

type Forms = Record<string, { values: FormValues; errors: FieldErrors }>;

function tree(agencies: AgencySnapshot, scope: Set<string>, parent: Agency): Html {
  const kids = agencies.children(parent.id).filter((c) => scope.has(c.id));
  return html`<li><a href="${adminUrl.agency(parent.code)}">${parent.code} – ${parent.name}</a>${kids.length > 0 ? html`<ul>${kids.map((k) => tree(agencies, scope, k))}</ul>` : ''}</li>`;
}

async function loadAgency(deps: WebDeps, admin: Officer, params: unknown) {
  const code = z.object({ code: z.string().max(40) }).safeParse(params);
  const agencies = await deps.services.agencies.current();
  const agency = code.success ? agencies.resolve(code.data.code)?.agency : undefined;
  if (!agency || !(admin.actor.scope.get('ADMIN')?.has(agency.id) ?? false)) throw new NotFoundError();
  return { agencies, agency };
}

async function sendAgency(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, admin: Officer, forms: Forms = {}, status = 200, page: AgencyPage = 'main') {
  const locale = pageLocale(request);
  const { agencies, agency } = await loadAgency(deps, admin, request.params);
  const errors = Object.values(forms).reduce<FieldErrors>((all, f) => ({ ...all, ...f.errors }), {});
  const body = html`${errorSummary(locale, errors)}<h1>${agency.code} – ${agency.name}</h1>
${page !== 'main' ? '' : html`<h2>${t(locale, 'officeAdmin.agencies.desks')}</h2>
${agencies.desksOf(agency.id).length === 0 ? html`<p>${t(locale, 'officeAdmin.agencies.noDesks')}</p>` : html`<ul>${agencies.desksOf(agency.id).map((d) => html`<li>${d.code} – ${d.name}${d.address ? html` (${d.address})` : ''}</li>`)}</ul>`}
<h2>${t(locale, 'officeAdmin.agencies.children')}</h2>
${agencies.children(agency.id).length === 0 ? html`<p>${t(locale, 'officeAdmin.agencies.noChildren')}</p>` : html`<ul>${agencies.children(agency.id).map((c) => html`<li><a href="${adminUrl.agency(c.code)}">${c.code} – ${c.name}</a></li>`)}</ul>`}`}
${agencyForms(locale, admin.session.csrf, agency, vnLocalDate(deps.clock.now()), forms, page)}`;
  return sendOfficerPage(request, reply, admin, { title: agency.name, body, section: 'admin', width: 'wide', breadcrumbs: [{ href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') }, { href: adminUrl.agencies, label: t(locale, 'officeAdmin.agencies.title') }] }, status);
}

/** One agency form posted: parse, change in an audited transaction, reload the directory; a taken code is a field error. */
function agencyPost<S extends z.ZodType>(deps: WebDeps, path: string, form: string, schema: S, change: (tx: Executor, agencies: AgencySnapshot, agency: Agency, data: z.infer<S>, now: Date) => Promise<{ action: string; entityId: string; payload: Record<string, unknown> }>) {
  return (app: App): void => {
    app.post(`/can-bo/quan-tri/co-quan/:code${path}`, async (request, reply) => {
      const admin = await adminForPost(deps, request, reply);
      if (!admin) return reply;
      const locale = pageLocale(request);
      const { agencies, agency } = await loadAgency(deps, admin, request.params);
      requireAdmin(admin.actor, [agency.id]);
      const parsed = parseForm(schema, request.body, locale);
      const page: AgencyPage = form === 'desk' || form === 'child' ? form : 'main';
      if (!parsed.ok) return sendAgency(deps, request, reply, admin, { [form]: parsed }, 400, page);
      try {
        await audited(deps, request, admin, async (tx, now) => {
          const done = await change(tx, agencies, agency, parsed.data, now);
          return { result: done, audit: [{ ...done, entityType: 'agency' }] };
        });
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        return sendAgency(deps, request, reply, admin, { [form]: { values: parsed.values, errors: { code: t(locale, err.key, err.params) } } }, 409, page);
      }
      await deps.services.agencies.reload();
      deps.services.calendars.invalidate();
      return seeOther(reply, adminUrl.agency(agency.code));
    });
  };
}

export function registerAgencyAdmin(app: App, deps: WebDeps): void {
  app.get(adminUrl.agencies, async (request, reply) => {
    const admin = await requireAdminOfficer(deps, request, reply);
    if (!admin) return reply;
    const locale = pageLocale(request);
    const agencies = await deps.services.agencies.current();
    const scope = admin.actor.scope.get('ADMIN') ?? new Set<string>();
    const roots = agencies.all().filter((a) => scope.has(a.id) && !(a.parentId && scope.has(a.parentId)));
    const title = t(locale, 'officeAdmin.agencies.title');
    const body = html`<h1>${title}</h1><ul class="tree">${roots.map((r) => tree(agencies, scope, r))}</ul>`;
    return sendOfficerPage(request, reply, admin, { title, body, section: 'admin', width: 'wide', breadcrumbs: [{ href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') }] });
  });

  app.get('/can-bo/quan-tri/co-quan/:code', async (request, reply) => {
    const admin = await requireAdminOfficer(deps, request, reply);
    if (!admin) return reply;
    return sendAgency(deps, request, reply, admin);
  });

  for (const page of ['desk', 'child'] as const) {
    app.get(`/can-bo/quan-tri/co-quan/:code/${page === 'desk' ? 'mot-cua' : 'don-vi-con'}`, async (request, reply) => {
      const admin = await requireAdminOfficer(deps, request, reply);
      if (!admin) return reply;
      return sendAgency(deps, request, reply, admin, {}, 200, page);
    });
  }

  agencyPost(deps, '', 'details', AgencyDetailsInput, async (tx, _agencies, agency, data) => {
    await editAgency(tx, agency, data);
    return { action: 'agency.update', entityId: agency.id, payload: data };
  })(app);
  agencyPost(deps, '/gio-lam-viec', 'hours', HoursForm, async (tx, _agencies, agency, data) => {
    const hours = hoursFromForm(data);
    await setWorkingHours(tx, agency.id, hours);
    return { action: 'agency.working_hours', entityId: agency.id, payload: { workingHours: hours } };
  })(app);
  agencyPost(deps, '/mot-cua', 'desk', NewDeskInput, async (tx, agencies, agency, data) => {
    const desk = await createDesk(tx, agencies, agency, data);
    return { action: 'desk.create', entityId: desk.id, payload: { agency: agency.code, ...data } };
  })(app);
  agencyPost(deps, '/don-vi-con', 'child', NewAgencyInput, async (tx, agencies, agency, data) => {
    const child = await createAgency(tx, agencies, agency, data);
    return { action: 'agency.create', entityId: child.id, payload: { parent: agency.code, ...data } };
  })(app);
}
