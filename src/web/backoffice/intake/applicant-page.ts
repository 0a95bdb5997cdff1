/**
 * Desk intake, applicant step: the draft's form, shown again with every error
 * and what was typed; "look up" fills the applicant from their earlier
 * dossiers; "continue" registers the dossier — once: the draft row is locked
 * and remembers its dossier, so a second submission only redirects.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { vnLocalDate } from '../../../platform/clock.ts';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import type { LoadedVersion } from '../../../modules/catalog/index.ts';
import { deskIntakeRepo, submitDossier, type DeskIntakeRow } from '../../../modules/dossiers/index.ts';
import { validItemsOfTypes } from '../../../modules/documents/index.ts';
import { button, errorSummary, postForm, type FieldErrors } from '../../components/forms.ts';
import { fieldErrors, formValues, type FormValues } from '../../form-input.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { applicantFields, formFieldName, toSubmission } from './applicant-form.ts';
import { csrfChecked, requireDeskOfficer, type DeskOfficer } from './desk-access.ts';

export async function loadDraft(deps: WebDeps, officer: DeskOfficer, id: string): Promise<{ draft: DeskIntakeRow; version: LoadedVersion }> {
  const draft = /^[0-9a-f-]{36}$/.test(id) ? await deskIntakeRepo.findDeskIntake(deps.db, id, officer.id) : undefined;
  if (!draft) throw new NotFoundError();
  const found = await deps.services.procedures.currentByCode(deps.db, draft.procedureCode);
  if (!found?.current) throw new NotFoundError('procedure.noPublishedVersion', { code: draft.procedureCode });
  return { draft, version: found.current };
}

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

/** Fills empty applicant fields from the owner's latest dossier; says what was found. */
async function prefill(deps: WebDeps, locale: Locale, version: LoadedVersion, values: FormValues): Promise<{ values: FormValues; notice: string }> {
  const id = typeof values.personalId === 'string' ? values.personalId.trim() : '';
  const taxCode = typeof values.taxCode === 'string' ? values.taxCode.trim() : '';
  const owner = values.applicantType === 'ORGANISATION' && taxCode ? taxCode : id;
  const earlier = owner ? await deskIntakeRepo.latestApplicantOf(deps.db, owner) : undefined;
  const reusable = [...new Set(version.version.details.components.filter((c) => c.acceptsReuse && c.documentType).map((c) => c.documentType!))];
  const idType = owner === taxCode && taxCode ? 'TAX_CODE' : 'PERSONAL_ID';
  const items = owner ? await validItemsOfTypes(deps.db, { idType, id: owner }, reusable, vnLocalDate(deps.clock.now())) : [];
  const warehouse = items.length > 0 ? ` ${t(locale, 'officeIntake.warehouseFound', { n: items.length })}` : '';
  if (!earlier) return { values, notice: t(locale, 'officeIntake.nothingFound') + warehouse };
  const p = earlier.person;
  const o = earlier.organisation;
  const found: Record<string, string | undefined> = {
    fullName: p.fullName, birthDate: p.birthDate, sex: p.sex, address: p.address, phone: p.phone, email: p.email,
    orgName: o?.name, taxCode: o?.taxCode, orgAddress: o?.address,
  };
  const merged: FormValues = { ...values };
  for (const [k, v] of Object.entries(found)) if (v && !(typeof merged[k] === 'string' && merged[k].trim())) merged[k] = v;
  return { values: merged, notice: t(locale, 'officeIntake.prefilled') + warehouse };
}

export function registerApplicantPage(app: App, deps: WebDeps): void {
  app.get<{ Params: { id: string } }>('/can-bo/tiep-nhan/:id', async (request, reply) => {
    const officer = await requireDeskOfficer(deps, request, reply);
    if (!officer) return reply;
    const { draft, version } = await loadDraft(deps, officer, request.params.id);
    if (draft.dossierId) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/giay-to`);
    return show(deps, request, reply, officer, draft, version, { values: draft.formValues, errors: {} });
  });

  app.post<{ Params: { id: string } }>('/can-bo/tiep-nhan/:id', async (request, reply) => {
    const officer = await requireDeskOfficer(deps, request, reply);
    if (!officer) return reply;
    const raw = (request.body ?? {}) as Record<string, unknown>;
    if (!(await csrfChecked(deps, request, reply, officer, raw._csrf))) return reply;
    const locale = pageLocale(request);
    const { draft, version } = await loadDraft(deps, officer, request.params.id);
    if (draft.dossierId) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/giay-to`);
    let values = formValues(raw);
    delete values._action;
    const now = deps.clock.now();
    if (raw._action === 'lookup') {
      const filled = await prefill(deps, locale, version, values);
      values = filled.values;
      await deskIntakeRepo.updateDeskIntake(deps.db, draft.id, { formValues: values, updatedAt: now });
      return show(deps, request, reply, officer, draft, version, { values, errors: {}, notice: filled.notice });
    }
    await deskIntakeRepo.updateDeskIntake(deps.db, draft.id, { formValues: values, updatedAt: now });
    const { input, errors } = toSubmission(locale, values, version, officer.desk.code);
    if (Object.keys(errors).length > 0) return show(deps, request, reply, officer, draft, version, { values, errors });
    try {
      await deps.db.transaction(async (tx) => {
        const locked = await deskIntakeRepo.findDeskIntake(tx, draft.id, officer.id, true);
        if (!locked || locked.dossierId) return;
        const row = await submitDossier(tx, deps.services.dossiers, officer.actor, input, request.id);
        await deskIntakeRepo.updateDeskIntake(tx, draft.id, { dossierId: row.id, updatedAt: now });
      });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const byPath = fieldErrors(locale, err.issues);
      const shown: FieldErrors = {};
      for (const [path, message] of Object.entries(byPath)) shown[formFieldName(path)] ??= message;
      return show(deps, request, reply, officer, draft, version, { values, errors: shown });
    }
    deps.afterCommit();
    return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/giay-to`);
  });
}
