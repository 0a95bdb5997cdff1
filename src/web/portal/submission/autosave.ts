/**
 * POST /ho-so-nhap/:id/luu-tu-dong — the background save of the enhancement
 * script (`form[data-autosave]`, every 20 s). It answers JSON, checks the CSRF
 * token like every post, and saves only the posted page's questions without
 * validating them: a half-typed answer is still worth keeping.
 */
import type { FastifyReply } from 'fastify';
import { findOwnedDraft, saveDraft } from '../../../modules/drafts/index.ts';
import { toVnIso } from '../../../platform/clock.ts';
import { formValues } from '../../form-input.ts';
import type { WebDeps } from '../../web-deps.ts';
import { currentCitizen, ownerKeys } from '../citizen-session.ts';
import type { DraftRequest } from './draft-context.ts';
import { mergedAnswers } from './eform-fields.ts';

export async function autosavePost(deps: WebDeps, request: DraftRequest, reply: FastifyReply) {
  reply.header('cache-control', 'no-store');
  const body = (request.body ?? {}) as Record<string, unknown>;
  const citizen = await currentCitizen(deps, request);
  if (!citizen) return reply.code(401).send({ saved: false });
  if (!(await deps.sessions.csrfValid(request, 'portal', body._csrf))) return reply.code(403).send({ saved: false });
  const owner = ownerKeys(citizen);
  const draft = await findOwnedDraft(deps.db, request.params.id, owner);
  if (!draft || draft.submittedDossierId) return reply.code(404).send({ saved: false });
  const version = await deps.services.procedures.versionById(deps.db, draft.procedureVersionId);
  const page = version?.version.eformSchema.pages.find((p) => p.id === body._page);
  if (!page) return reply.code(400).send({ saved: false });
  const now = deps.clock.now();
  await saveDraft(deps.db, now, draft.id, owner, { answers: mergedAnswers(draft.answers, page.fields, formValues(body)) });
  return reply.code(200).send({ saved: true, at: toVnIso(now) });
}
