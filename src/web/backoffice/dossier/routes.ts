/**
 * The officer's dossier page (issue 5): GET /can-bo/ho-so/:id shows it, POST
 * …/thao-tac takes one action, and the files and printable forms download
 * through the officer's session with the same visibility rule as the page
 * (another agency's dossier is 404, never 403); so does a result's signed PDF
 * (the API's /api/v1/results/:code/content takes a bearer token, not this session).
 */
import { Readable } from 'node:stream';
import { z } from 'zod';
import { dossierFormPdf, openDossierFile } from '../../../modules/documents/index.ts';
import { findVisibleDossier } from '../../../modules/dossiers/index.ts';
import { readSignedResult } from '../../../modules/signing/index.ts';
import { sendFile } from '../../../platform/http/file-transfer.ts';
import type { App } from '../../../platform/http/server.ts';
import { pageLocale } from '../../web-page.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import { officerOf } from '../../guards.ts';
import { doneNotice, renderDossierPage } from './render.ts';
import { takeAction } from './take-action.ts';

const Id = z.string().min(3).max(60);
const PageParams = z.object({ id: Id });
const PageQuery = z.object({ xong: z.string().max(40).optional() });
const FileParams = z.object({ id: Id, fileId: z.uuid() });
const FormParams = z.object({ id: Id, form: z.string().max(40) });
const ResultParams = z.object({ id: Id, code: z.string().min(3).max(80) });

export function registerDossierPages(app: App, deps: WebDeps): void {
  app.get('/can-bo/ho-so/:id', { schema: { hide: true, params: PageParams, querystring: PageQuery } }, async (request, reply) => {
    const notice = doneNotice(pageLocale(request), request.query.xong);
    return renderDossierPage(deps, request, reply, officerOf(request), request.params.id, notice ? { notice } : {});
  });

  app.post('/can-bo/ho-so/:id/thao-tac', { schema: { hide: true, params: PageParams } }, async (request, reply) => takeAction(deps, request, reply, officerOf(request), request.params.id));

  app.get('/can-bo/ho-so/:id/tep/:fileId', { schema: { hide: true, params: FileParams } }, async (request, reply) => {
    const officer = officerOf(request);
    const file = await openDossierFile(documentDeps(deps), officer.actor, request.params.id, request.params.fileId);
    // Reading a citizen's paper is personal-data access: logged like the API's download.
    await deps.services.audit.record(deps.db, { actor: officer.actor, at: deps.clock.now(), requestId: request.id }, [
      { action: 'dossier.file_read', entityType: 'dossier', entityId: file.dossierId, payload: { file: request.params.fileId } },
    ]);
    return sendFile(reply, file);
  });

  app.get('/can-bo/ho-so/:id/ket-qua/:code', { schema: { hide: true, params: ResultParams } }, async (request, reply) => {
    const officer = officerOf(request);
    const dossier = await findVisibleDossier(deps.services.dossiers, officer.actor, request.params.id);
    // Only a result of this very dossier, and only once its signed PDF is stored.
    return sendFile(reply, await readSignedResult(documentDeps(deps), officer.actor, dossier.id, request.params.code, request.id));
  });

  app.get('/can-bo/ho-so/:id/mau/:form', { schema: { hide: true, params: FormParams } }, async (request, reply) => {
    const officer = officerOf(request);
    const { pdf, fileName } = await dossierFormPdf(documentDeps(deps), officer.actor, request.params.id, request.params.form, request.id);
    return sendFile(reply, { stream: Readable.from([pdf]), fileName, contentType: 'application/pdf', size: pdf.length }, true);
  });
}
