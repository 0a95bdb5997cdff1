/**
 * GET/POST /ho-so-nhap/:id/kiem-tra — check your answers, declare, submit.
 * Everything the citizen gave is listed with a "Thay đổi" link to its step;
 * what is still missing is listed at the top. Submitting runs the portal's
 * submission of the draft in one transaction (dossier, files, reuse) and is
 * idempotent on the draft: a second click lands on the same confirmation.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { validateFormData, visibleFields } from '../../../modules/catalog/index.ts';
import { submitDraft } from '../../../modules/drafts/index.ts';
import { AppError, ValidationError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { button, choices, errorSummary, fieldId, postForm, type FieldErrors } from '../../components/forms.ts';
import { fieldErrors } from '../../form-input.ts';
import { html, type Html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { seeOther } from '../../web-page.ts';
import { sendPortalPage } from '../portal-page.ts';
import { missingRequired } from './components-page.ts';
import { applicantOf, asCitizen, confirmationUrl, draftUrl, loadDraft, pageUrl, previousStep, type DraftContext, type DraftRequest } from './draft-context.ts';
import { answerText, fieldLabel } from './eform-fields.ts';
import { pageErrors } from './form-step-page.ts';
import { feesTable, formatSize } from './summary-parts.ts';

const STEP = 'kiem-tra';

interface Row {
  name: string;
  label: string;
  value: string | undefined;
  change?: string;
}

function summaryList(locale: DraftContext['locale'], rows: Row[]): Html {
  return html`<dl class="summary">${rows.map(
    (r) => html`<dt id="${fieldId(r.name)}">${r.label}</dt><dd>${r.value ?? html`<span class="muted">${t(locale, 'portalSubmission.check.notAnswered')}</span>`}</dd>${
      r.change ? html`<dd class="change"><a href="${r.change}">${t(locale, 'portalSubmission.check.change')}<span class="visually-hidden"> ${r.label}</span></a></dd>` : ''
    }`,
  )}</dl>`;
}

/** What still stops the submission, one message per row of the page. */
function problems(ctx: DraftContext): FieldErrors {
  const { locale, version, draft } = ctx;
  const fields = version.version.eformSchema.pages.flatMap((p) => p.fields);
  const errors = pageErrors(locale, fields, validateFormData(version.version.eformSchema, draft.answers).issues);
  for (const c of missingRequired(ctx)) errors[`c-${c.code}`] = t(locale, 'portalSubmission.components.missing', { name: c.name });
  if (!draft.deliveryMethod) errors.delivery = t(locale, 'portalSubmission.delivery.methodRequired');
  else if (draft.deliveryMethod === 'BY_POST' && !draft.deliveryAddress) errors.delivery = t(locale, 'portalSubmission.delivery.addressRequired');
  return errors;
}

function render(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, ctx: DraftContext, errors: FieldErrors, status = 200) {
  const { locale, draft, version, citizen } = ctx;
  const title = t(locale, 'portalSubmission.check.title');
  const schema = version.version.eformSchema;
  const visible = new Set(visibleFields(schema, draft.answers).map((f) => f.name));
  const applicant: Row[] = [
    { name: 'applicant-name', label: t(locale, 'portalSubmission.check.name'), value: citizen.data.fullName },
    { name: 'applicant-id', label: t(locale, 'portalSubmission.check.personalId'), value: citizen.data.personalId },
    ...(citizen.organisation
      ? [
          { name: 'applicant-org', label: t(locale, 'portalSubmission.check.organisation'), value: citizen.organisation.name },
          { name: 'applicant-tax', label: t(locale, 'portalSubmission.check.taxCode'), value: citizen.organisation.taxCode },
        ]
      : []),
    { name: 'procedure', label: t(locale, 'portalSubmission.check.procedure'), value: version.procedure.name },
    ...(draft.competentAgencyCode ? [{ name: 'agency', label: t(locale, 'portalSubmission.check.agency'), value: draft.competentAgencyCode }] : []),
  ];
  const pages = schema.pages
    .map((p) => ({ p, fields: p.fields.filter((f) => visible.has(f.name)) }))
    .filter(({ fields }) => fields.length > 0)
    .map(({ p, fields }) => html`<h2>${p.title}</h2>${summaryList(locale, fields.map((f) => ({ name: f.name, label: fieldLabel(f, locale), value: answerText(f, draft.answers[f.name], locale), change: pageUrl(draft.id, p.id) })))}`);
  const components = version.version.details.components.map((c) => {
    const held = draft.components[c.code];
    const value = !held ? undefined : held.kind === 'UPLOAD' ? `${held.fileName} (${formatSize(held.size)})` : t(locale, 'portalSubmission.components.reused', { title: held.title });
    return { name: `c-${c.code}`, label: c.name, value, change: draftUrl(draft.id, 'giay-to') };
  });
  const method = draft.deliveryMethod ? t(locale, `portalSubmission.delivery.${draft.deliveryMethod}`) : undefined;
  const delivery = [{ name: 'delivery', label: t(locale, 'portalSubmission.delivery.method'), value: draft.deliveryMethod === 'BY_POST' ? `${method} — ${draft.deliveryAddress ?? ''}` : method, change: draftUrl(draft.id, 'nhan-ket-qua') }];
  const back = previousStep(ctx, STEP);
  const body = html`${errorSummary(locale, errors)}<h1>${title}</h1>
<h2>${t(locale, 'portalSubmission.check.applicant')}</h2>${summaryList(locale, applicant)}
${pages}
<h2>${t(locale, 'portalSubmission.components.title')}</h2>${summaryList(locale, components)}
<h2>${t(locale, 'portalSubmission.delivery.title')}</h2>${summaryList(locale, delivery)}
<h2>${t(locale, 'portalSubmission.start.fees')}</h2>${feesTable(locale, version.version.details.fees)}
${postForm(
  draftUrl(draft.id, STEP),
  citizen.session.csrf,
  html`${choices({ name: 'declaration', label: t(locale, 'portalSubmission.check.declarationLegend'), multiple: true, error: errors.declaration, options: [{ value: 'yes', label: t(locale, 'portalSubmission.check.declaration') }] })}
${button(t(locale, 'portalSubmission.check.submit'))}`,
)}
${back ? html`<p><a href="${draftUrl(draft.id, back)}">${t(locale, 'portalSubmission.back')}</a></p>` : ''}`;
  return sendPortalPage(deps, request, reply, { title, body, width: 'narrow' }, status, citizen);
}

export async function checkPage(deps: WebDeps, request: DraftRequest, reply: FastifyReply) {
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) return reply;
  return render(deps, request, reply, ctx, problems(ctx));
}

export async function checkPost(deps: WebDeps, request: DraftRequest, reply: FastifyReply) {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) return reply;
  const errors = problems(ctx);
  const declared = body.declaration === 'yes' || (Array.isArray(body.declaration) && body.declaration.includes('yes'));
  if (!declared) errors.declaration = t(ctx.locale, 'portalSubmission.check.declarationRequired');
  if (Object.keys(errors).length > 0) return render(deps, request, reply, ctx, errors, 400);
  try {
    const done = await asCitizen(deps, request, ctx.citizen, (c) =>
      submitDraft(c, { dossiers: deps.services.dossiers, documents: deps.services }, { owner: ctx.owner, draftId: ctx.draft.id, applicant: applicantOf(ctx.citizen) }),
    );
    return seeOther(reply, confirmationUrl(done.dossierId));
  } catch (err) {
    // The core's own checks (a rule the page did not know, a warehouse item revoked meanwhile) are shown, not thrown.
    if (err instanceof ValidationError) {
      const issues = err.issues.map((i) => (i.path[0] === 'formData' ? { ...i, path: i.path.slice(1) } : { ...i, path: ['_form'] }));
      return render(deps, request, reply, ctx, fieldErrors(ctx.locale, issues), 400);
    }
    if (err instanceof AppError && err.status < 500 && err.status !== 404) return render(deps, request, reply, ctx, { _form: t(ctx.locale, err.key, err.params) }, err.status);
    throw err;
  }
}
