/**
 * GET/POST /ho-so-nhap/:id/giay-to — the papers of the application. Each
 * component can get an upload (checked by content and size with the
 * component's own policy before anything is kept; a refusal is shown next to
 * that component), or a valid document of the accepted type from the owner's
 * data warehouse (then marked reused), or — when optional — nothing. Files are
 * stored at once and only referenced by the draft until it is submitted.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Component } from '../../../modules/catalog/index.ts';
import { uploadPolicyFor, validItemsOfTypes } from '../../../modules/documents/index.ts';
import type { DraftComponents } from '../../../modules/drafts/index.ts';
import { vnLocalDate } from '../../../platform/clock.ts';
import { t } from '../../../platform/i18n/index.ts';
import { button, choices, errorSummary, fileInput, postForm, type FieldErrors } from '../../components/forms.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { seeOther } from '../../web-page.ts';
import { sendPortalPage } from '../portal-page.ts';
import { draftUrl, loadDraft, nextStep, previousStep, saveDraftChanges, stepNumber, type DraftContext, type DraftRequest } from './draft-context.ts';
import { formatSize } from './summary-parts.ts';

export const STEP = 'giay-to';
export type ComponentRequest = FastifyRequest<{ Params: { id: string; code: string } }>;

export async function warehouseOffers(deps: WebDeps, ctx: DraftContext) {
  const types = ctx.version.version.details.components.filter((c) => c.acceptsReuse && c.documentType).map((c) => c.documentType!);
  const items = await validItemsOfTypes(deps.db, { idType: ctx.owner.ownerIdType, id: ctx.owner.ownerId }, [...new Set(types)], vnLocalDate(deps.clock.now()));
  return (c: Component) => (c.acceptsReuse && c.documentType ? items.filter((i) => i.documentType === c.documentType) : []);
}

export function missingRequired(ctx: DraftContext, components: DraftComponents = ctx.draft.components): Component[] {
  return ctx.version.version.details.components.filter((c) => c.required && !components[c.code]);
}

const formatsOf = (c: Component) => ['PDF', 'JPEG', 'PNG', 'TIFF', ...(c.upload?.officeFormats ?? []).map((f) => f.toUpperCase())].join(', ');

export async function renderComponents(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, ctx: DraftContext, errors: FieldErrors = {}, status = 200) {
  const { locale, draft } = ctx;
  const offersFor = await warehouseOffers(deps, ctx);
  const { n, total } = stepNumber(ctx, STEP);
  const csrf = ctx.citizen.session.csrf;
  const maxMb = (c: Component) => Math.floor(uploadPolicyFor(c, deps.config.uploadMaxBytes).maxBytes / 1024 / 1024);
  const title = t(locale, 'portalSubmission.components.title');
  const cards = ctx.version.version.details.components.map((c) => {
    const held = draft.components[c.code];
    const base = draftUrl(draft.id, `${STEP}/${c.code}`);
    const offers = offersFor(c);
    const status = held
      ? held.kind === 'UPLOAD'
        ? html`<p><span class="tag ok">✓</span> ${t(locale, 'portalSubmission.components.attached', { name: held.fileName, size: formatSize(held.size) })}</p>`
        : html`<p><span class="tag ok">✓</span> ${t(locale, 'portalSubmission.components.reused', { title: held.title })}</p>`
      : html`<p class="muted">${t(locale, 'portalSubmission.components.none')}</p>`;
    return html`<section class="card" aria-labelledby="c-${c.code}">
<h2 id="c-${c.code}">${c.name} <span class="tag ${c.required ? 'warn' : 'grey'}">${t(locale, c.required ? 'portalSubmission.required' : 'portalSubmission.optional')}</span></h2>
${c.note ? html`<p class="hint">${c.note}</p>` : ''}${c.sampleForm ? html`<p class="hint">${t(locale, 'portalSubmission.components.sample', { name: c.sampleForm.name })}</p>` : ''}
${status}
${postForm(
  `${base}/tai-len`,
  csrf,
  html`${fileInput({ name: `file-${c.code}`, label: t(locale, held ? 'portalSubmission.components.replace' : 'portalSubmission.components.fileLabel', { name: c.name }), hint: t(locale, 'portalSubmission.components.fileHint', { formats: formatsOf(c), maxMb: maxMb(c) }), error: errors[`file-${c.code}`], accept: '.pdf,.jpg,.jpeg,.png,.tif,.tiff' })}${button(t(locale, 'portalSubmission.components.upload'), { kind: 'secondary' })}`,
  { multipart: true },
)}
${offers.length > 0
  ? postForm(
      `${base}/kho`,
      csrf,
      html`${choices({ name: `item-${c.code}`, label: t(locale, 'portalSubmission.components.useWarehouse'), error: errors[`item-${c.code}`], value: held?.kind === 'REUSE' ? held.itemId : undefined, options: offers.map((i) => ({ value: i.id, label: t(locale, 'portalSubmission.components.itemLabel', { title: i.title, number: i.documentNumber ? ` (${i.documentNumber})` : '', validTo: i.validTo ?? t(locale, 'portalSubmission.components.noExpiry') }) })) })}${button(t(locale, 'portalSubmission.components.useThis'), { kind: 'secondary' })}`,
    )
  : ''}
${held ? postForm(`${base}/go-bo`, csrf, button(t(locale, 'portalSubmission.components.remove'), { kind: 'warning' })) : ''}
</section>`;
  });
  const back = previousStep(ctx, STEP);
  const body = html`${errorSummary(locale, errors)}<p class="caption">${t(locale, 'portalSubmission.stepOf', { n, total })} · ${ctx.version.procedure.name}</p>
<h1>${title}</h1><p class="lead">${t(locale, 'portalSubmission.components.lead')}</p>
${cards}
${postForm(draftUrl(draft.id, STEP), csrf, html`<div class="actions">${button(t(locale, 'portalSubmission.continue'), { name: 'action', value: 'next' })}${button(t(locale, 'portalSubmission.saveLater'), { kind: 'secondary', name: 'action', value: 'later' })}</div>`)}
${back ? html`<p><a href="${draftUrl(draft.id, back)}">${t(locale, 'portalSubmission.back')}</a></p>` : ''}`;
  return sendPortalPage(deps, request, reply, { title, body, width: 'narrow' }, status, ctx.citizen);
}

export async function componentsPage(deps: WebDeps, request: DraftRequest, reply: FastifyReply) {
  const ctx = await loadDraft(deps, request, reply);
  return ctx ? renderComponents(deps, request, reply, ctx) : reply;
}

export async function componentsPost(deps: WebDeps, request: DraftRequest, reply: FastifyReply) {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) return reply;
  await saveDraftChanges(deps, request, ctx, { currentStep: STEP });
  if (body.action === 'later') return seeOther(reply, '/ho-so-nhap?tb=da_luu');
  const missing = missingRequired(ctx);
  if (missing.length > 0) {
    const errors = Object.fromEntries(missing.map((c) => [`file-${c.code}`, t(ctx.locale, 'portalSubmission.components.missing', { name: c.name })]));
    return renderComponents(deps, request, reply, ctx, errors, 400);
  }
  return seeOther(reply, draftUrl(ctx.draft.id, nextStep(ctx, STEP)));
}
