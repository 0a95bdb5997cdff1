/**
 * E-results over HTTP: the public verification (by code — what the QR opens —
 * or by uploading any signed PDF), the signed file for those who may see the
 * dossier, and replacement and revocation by the competent agency's leader.
 */
import { z } from 'zod';
import { readSmallFilePart, sendFile } from '../../platform/http/file-transfer.ts';
import { runCommand } from '../../platform/http/idempotent-command.ts';
import { authErrors, commandErrors, errors, IdempotencyHeaders, localeOf } from '../../platform/http/route-helpers.ts';
import type { App } from '../../platform/http/server.ts';
import { findVisibleDossier } from '../dossiers/index.ts';
import { actorOf } from '../identity/index.ts';
import { replaceResult, ResultChangeInput, revokeResult } from './commands/change-result-status.ts';
import { verifyResultByCode, verifyUploadedPdf } from './queries/verify.ts';
import { readSignedResult, signedResultDossierId } from './queries/signed-result-file.ts';
import type { SigningDeps } from './signing.deps.ts';
import { ResultCodeParam, ResultVerification, UploadVerification } from './signing.views.ts';

export interface SigningRouteDeps extends SigningDeps {
  afterCommit: () => void;
  uploadMaxBytes: number;
}

const ResultChangeView = z.object({ code: z.string(), status: z.string(), replacement: z.string().nullable() });

export function registerSigningRoutes(app: App, deps: SigningRouteDeps): void {
  app.get('/api/v1/public/results/:code', {
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
        const actor = actorOf(request);
        const body = request.body as ResultChangeInput;
        return runCommand(deps.db, request, reply, { principal: actor.id, afterCommit: deps.afterCommit }, async (tx): Promise<{ status: number; body: z.infer<typeof ResultChangeView> }> => {
          if (op === 'replace') {
            const replacement = await replaceResult(tx, deps, actor, request.params.code, body, request.id);
            return { status: 200, body: { code: request.params.code, status: 'REPLACED', replacement: replacement.code } };
          }
          const revoked = await revokeResult(tx, deps, actor, request.params.code, body, request.id);
          return { status: 200, body: { code: revoked.code, status: revoked.status, replacement: null } };
        });
      },
    });
  }

}
