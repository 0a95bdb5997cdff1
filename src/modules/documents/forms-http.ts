/**
 * The printable forms over HTTP: generated on request from the dossier and its
 * action log, signed by the officer who performed the act the form records
 * (or the officer printing it, for the control slip and the tracking book).
 */
import { Readable } from 'node:stream';
import { z } from 'zod';
import { sendFile } from '../../platform/http/file-transfer.ts';
import { authErrors, commandErrors } from '../../platform/http/route-helpers.ts';
import type { App } from '../../platform/http/server.ts';
import { actorOf } from '../identity/index.ts';
import type { DocumentDeps } from './documents.deps.ts';
import { dossierFormPdf } from './queries/dossier-form-pdf.ts';
import { agencyTrackingBookPdf } from './queries/tracking-book-print.ts';

const isoDate = z.iso.date();

export function registerFormRoutes(app: App, deps: DocumentDeps): void {
  app.get('/api/v1/dossiers/:id/forms/:form', {
    schema: {
      tags: ['documents'],
      summary: 'A standard form of the dossier as a signed PDF (A5): receiptSlip, supplementRequest, refusalNotice, apologyExtension, stopNotice, controlSlip',
      security: [{ bearer: [] }],
      params: z.strictObject({ id: z.string().min(3).max(60), form: z.string().max(40) }),
      response: commandErrors,
    },
    handler: async (request, reply) => {
      const { pdf, fileName } = await dossierFormPdf(deps, actorOf(request), request.params.id, request.params.form, request.id);
      return sendFile(reply, { stream: bufferStream(pdf), fileName, contentType: 'application/pdf', size: pdf.length }, true);
    },
  });

  app.get('/api/v1/agencies/:code/tracking-book', {
    schema: {
      tags: ['documents'],
      summary: 'Form 06, the tracking book of the dossiers an agency received in a period, as a signed A4 PDF',
      security: [{ bearer: [] }],
      params: z.strictObject({ code: z.string().min(1).max(40) }),
      querystring: z.strictObject({ from: isoDate, to: isoDate }),
      response: authErrors,
    },
    handler: async (request, reply) => {
      const { pdf, fileName } = await agencyTrackingBookPdf(deps, actorOf(request), { agencyCode: request.params.code, ...request.query });
      return sendFile(reply, { stream: bufferStream(pdf), fileName, contentType: 'application/pdf', size: pdf.length }, true);
    },
  });
}

function bufferStream(bytes: Buffer) {
  return Readable.from([bytes]);
}
