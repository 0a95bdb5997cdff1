/**
 * Files, digitisation and the data warehouse over HTTP. Uploads are multipart
 * streams checked by content before anything is stored; writes after the
 * upload are one transaction each (Idempotency-Key honoured); downloads pass
 * the dossier's own visibility check and are audited.
 */
import { z } from 'zod';
import type { Executor } from '../../platform/db/database.ts';
import type { CommandRunner } from '../../platform/commands/command-runner.ts';
import { respond } from '../../platform/http/idempotent-command.ts';
import { readFilePart, sendFile } from '../../platform/http/file-transfer.ts';
import { authErrors, commandErrors, IdempotencyHeaders } from '../../platform/http/route-helpers.ts';
import type { App } from '../../platform/http/server.ts';
import { actorOf, type Actor } from '../identity/index.ts';
import { attachFile } from './commands/attach-file.ts';
import { ConfirmDigitisationInput, confirmDigitisation } from './commands/confirm-digitisation.ts';
import { attachScan, recordDigitisation, signDossierFile, signScan } from './commands/digitise-file.ts';
import { reuseWarehouseItem } from './commands/reuse-warehouse-item.ts';
import type { DocumentDeps } from './documents.deps.ts';
import { presentDigitisation, presentFile } from './documents.presenter.ts';
import { DigitisationView, DossierDocumentsView, DossierFileView, ReuseOffersView, WarehouseItemView } from './documents.views.ts';
import { getDossierDocuments, openDigitisation, openDossierFile } from './queries/dossier-documents.ts';
import { ownerWarehouse, reuseOffers } from './queries/warehouse.ts';
import { searchDigitisedFor, SearchDigitisedQuery } from './queries/search-digitised.ts';
import { uploadTarget } from './queries/upload-target.ts';
import { registerFormRoutes } from './forms-http.ts';

export interface DocumentRouteDeps extends DocumentDeps {
  commands: CommandRunner;
}

const DossierParam = z.strictObject({ id: z.string().min(3).max(60).describe('Internal id (UUID) or dossier code') });
const ComponentParams = DossierParam.extend({ code: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/).describe('Component code, e.g. TP01') });
const FileParams = DossierParam.extend({ fileId: z.uuid() });
const uploadSchema = { consumes: ['multipart/form-data'], headers: IdempotencyHeaders };

async function audited(deps: DocumentDeps, actor: Actor, dossierId: string, fileRef: string, requestId: string): Promise<void> {
  await deps.audit.record(deps.db, { actor, at: deps.clock.now(), requestId }, [{ action: 'dossier.file_read', entityType: 'dossier', entityId: dossierId, payload: { file: fileRef } }]);
}

export function registerDocumentRoutes(app: App, deps: DocumentRouteDeps): void {
  const stored = async (sha256: string, db: Executor = deps.db) => deps.files.describe(sha256, db);

  app.post('/api/v1/dossiers/:id/components/:code/files', {
    schema: {
      tags: ['documents'],
      summary: 'Upload a file for a component (multipart field "file"); checked by content, type and size before it is stored',
      security: [{ bearer: [] }],
      ...uploadSchema,
      params: ComponentParams,
      response: { 201: DossierFileView, ...commandErrors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const policy = await uploadTarget(deps, actor, { dossierId: request.params.id, componentCode: request.params.code, scan: false });
      const part = await readFilePart(request, policy.maxBytes);
      const accepted = await deps.files.receive(part.stream, part.fileName, policy);
      return respond(deps.commands, deps.db, request, reply, actor, async (ctx) => {
        const row = await attachFile(ctx, deps, { dossierId: request.params.id, componentCode: request.params.code, file: accepted, source: 'UPLOAD' });
        return { status: 201, body: presentFile(row, await stored(row.sha256, ctx.tx)) };
      });
    },
  });

  app.post('/api/v1/dossiers/:id/components/:code/scans', {
    schema: {
      tags: ['documents'],
      summary: 'Digitise a paper component (TT 01/2023): upload the scan, which is signed by the officer; OCR then proposes the metadata',
      security: [{ bearer: [] }],
      ...uploadSchema,
      params: ComponentParams,
      response: { 201: z.object({ file: DossierFileView, digitisation: DigitisationView }), ...commandErrors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const policy = await uploadTarget(deps, actor, { dossierId: request.params.id, componentCode: request.params.code, scan: true });
      const part = await readFilePart(request, policy.maxBytes);
      const accepted = await deps.files.receive(part.stream, part.fileName, policy);
      const scan = await signScan(deps, actor, { dossierId: request.params.id, componentCode: request.params.code, sha256: accepted.sha256, fileName: accepted.fileName });
      return respond(deps.commands, deps.db, request, reply, actor, async (ctx) => {
        const { file, digitisation } = await attachScan(ctx, deps, { scan, file: accepted });
        return { status: 201, body: { file: presentFile(file, await stored(file.sha256, ctx.tx)), digitisation: presentDigitisation(digitisation) } };
      });
    },
  });

  app.post('/api/v1/dossiers/:id/files/:fileId/digitise', {
    schema: {
      tags: ['documents'],
      summary: 'Digitise a file already attached to a component (signed by the officer; OCR follows as a job)',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: FileParams,
      response: { 201: DigitisationView, ...commandErrors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const scan = await signDossierFile(deps, actor, { dossierId: request.params.id, fileId: request.params.fileId });
      return respond(deps.commands, deps.db, request, reply, actor, async (ctx) => ({
        status: 201,
        body: presentDigitisation(await recordDigitisation(ctx, deps, scan)),
      }));
    },
  });

  app.post('/api/v1/digitisations/:id/confirm', {
    schema: {
      tags: ['documents'],
      summary: "Confirm (or enter) the metadata: issues the digitisation code and stores the scan in the owner's data warehouse",
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: z.strictObject({ id: z.uuid() }),
      body: ConfirmDigitisationInput,
      response: { 200: DigitisationView, ...commandErrors },
    },
    handler: async (request, reply) => {
      return respond(deps.commands, deps.db, request, reply, actorOf(request), async (ctx) => ({
        status: 200,
        body: presentDigitisation(await confirmDigitisation(ctx, deps, { digitisationId: request.params.id, metadata: request.body })),
      }));
    },
  });

  app.get('/api/v1/digitisations', {
    schema: {
      tags: ['documents'],
      summary: "Search digitised papers by their OCR text (accent-insensitive), within the caller's dossiers",
      security: [{ bearer: [] }],
      querystring: SearchDigitisedQuery,
      response: { 200: z.object({ items: z.array(z.object({ id: z.string(), dossierId: z.string(), componentCode: z.string(), code: z.string().nullable(), status: z.string(), snippet: z.string() })) }), ...authErrors },
    },
    handler: async (request) => searchDigitisedFor(deps, actorOf(request), request.query),
  });

  app.get('/api/v1/digitisations/:id/content', {
    schema: { tags: ['documents'], summary: 'The officer-signed scan (PDF)', security: [{ bearer: [] }], params: z.strictObject({ id: z.uuid() }), response: authErrors },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const file = await openDigitisation(deps, actor, request.params.id);
      await audited(deps, actor, file.dossierId, `digitisation:${request.params.id}`, request.id);
      return sendFile(reply, file);
    },
  });

  app.get('/api/v1/dossiers/:id/documents', {
    schema: {
      tags: ['documents'],
      summary: 'Files, digitisations and the digitised/reused flags of each component (DVCQG DuocSoHoa, DuocLayTuKhoDMQG)',
      security: [{ bearer: [] }],
      params: DossierParam,
      response: { 200: DossierDocumentsView, ...authErrors },
    },
    handler: async (request) => getDossierDocuments(deps, actorOf(request), request.params.id),
  });

  app.get('/api/v1/dossiers/:id/files/:fileId/content', {
    schema: { tags: ['documents'], summary: 'Download one file of the dossier', security: [{ bearer: [] }], params: FileParams, response: authErrors },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const file = await openDossierFile(deps, actor, request.params.id, request.params.fileId);
      await audited(deps, actor, file.dossierId, request.params.fileId, request.id);
      return sendFile(reply, file);
    },
  });

  app.get('/api/v1/dossiers/:id/reuse-offers', {
    schema: {
      tags: ['documents'],
      summary: "Documents of the dossier's owner that its components may take from the data warehouse instead of an upload",
      security: [{ bearer: [] }],
      params: DossierParam,
      response: { 200: ReuseOffersView, ...authErrors },
    },
    handler: async (request) => reuseOffers(deps, actorOf(request), request.params.id),
  });

  app.post('/api/v1/dossiers/:id/components/:code/reuse', {
    schema: {
      tags: ['documents'],
      summary: "Take the component from the owner's data warehouse (marked reused)",
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: ComponentParams,
      body: z.strictObject({ itemId: z.uuid() }),
      response: { 201: DossierFileView, ...commandErrors },
    },
    handler: async (request, reply) => {
      return respond(deps.commands, deps.db, request, reply, actorOf(request), async (ctx) => {
        const row = await reuseWarehouseItem(ctx, deps, { dossierId: request.params.id, componentCode: request.params.code, itemId: request.body.itemId });
        return { status: 201, body: presentFile(row, await stored(row.sha256, ctx.tx)) };
      });
    },
  });

  app.get('/api/v1/warehouse', {
    schema: {
      tags: ['documents'],
      summary: "An owner's data warehouse, for the owner's own channel (the portal acting for the signed-in citizen); the read is audited",
      security: [{ bearer: [] }],
      querystring: z.strictObject({ idType: z.enum(['PERSONAL_ID', 'TAX_CODE', 'PASSPORT']), id: z.string().regex(/^[0-9A-Z-]{6,20}$/) }),
      response: { 200: z.object({ items: z.array(WarehouseItemView) }), ...authErrors },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const result = await ownerWarehouse(deps, actor, { idType: request.query.idType, id: request.query.id });
      await deps.audit.record(deps.db, { actor, at: deps.clock.now(), requestId: request.id }, [
        { action: 'warehouse.read', entityType: 'owner', entityId: `${request.query.idType}:${request.query.id}`, payload: { items: result.items.length } },
      ]);
      return result;
    },
  });

  registerFormRoutes(app, deps);
}
