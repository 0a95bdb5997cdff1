/**
 * Desk intake, applicant step: the draft's form, shown again with every error
 * and what was typed; "look up" fills the applicant from their earlier
 * dossiers; "continue" registers the dossier — once: the draft row is locked
 * and remembers its dossier, so a second submission only redirects.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldIssue } from '../../../platform/errors.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import type { LoadedVersion } from '../../../modules/catalog/index.ts';
import { deskIntakeView, lookUpDeskApplicant, saveDeskApplicant, type DeskIntakeRow } from '../../../modules/dossiers/index.ts';
import { button, errorSummary, postForm, type FieldErrors } from '../../components/forms.ts';
import { fieldErrors, formValues, type FormValues } from '../../form-input.ts';
import { officerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { applicantFields, formFieldName, toSubmission } from './applicant-form.ts';
import type { DeskOfficer } from './desk-access.ts';

interface Shown {
  values: FormValues;
  errors: FieldErrors;
  notice?: string | undefined;
}

async function show(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: DeskOfficer, draft: DeskIntakeRow, version: LoadedVersion, s: Shown) {
  const locale = pageLocale(request);
  const agencies = await deps.services.agencies.current();
  const title = t(locale, 'officeIntake.applicantTitle');
  const body = html`<p class="muted">${version.procedure.code}</p><h1>${title}</h1><p class="lead">${version.procedure.name}</p>
${s.notice ? html`<div class="notice" role="status">${s.notice}</div>` : ''}
${errorSummary(locale, s.errors)}
${postForm(`/can-bo/tiep-nhan/${draft.id}`, officer.session.csrf, html`${applicantFields(locale, version, agencies, s.values, s.errors)}
<div class="actions">${button(t(locale, 'officeIntake.continue'), { name: '_action', value: 'save' })}</div>`)}`;
  return sendOfficerPage(request, reply, officer, { title, section: 'intake', body, breadcrumbs: [{ href: '/can-bo/tiep-nhan', label: t(locale, 'officeIntake.title') }] }, Object.keys(s.errors).length > 0 ? 422 : 200);
}

/** What "look up" found: the earlier applicant, and how many warehouse papers the owner can reuse. */
function lookUpNotice(locale: Locale, found: boolean, warehouseItems: number): string {
  const warehouse = warehouseItems > 0 ? ` ${t(locale, 'officeIntake.warehouseFound', { n: warehouseItems })}` : '';
  return t(locale, found ? 'officeIntake.prefilled' : 'officeIntake.nothingFound') + warehouse;
}

/** The command's refusals, each beside the field it is about. */
function refusalErrors(locale: Locale, issues: FieldIssue[]): FieldErrors {
  const shown: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrors(locale, issues))) shown[formFieldName(path)] ??= message;
  return shown;
}

export function registerApplicantPage(app: App, deps: WebDeps): void {
  app.get<{ Params: { id: string } }>('/can-bo/tiep-nhan/:id', async (request, reply) => {
    const officer = officerOf<DeskOfficer>(request);
    const { intake, version } = await deskIntakeView(deps.services.dossiers, officer.actor, request.params.id);
    if (intake.dossierId) return seeOther(reply, `/can-bo/tiep-nhan/${intake.id}/giay-to`);
    return show(deps, request, reply, officer, intake, version, { values: intake.formValues, errors: {} });
  });

  app.post<{ Params: { id: string } }>('/can-bo/tiep-nhan/:id', async (request, reply) => {
    const officer = officerOf<DeskOfficer>(request);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const locale = pageLocale(request);
    const { intake, version } = await deskIntakeView(deps.services.dossiers, officer.actor, request.params.id);
    const papers = `/can-bo/tiep-nhan/${intake.id}/giay-to`;
    if (intake.dossierId) return seeOther(reply, papers);
    const values = formValues(raw);
    delete values._action;
    const run = { actor: officer.actor, requestId: request.id };
    if (raw._action === 'lookup') {
      const looked = await deps.commands.run(run, (ctx) => lookUpDeskApplicant(ctx, deps.services.dossiers, { intakeId: intake.id, values }));
      if (looked.kind === 'registered') return seeOther(reply, papers);
      return show(deps, request, reply, officer, intake, version, { values: looked.values, errors: {}, notice: lookUpNotice(locale, looked.found, looked.warehouseItems) });
    }
    const { input, errors } = toSubmission(locale, values, version, officer.desk.code);
    const complete = Object.keys(errors).length === 0;
    const saved = await deps.commands.run(run, (ctx) => saveDeskApplicant(ctx, deps.services.dossiers, { intakeId: intake.id, values, submission: complete ? input : undefined }));
    if (saved.kind === 'registered') return seeOther(reply, papers);
    return show(deps, request, reply, officer, intake, version, { values, errors: saved.kind === 'refused' ? refusalErrors(locale, saved.issues) : errors });
  });
}
