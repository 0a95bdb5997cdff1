/**
 * POST /ho-so-nhap/:id/luu-tu-dong — the background save of the enhancement
 * script (`form[data-autosave]`, every 20 s). It answers JSON (its CSRF token
 * is checked by the citizen group's guard like every post), and saves only
 * the posted page's questions without validating them: a half-typed answer is
 * still worth keeping.
 */
import type { FastifyReply } from 'fastify';
import { findOwnedDraft, saveDraft } from '../../../modules/drafts/index.ts';
import { toVnIso } from '../../../platform/clock.ts';
import { formValues } from '../../form-input.ts';
import { citizenOf } from '../../guards.ts';
import type { WebDeps } from '../../web-deps.ts';
import { ownerKeys } from '../citizen-session.ts';
import { asCitizen, type DraftRequest } from './draft-context.ts';
import { mergedAnswers } from './eform-fields.ts';

export async function autosavePost(deps: WebDeps, request: DraftRequest, reply: FastifyReply) {
  reply.header('cache-control', 'no-store');
  const body = (request.body ?? {}) as Record<string, unknown>;
  const citizen = citizenOf(request);
  const owner = ownerKeys(citizen);
  const draft = await findOwnedDraft(deps.db, request.params.id, owner);
  if (!draft || draft.submittedDossierId) return reply.code(404).send({ saved: false });
  const version = await deps.services.procedures.versionById(deps.db, draft.procedureVersionId);
  const page = version?.version.eformSchema.pages.find((p) => p.id === body._page);
  if (!page) return reply.code(400).send({ saved: false });
  const at = await asCitizen(deps, request, citizen, async (ctx) => {
    await saveDraft(ctx, { draftId: draft.id, owner, changes: { answers: mergedAnswers(draft.answers, page.fields, formValues(body)) } });
    return ctx.now;
  });
  return reply.code(200).send({ saved: true, at: toVnIso(at) });
}
