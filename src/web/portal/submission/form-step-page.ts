/**
 * One page of the e-form (GET and POST /ho-so-nhap/:id/buoc/:page). Posting
 * always saves what was typed (so nothing is lost); "continue" then checks this
 * page's questions with the catalogue's own rules and either moves on or shows
 * the page again with an error summary and the messages next to each field.
 * The same form is autosaved in the background when scripts run.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { conditionHolds, validateFormData, type FormField } from '../../../modules/catalog/index.ts';
import { prefillFor, type PrefillSource } from '../../../modules/drafts/index.ts';
import type { FieldIssue } from '../../../platform/errors.ts';
import { renderIssue } from '../../../platform/http/validation-issues.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { button, errorSummary, postForm, type FieldErrors } from '../../components/forms.ts';
import { formValues } from '../../form-input.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { seeOther } from '../../web-page.ts';
import { sendPortalPage } from '../portal-page.ts';
import { claimsOf, draftUrl, loadDraft, nextStep, previousStep, saveDraftChanges, stepNumber, type DraftContext } from './draft-context.ts';
import { fieldLabel, mergedAnswers, renderField } from './eform-fields.ts';

type PageRequest = FastifyRequest<{ Params: { id: string; page: string } }>;

const pageOf = (ctx: DraftContext, pageId: string) => ctx.version.version.eformSchema.pages.find((p) => p.id === pageId);

/** Fields shown on the page: those whose condition holds, or depends on another question of this page. */
function shownFields(fields: FormField[], answers: Record<string, unknown>): FormField[] {
  const names = new Set(fields.map((f) => f.name));
  return fields.filter((f) => !f.showIf || names.has(f.showIf.field) || conditionHolds(f.showIf, answers));
}

/** This page's problems, one message per field, each naming the question. */
export function pageErrors(locale: Locale, fields: FormField[], issues: FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const name = issue.path[1];
    const field = fields.find((f) => f.name === name);
    if (issue.path[0] !== 'formData' || !field) continue;
    errors[field.name] ??= `${fieldLabel(field, locale)}: ${renderIssue(locale, { ...issue, path: [field.name] }).message}`;
  }
  return errors;
}

async function render(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, ctx: DraftContext, pageId: string, answers: Record<string, unknown>, errors: FieldErrors = {}, status = 200) {
  const { locale, draft } = ctx;
  const page = pageOf(ctx, pageId)!;
  const prefill = await prefillFor(deps.db, deps.clock.now(), ctx.version, ctx.owner, claimsOf(ctx.citizen));
  const sourceOf = (f: FormField): PrefillSource | undefined =>
    prefill.sources[f.name] && answers[f.name] !== undefined && answers[f.name] === prefill.answers[f.name] ? prefill.sources[f.name] : undefined;
  const fields = shownFields(page.fields, answers);
  const step = `buoc/${page.id}`;
  const { n, total } = stepNumber(ctx, step);
  const back = previousStep(ctx, step);
  const anyPrefilled = fields.some((f) => sourceOf(f));
  const body = html`${errorSummary(locale, errors)}
<p class="caption">${t(locale, 'portalSubmission.stepOf', { n, total })} · ${ctx.version.procedure.name}</p>
<h1>${page.title}</h1>
${anyPrefilled ? html`<p class="notice info">${t(locale, 'portalSubmission.prefilledCount')}</p>` : ''}
${postForm(
  `${draftUrl(draft.id, step)}`,
  ctx.citizen.session.csrf,
  html`<input type="hidden" name="_page" value="${page.id}">
${fields.map((f) => renderField({ field: f, value: answers[f.name], error: errors[f.name], prefilled: sourceOf(f), pageFields: page.fields }, locale))}
<div class="actions">${button(t(locale, 'portalSubmission.continue'), { name: 'action', value: 'next' })}${button(t(locale, 'portalSubmission.saveLater'), { kind: 'secondary', name: 'action', value: 'later' })}</div>`,
  { autosave: draftUrl(draft.id, 'luu-tu-dong') },
)}
${back ? html`<p><a href="${draftUrl(draft.id, back)}">${t(locale, 'portalSubmission.back')}</a></p>` : html`<p><a href="/nop-ho-so/${draft.procedureCode}">${t(locale, 'portalSubmission.back')}</a></p>`}`;
  return sendPortalPage(deps, request, reply, { title: errors && Object.keys(errors).length > 0 ? `${t(locale, 'web.errorPrefix')} ${page.title}` : page.title, body, width: 'narrow' }, status, ctx.citizen);
}

export async function formStepPage(deps: WebDeps, request: PageRequest, reply: FastifyReply) {
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) return reply;
  if (!pageOf(ctx, request.params.page)) return seeOther(reply, draftUrl(ctx.draft.id, nextStep(ctx, '')));
  return render(deps, request, reply, ctx, request.params.page, ctx.draft.answers);
}

export async function formStepPost(deps: WebDeps, request: PageRequest, reply: FastifyReply) {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) return reply;
  const page = pageOf(ctx, request.params.page);
  if (!page) return seeOther(reply, draftUrl(ctx.draft.id, nextStep(ctx, '')));
  const answers = mergedAnswers(ctx.draft.answers, page.fields, formValues(body));
  const step = `buoc/${page.id}`;
  await saveDraftChanges(deps, request, ctx, { answers, currentStep: step });
  if (body.action === 'later') return seeOther(reply, '/ho-so-nhap?tb=da_luu');
  const errors = pageErrors(ctx.locale, page.fields, validateFormData(ctx.version.version.eformSchema, answers).issues);
  if (Object.keys(errors).length > 0) return render(deps, request, reply, { ...ctx, draft: { ...ctx.draft, answers } }, page.id, answers, errors, 400);
  return seeOther(reply, draftUrl(ctx.draft.id, nextStep(ctx, step, answers)));
}
