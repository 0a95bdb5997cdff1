/**
 * POST /ho-so-cua-toi/:id/bo-sung/tep/:code — one replacement file for one
 * asked component. Everything is known from the URL before the body is read
 * (the CSRF token included: the guard checks it in the action URL, so a forged
 * post is refused before any byte is stored). The file passes the same content
 * checks as every upload; a refused file re-renders the page with the reason.
 * Attaching it is the documents module's command.
 */
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { attachFile, uploadPolicyFor } from '../../../modules/documents/index.ts';
import { supplementState } from '../../../modules/dossiers/index.ts';
import { AppError, NotFoundError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import type { AcceptedFile } from '../../../platform/storage/index.ts';
import { UploadRefusedError } from '../../../platform/storage/index.ts';
import { citizenOf } from '../../guards.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { dossierUrl, ownedDossier } from './owned-dossier.ts';
import { renderSupplementPage } from './supplement-page.ts';

async function drain(stream: Readable): Promise<void> {
  stream.resume();
  await new Promise<void>((resolve) => (stream.readableEnded ? resolve() : stream.once('end', resolve).once('error', () => resolve())));
}

type Outcome = { kind: 'none' } | { kind: 'refused'; error: AppError } | { kind: 'accepted'; file: AcceptedFile };

export async function uploadSupplementFile(deps: WebDeps, request: FastifyRequest<{ Params: { id: string; code: string } }>, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const locale = pageLocale(request);
  const row = await ownedDossier(deps, citizen, request.params.id);
  const state = await supplementState(deps.services.dossiers, row);
  const component = state.asked.find((c) => c.code === request.params.code);
  if (!component) throw new NotFoundError('myd.sup.notAsked');
  if (!request.isMultipart()) throw new AppError(415, 'documents.notMultipart');

  let outcome: Outcome = { kind: 'none' };
  for await (const part of request.parts()) {
    if (part.type === 'field') continue;
    if (outcome.kind !== 'none' || !part.filename) {
      await drain(part.file);
      continue;
    }
    try {
      outcome = { kind: 'accepted', file: await deps.services.files.receive(part.file, part.filename, uploadPolicyFor(component, deps.config.uploadMaxBytes)) };
    } catch (err) {
      if (!(err instanceof UploadRefusedError)) throw err;
      outcome = { kind: 'refused', error: err };
      await drain(part.file);
    }
  }
  const field = `file-${component.code}`;
  switch (outcome.kind) {
    case 'none':
      return renderSupplementPage(deps, request, reply, citizen, row, { errors: { [field]: t(locale, 'myd.sup.noFile') } }, 400);
    case 'refused':
      return renderSupplementPage(deps, request, reply, citizen, row, { errors: { [field]: t(locale, outcome.error.key, outcome.error.params) } }, outcome.error.status);
    case 'accepted': {
      const file = outcome.file;
      await deps.commands.run({ actor: citizen.actor, requestId: request.id }, (ctx) =>
        attachFile(ctx, documentDeps(deps), { dossierId: row.id, componentCode: component.code, file, source: 'UPLOAD' }),
      );
      return seeOther(reply, `${dossierUrl(row.id)}/bo-sung?tai_len=${encodeURIComponent(component.code)}`);
    }
  }
}
