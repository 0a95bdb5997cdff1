/**
 * GET/POST /ho-so-nhap/:id/nhan-ket-qua — how the result is received (at the
 * desk, by post to an address — prefilled from the identity claims — or
 * online), with the fees of the procedure shown before anything is submitted.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { t } from '../../../platform/i18n/index.ts';
import { button, choices, errorSummary, postForm, textInput, type FieldErrors } from '../../components/forms.ts';
import { formValues, type FormValues } from '../../form-input.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { seeOther } from '../../web-page.ts';
import { sendPortalPage } from '../portal-page.ts';
import { draftUrl, loadDraft, nextStep, previousStep, saveDraftChanges, stepNumber, type DraftContext, type DraftRequest } from './draft-context.ts';
import { feesTable } from './summary-parts.ts';

const STEP = 'nhan-ket-qua';
export const METHODS = ['AT_DESK', 'BY_POST', 'ONLINE'] as const;

function render(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, ctx: DraftContext, values: FormValues, errors: FieldErrors = {}, status = 200) {
  const { locale, draft } = ctx;
  const title = t(locale, 'portalSubmission.delivery.title');
  const { n, total } = stepNumber(ctx, STEP);
  const back = previousStep(ctx, STEP);
  const value = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const body = html`${errorSummary(locale, errors)}<p class="caption">${t(locale, 'portalSubmission.stepOf', { n, total })} · ${ctx.version.procedure.name}</p>
<h1>${title}</h1>
${postForm(
  draftUrl(draft.id, STEP),
  ctx.citizen.session.csrf,
  html`${choices({
    name: 'method',
    label: t(locale, 'portalSubmission.delivery.method'),
    error: errors.method,
    value: value('method'),
    options: METHODS.map((m) => ({ value: m, label: t(locale, `portalSubmission.delivery.${m}`), ...(m === 'BY_POST' ? { hint: t(locale, 'portalSubmission.delivery.postHint') } : {}) })),
  })}
${textInput({ name: 'address', label: t(locale, 'portalSubmission.delivery.address'), hint: t(locale, 'portalSubmission.delivery.addressHint'), value: value('address'), error: errors.address, autocomplete: 'street-address', maxlength: 300 })}
<h2>${t(locale, 'portalSubmission.start.fees')}</h2>
${feesTable(locale, ctx.version.version.details.fees)}
<div class="actions">${button(t(locale, 'portalSubmission.continue'), { name: 'action', value: 'next' })}${button(t(locale, 'portalSubmission.saveLater'), { kind: 'secondary', name: 'action', value: 'later' })}</div>`,
)}
${back ? html`<p><a href="${draftUrl(draft.id, back)}">${t(locale, 'portalSubmission.back')}</a></p>` : ''}`;
  return sendPortalPage(deps, request, reply, { title, body, width: 'narrow' }, status, ctx.citizen);
}

export async function deliveryPage(deps: WebDeps, request: DraftRequest, reply: FastifyReply) {
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) return reply;
  const address = ctx.draft.deliveryAddress ?? ctx.citizen.organisation?.address ?? ctx.citizen.data.address ?? '';
  return render(deps, request, reply, ctx, { method: ctx.draft.deliveryMethod ?? '', address });
}

const Delivery = z.discriminatedUnion('method', [
  z.object({ method: z.literal('BY_POST'), address: z.string().trim().min(5).max(300) }),
  z.object({ method: z.enum(['AT_DESK', 'ONLINE']), address: z.string().max(300).optional() }),
]);

export async function deliveryPost(deps: WebDeps, request: DraftRequest, reply: FastifyReply) {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) return reply;
  const values = formValues(body);
  const method = METHODS.find((m) => m === values.method) ?? null;
  const address = typeof values.address === 'string' && values.address.trim() !== '' ? values.address.trim().slice(0, 300) : null;
  await saveDraftChanges(deps, request, ctx, { deliveryMethod: method, deliveryAddress: address, currentStep: STEP });
  if (body.action === 'later') return seeOther(reply, '/ho-so-nhap?tb=da_luu');
  const parsed = Delivery.safeParse({ method: method ?? undefined, address: address ?? undefined });
  if (!parsed.success) {
    const errors: FieldErrors = method ? { address: t(ctx.locale, 'portalSubmission.delivery.addressRequired') } : { method: t(ctx.locale, 'portalSubmission.delivery.methodRequired') };
    return render(deps, request, reply, ctx, values, errors, 400);
  }
  return seeOther(reply, draftUrl(ctx.draft.id, nextStep(ctx, STEP)));
}
