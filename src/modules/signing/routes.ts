/**
 * E-results over HTTP: the public verification (by code — what the QR opens —
 * or by uploading any signed PDF), the signed file for those who may see the
 * dossier, and replacement and revocation by the competent agency's leader.
 */
import { Readable } from 'node:stream';
import { z } from 'zod';
import { readSmallFilePart, sendFile } from '../../platform/http/file-transfer.ts';
import type { CommandRunner } from '../../platform/commands/command-runner.ts';
import { respond } from '../../platform/http/idempotent-command.ts';
import { authErrors, commandErrors, errors, IdempotencyHeaders, localeOf } from '../../platform/http/route-helpers.ts';
import type { App } from '../../platform/http/server.ts';
import { findVisibleDossier } from '../dossiers/index.ts';
import { actorOf } from '../identity/index.ts';
import { replaceResult } from './commands/replace-result.ts';
import { revokeResult } from './commands/revoke-result.ts';
import { ResultChangeInput } from './signing.schemas.ts';
import { signedRevisionOfUpload, verifyResultByCode, verifyUploadedPdf } from './queries/verify.ts';
import { readSignedResult, signedResultDossierId } from './queries/signed-result-file.ts';
import type { SigningDeps } from './signing.deps.ts';
import { ResultCodeParam, ResultVerification, SignedRevisionQuery, UploadVerification } from './signing.views.ts';

export interface SigningRouteDeps extends SigningDeps {
  commands: CommandRunner;
  uploadMaxBytes: number;
}

const ResultChangeView = z.object({ code: z.string(), status: z.string(), replacement: z.string().nullable() });

export function registerSigningRoutes(app: App, deps: SigningRouteDeps): void {
  app.get('/api/v1/public/results/:code', {
    config: { public: true },
    schema: {
      tags: ['public'],
      summary: 'Verify an e-result by its code: status (valid, replaced, revoked), issuer, who signed and when, integrity and trust',
      params: ResultCodeParam,
      response: { 200: ResultVerification, ...errors },
    },
    handler: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return verifyResultByCode(deps, request.params.code, localeOf(request));
    },
  });

  app.post('/api/v1/public/verify', {
    config: { public: true },
    schema: {
      tags: ['public'],
      summary: 'Check the signatures of any PDF (multipart field "file"); says whether motcua issued this very file',
      consumes: ['multipart/form-data'],
      response: { 200: UploadVerification, ...errors },
    },
    handler: async (request) => {
      const { bytes } = await readSmallFilePart(request, deps.uploadMaxBytes);
      return verifyUploadedPdf(deps, bytes, localeOf(request));
    },
  });

  app.post('/api/v1/public/verify/signed-revision', {
    config: { public: true },
    schema: {
      tags: ['public'],
      summary: 'The signed revision of an uploaded PDF (multipart field "file"): the file exactly as its newest valid signature (or ?signature=n) signed it, without anything added later',
      consumes: ['multipart/form-data'],
      querystring: SignedRevisionQuery,
      response: errors,
    },
    handler: async (request, reply) => {
      const { bytes } = await readSmallFilePart(request, deps.uploadMaxBytes);
      const revision = await signedRevisionOfUpload(deps, bytes, request.query.signature);
      reply.header('x-signed-revision-sha256', revision.sha256);
      const fileName = revision.resultCode ? `${revision.resultCode}.pdf` : 'ban-da-ky.pdf';
      return sendFile(reply, { stream: Readable.from([revision.bytes]), fileName, contentType: 'application/pdf', size: revision.bytes.length });
    },
  });

  app.get('/api/v1/results/:code/content', {
    schema: { tags: ['results'], summary: 'The signed e-result PDF, for those who may see the dossier', security: [{ bearer: [] }], params: ResultCodeParam, response: authErrors },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const dossier = await findVisibleDossier(deps.dossiers, actor, await signedResultDossierId(deps, request.params.code));
      return sendFile(reply, await readSignedResult(deps, actor, dossier.id, request.params.code, request.id));
    },
  });

  for (const op of ['replace', 'revoke'] as const) {
    app.post(`/api/v1/results/:code/${op}`, {
      schema: {
        tags: ['results'],
        summary:
          op === 'replace'
            ? 'Issue a replacement result (the old one is kept, marked REPLACED, and linked to the new one); leaders of the competent agency'
            : 'Revoke a result (kept, marked REVOKED, also in the owner’s data warehouse); leaders of the competent agency',
        security: [{ bearer: [] }],
        headers: IdempotencyHeaders,
        params: ResultCodeParam,
        body: op === 'replace' ? ResultChangeInput : ResultChangeInput.pick({ reason: true }),
        response: { 200: ResultChangeView, ...commandErrors },
      },
      handler: async (request, reply) => {
        const body = request.body as ResultChangeInput;
        const code = request.params.code;
        return respond(deps.commands, deps.db, request, reply, actorOf(request), async (ctx): Promise<{ status: number; body: z.infer<typeof ResultChangeView> }> => {
          if (op === 'replace') {
            const replacement = await replaceResult(ctx, deps, { code, ...body });
            return { status: 200, body: { code, status: 'REPLACED', replacement: replacement.code } };
          }
          const revoked = await revokeResult(ctx, { code, reason: body.reason });
          return { status: 200, body: { code: revoked.code, status: revoked.status, replacement: null } };
        });
      },
    });
  }
}
