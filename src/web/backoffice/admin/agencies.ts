/**
 * Agencies and one-stop desks of the administrator's subtree: the tree, one
 * agency with its desks and children, and the forms that change them (names
 * and address, office hours, a new desk, a new child agency).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  administeredAgency,
  administeredTree,
  AgencyDetailsInput,
  createAgency,
  createDesk,
  editAgency,
  NewAgencyInput,
  NewDeskInput,
  setWorkingHours,
  type AgencyDeps,
  type AgencyNode,
} from '../../../modules/agencies/index.ts';
import type { Ctx } from '../../../modules/identity/index.ts';
import { vnLocalDate } from '../../../platform/clock.ts';
import { ConflictError, NotFoundError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t } from '../../../platform/i18n/index.ts';
import { errorSummary, type FieldErrors } from '../../components/forms.ts';
import { parseForm, type FormValues } from '../../form-input.ts';
import { officerOf } from '../../guards.ts';
import { html, type Html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { adminUrl } from './admin-links.ts';
import { agencyForms, HoursForm, hoursFromForm, type AgencyPage } from './agency-forms.ts';

type Forms = Record<string, { values: FormValues; errors: FieldErrors }>;

function tree(node: AgencyNode): Html {
  const { agency, children } = node;
  return html`<li><a href="${adminUrl.agency(agency.code)}">${agency.code} – ${agency.name}</a>${children.length > 0 ? html`<ul>${children.map(tree)}</ul>` : ''}</li>`;
}

/** The agency the page is about, when this administrator administers it (404 otherwise). */
async function loadAgency(deps: WebDeps, admin: Officer, params: unknown) {
  const code = z.object({ code: z.string().max(40) }).safeParse(params);
  const agencies = await deps.services.agencies.current();
  const agency = code.success ? administeredAgency(agencies, admin.actor, code.data.code) : undefined;
  if (!agency) throw new NotFoundError();
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

/** One agency form posted: parse, run its command (which reloads the directory); a taken code is a field error. */
function agencyPost<S extends z.ZodType>(deps: WebDeps, path: string, form: string, schema: S, change: (ctx: Ctx, services: AgencyDeps, code: string, data: z.infer<S>) => Promise<unknown>) {
  return (app: App): void => {
    app.post(`/can-bo/quan-tri/co-quan/:code${path}`, async (request, reply) => {
      const admin = officerOf(request);
      const locale = pageLocale(request);
      const { agency } = await loadAgency(deps, admin, request.params);
      const parsed = parseForm(schema, request.body, locale);
      const page: AgencyPage = form === 'desk' || form === 'child' ? form : 'main';
      if (!parsed.ok) return sendAgency(deps, request, reply, admin, { [form]: parsed }, 400, page);
      try {
        await deps.commands.run({ actor: admin.actor, requestId: request.id }, (ctx) => change(ctx, deps.services, agency.code, parsed.data));
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        return sendAgency(deps, request, reply, admin, { [form]: { values: parsed.values, errors: { code: t(locale, err.key, err.params) } } }, 409, page);
      }
      return seeOther(reply, adminUrl.agency(agency.code));
    });
  };
}

export function registerAgencyAdmin(app: App, deps: WebDeps): void {
  app.get(adminUrl.agencies, async (request, reply) => {
    const admin = officerOf(request);
    const locale = pageLocale(request);
    const roots = administeredTree(await deps.services.agencies.current(), admin.actor);
    const title = t(locale, 'officeAdmin.agencies.title');
    const body = html`<h1>${title}</h1><ul class="tree">${roots.map(tree)}</ul>`;
    return sendOfficerPage(request, reply, admin, { title, body, section: 'admin', width: 'wide', breadcrumbs: [{ href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') }] });
  });

  app.get('/can-bo/quan-tri/co-quan/:code', async (request, reply) => sendAgency(deps, request, reply, officerOf(request)));

  for (const page of ['desk', 'child'] as const) {
    app.get(`/can-bo/quan-tri/co-quan/:code/${page === 'desk' ? 'mot-cua' : 'don-vi-con'}`, async (request, reply) => sendAgency(deps, request, reply, officerOf(request), {}, 200, page));
  }

  agencyPost(deps, '', 'details', AgencyDetailsInput, (ctx, services, code, details) => editAgency(ctx, services, { code, details }))(app);
  agencyPost(deps, '/gio-lam-viec', 'hours', HoursForm, (ctx, services, code, data) => setWorkingHours(ctx, services, { code, workingHours: hoursFromForm(data) }))(app);
  agencyPost(deps, '/mot-cua', 'desk', NewDeskInput, (ctx, services, agencyCode, desk) => createDesk(ctx, services, { agencyCode, desk }))(app);
  agencyPost(deps, '/don-vi-con', 'child', NewAgencyInput, (ctx, services, parentCode, agency) => createAgency(ctx, services, { parentCode, agency }))(app);
}
