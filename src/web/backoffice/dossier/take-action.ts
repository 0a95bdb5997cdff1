/**
 * POST of one action form. The command is the same as the API's, run through
 * respond() with the form's idempotency key (a double click replays the first
 * answer) and the version the page was drawn at (if
 * another officer acted first, the page is drawn again with what changed).
 * Bad input and refused rules come back on the page, never as a 500.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actOnDossier, findVisibleDossier } from '../../../modules/dossiers/index.ts';
import { AppError, ConflictError, ForbiddenError, UnprocessableError, ValidationError } from '../../../platform/errors.ts';
import { respond } from '../../../platform/http/idempotent-command.ts';
import { t } from '../../../platform/i18n/index.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import type { WebDeps } from '../../web-deps.ts';
import type { Officer } from '../officer-session.ts';
import { actionLabel } from './action-forms.ts';
import { commandFieldErrors, parseActionForm } from './action-input.ts';
import { renderDossierPage } from './render.ts';
import { dossierPath } from './paths.ts';

export async function takeAction(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: Officer, idOrCode: string): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const target = await findVisibleDossier(deps.services.dossiers, officer.actor, idOrCode);
  const parsed = parseActionForm(request.body, locale);
  if (!parsed.ok) {
    if (!parsed.actionId) return renderDossierPage(deps, request, reply, officer, target.id, { status: 400, notice: { kind: 'error', text: t(locale, 'officeDossier.formBroken') } });
    return renderDossierPage(deps, request, reply, officer, target.id, { status: 400, failed: { actionId: parsed.actionId, errors: parsed.errors, values: parsed.values } });
  }
  // respond() reads the key from the header, as API clients send it; a form carries it as a field.
  request.headers['idempotency-key'] = `web-${parsed.key}`;
  try {
    await respond(deps.commands, deps.db, request, reply, officer.actor, async (ctx) => {
      const result = await actOnDossier(ctx, deps.services.dossiers, { dossierId: target.id, action: parsed.input });
      return { status: 200, body: { seq: result.seq, state: result.dossier.state } };
    });
  } catch (err) {
    if (err instanceof ConflictError && err.key === 'dossier.staleVersion') {
      return renderDossierPage(deps, request, reply, officer, target.id, { status: 409, stale: true });
    }
    if (err instanceof ValidationError || err instanceof UnprocessableError) {
      const errors = commandFieldErrors(locale, parsed.actionId, err.issues.length ? err.issues : [{ path: [], key: err.key, params: err.params }]);
      return renderDossierPage(deps, request, reply, officer, target.id, { status: err.status, failed: { actionId: parsed.actionId, errors, values: parsed.values } });
    }
    if (err instanceof ForbiddenError || (err instanceof AppError && err.status === 409)) {
      // The four-eyes rule and other guards: say plainly why, on the dossier page.
      const label = actionLabel(locale, { type: parsed.input.type, label: null });
      const text = err.key === 'dossier.actionNotPermitted' ? t(locale, 'officeDossier.refused', { action: label, reason: String(err.params.reason ?? '') }) : t(locale, err.key, err.params);
      return renderDossierPage(deps, request, reply, officer, target.id, { status: err.status, notice: { kind: 'error', text } });
    }
    throw err;
  }
  reply.removeHeader('idempotent-replayed');
  return seeOther(reply, `${dossierPath(target.id)}?xong=${encodeURIComponent(parsed.input.type)}`);
}
