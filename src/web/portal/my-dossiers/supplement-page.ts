/**
 * Answering a supplement request: the page lists exactly what was asked; each
 * named component gets its own upload form (one file per post, so it works
 * without JavaScript and within the upload limits); the final form sends the
 * applicant's completion with the components replaced since the request
 * (`componentsProvided`, kept in the action payload for the officer's
 * highlighting) and the corrected e-form answers the request asked for
 * (supplement-answers.ts). expectedVersion makes a second click change nothing.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { completeSupplement, supplementState, type DossierRow } from '../../../modules/dossiers/index.ts';
import { ConflictError, ValidationError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { button, errorSummary, fieldId, fileInput, postForm, textArea, type FieldErrors } from '../../components/forms.ts';
import { fieldErrors, formValues, parseForm, type FormValues } from '../../form-input.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { citizenOf } from '../../guards.ts';
import { ownerKeys, type Citizen } from '../citizen-session.ts';
import { sendPortalPage } from '../portal-page.ts';
import { dossierUrl, ownedDossier } from './owned-dossier.ts';
import { answerErrors, answersPatch, answersSection, withoutAnswers } from './supplement-answers.ts';
import { when } from './plain-words.ts';

type IdRequest = FastifyRequest<{ Params: { id: string }; Querystring: { tai_len?: string } }>;

export interface SupplementForm {
  errors?: FieldErrors;
  values?: FormValues;
  uploadedNotice?: string;
}

export async function renderSupplementPage(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, citizen: Citizen, row: DossierRow, form: SupplementForm = {}, status = 200) {
  const locale = pageLocale(request);
  const state = await supplementState(deps.services.dossiers, row);
  const errors = answerErrors(form.errors ?? {}, state, locale);
  const mb = Math.floor(deps.config.uploadMaxBytes / (1024 * 1024));
  const base = dossierUrl(row.id);
  const title = t(locale, 'myd.sup.title', { code: row.code ?? '' });
  const items = html`<h2>${t(locale, 'myd.sup.items')}</h2><ol>${state.round.items.map(
    (i) => html`<li><strong>${i.description}</strong><br>${t(locale, 'myd.sup.itemReason', { reason: i.reason })}</li>`,
  )}</ol>`;
  const uploads = state.asked.map((c) => {
    const name = `file-${c.code}`;
    const done = state.uploaded.get(c.code);
    return html`<section class="card" aria-labelledby="${fieldId(name)}-h"><h3 id="${fieldId(name)}-h">${t(locale, 'myd.sup.component', { name: c.name })}</h3>
<p>${done ? html`<span class="tag ok">${t(locale, 'myd.sup.uploaded', { name: done })}</span>` : t(locale, 'myd.sup.notUploaded')}</p>
${postForm(
  `${base}/bo-sung/tep/${encodeURIComponent(c.code)}`,
  citizen.session.csrf,
  html`${fileInput({ name, label: t(locale, 'myd.sup.fileLabel', { name: c.name }), hint: t(locale, 'myd.sup.fileHint', { mb }), error: errors[name] })}${button(t(locale, 'myd.sup.upload'), { kind: 'secondary' })}`,
  { multipart: true },
)}</section>`;
  });
  const send = postForm(
    `${base}/bo-sung`,
    citizen.session.csrf,
    html`<input type="hidden" name="expectedVersion" value="${row.actionCount}">
${answersSection(state, form.values, errors, locale)}
${textArea({ name: 'note', label: t(locale, 'myd.sup.note'), hint: t(locale, 'myd.sup.noteHint'), value: typeof form.values?.note === 'string' ? form.values.note : undefined, error: errors.note })}
${button(t(locale, 'myd.sup.send'))}`,
  );
  const body = html`${errorSummary(locale, errors)}<h1>${title}</h1>
<p class="lead">${t(locale, 'myd.sup.intro')}</p>
<p>${t(locale, 'myd.sup.reason', { reason: state.round.reason })} <span class="muted">(${t(locale, 'myd.sup.requestedAt', { date: when(state.round.requestedAt) })})</span></p>
${items}${uploads}<h2>${t(locale, 'myd.sup.sendHeading')}</h2>${send}`;
  return sendPortalPage(
    deps,
    request,
    reply,
    {
      title,
      body,
      section: 'my-dossiers',
      width: 'narrow',
      breadcrumbs: [
        { href: '/ho-so-cua-toi', label: t(locale, 'myd.list.title') },
        { href: base, label: row.code ?? t(locale, 'myd.detail.crumb') },
      ],
      ...(form.uploadedNotice ? { notice: { kind: 'success' as const, text: form.uploadedNotice } } : {}),
    },
    status,
    citizen,
  );
}

export async function supplementPage(deps: WebDeps, request: IdRequest, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const row = await ownedDossier(deps, citizen, request.params.id);
  const code = request.query.tai_len;
  let uploadedNotice: string | undefined;
  if (code) {
    const version = await deps.services.procedures.versionById(deps.db, row.procedureVersionId);
    const component = version?.version.details.components.find((c) => c.code === code);
    if (component) uploadedNotice = t(pageLocale(request), 'myd.sup.uploadedNotice', { name: component.name });
  }
  return renderSupplementPage(deps, request, reply, citizen, row, uploadedNotice ? { uploadedNotice } : {});
}

const CompleteForm = z.strictObject({
  expectedVersion: z.coerce.number().int().min(0),
  note: z.string().min(1).max(2000).optional(),
});

export async function submitSupplement(deps: WebDeps, request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const bodyIn = (request.body ?? {}) as Record<string, unknown>;
  const citizen = citizenOf(request);
  const locale = pageLocale(request);
  const row = await ownedDossier(deps, citizen, request.params.id);
  const values = formValues(bodyIn);
  const parsed = parseForm(CompleteForm, withoutAnswers(bodyIn), locale);
  if (!parsed.ok) return renderSupplementPage(deps, request, reply, citizen, row, { errors: parsed.errors, values }, 400);
  if (parsed.data.expectedVersion !== row.actionCount) return seeOther(reply, dossierUrl(row.id)); // sent already (a second click)
  // The asked questions say how the posted answers are typed.
  const state = await supplementState(deps.services.dossiers, row);
  let outcome;
  try {
    outcome = await deps.commands.run({ actor: citizen.actor, requestId: request.id }, (ctx) =>
      completeSupplement(ctx, deps.services.dossiers, {
        owner: ownerKeys(citizen),
        dossierId: row.id,
        expectedVersion: parsed.data.expectedVersion,
        answers: answersPatch(state.fields, values),
        note: parsed.data.note,
      }),
    );
  } catch (err) {
    if (err instanceof ConflictError) return seeOther(reply, dossierUrl(row.id));
    if (err instanceof ValidationError) return renderSupplementPage(deps, request, reply, citizen, row, { errors: fieldErrors(locale, err.issues), values }, 400);
    throw err;
  }
  if (outcome.kind === 'nothing') {
    const nothing = t(locale, state.fields.length > 0 ? 'myd.sup.nothingWithAnswers' : 'myd.sup.nothing');
    return renderSupplementPage(deps, request, reply, citizen, row, { errors: { note: nothing }, values }, 400);
  }
  return seeOther(reply, `${dossierUrl(row.id)}?tb=${outcome.corrected ? 'bo_sung_tk' : 'bo_sung'}`);
}
