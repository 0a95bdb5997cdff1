/**
 * The printable forms over HTTP: generated on request from the dossier and its
 * action log, signed by the officer who performed the act the form records
 * (or the officer printing it, for the control slip and the tracking book).
 */
import { Readable } from 'node:stream';
import { z } from 'zod';
import { signPdf } from '../../platform/crypto/signing/index.ts';
import { ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import { sendFile } from '../../platform/http/file-transfer.ts';
import { authErrors, commandErrors } from '../../platform/http/route-helpers.ts';
import { t, type MessageKey } from '../../platform/i18n/index.ts';
import type { App } from '../../platform/http/server.ts';
import { dossierRepo, findVisibleDossier } from '../dossiers/index.ts';
import { actorOf, hasRoleAt, type Actor } from '../identity/index.ts';
import type { DocumentDeps } from './documents.deps.ts';
import { FORM_IDS, type FormId } from './forms/form-catalog.ts';
import { renderForm } from './forms/index.ts';
import { buildDossierForm, type FormContext } from './printing/dossier-forms.ts';
import { buildTrackingBook } from './printing/tracking-book.ts';
import { agencyRefOf } from './printing/parties.ts';

const DOSSIER_FORMS = FORM_IDS.filter((f): f is Exclude<FormId, 'trackingBook'> => f !== 'trackingBook');
const isoDate = z.iso.date();

async function signed(deps: DocumentDeps, pdf: Buffer, who: { id: string; name: string }, agencyName: string, reason: string, at: Date): Promise<Buffer> {
  const signer = await deps.signers.signerFor({ kind: 'officer', key: who.id, commonName: who.name, organisation: agencyName });
  return signPdf(pdf, signer, { name: who.name, reason, location: agencyName, signedAt: at });
}

function context(deps: DocumentDeps, agencies: FormContext['agencies']): FormContext {
  return { regulation: deps.config.formRegulation, publicUrl: deps.config.publicUrl, agencies, now: deps.clock.now(), contactPhone: deps.config.hotline };
}

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
      const actor = actorOf(request);
      const form = request.params.form.replace(/\.pdf$/, '') as Exclude<FormId, 'trackingBook'>;
      if (!DOSSIER_FORMS.includes(form)) throw new NotFoundError('documents.unknownForm', { form: request.params.form, forms: DOSSIER_FORMS.join(', ') });
      const { id } = await findVisibleDossier(deps.dossiers, actor, request.params.id);
      const db = deps.db;
      const dossier = (await dossierRepo.findDossier(db, id))!;
      const [version, actions, components, supplements, agencies] = await Promise.all([
        deps.procedures.versionById(db, dossier.procedureVersionId),
        dossierRepo.listActions(db, id),
        dossierRepo.listComponents(db, id),
        dossierRepo.listSupplements(db, id),
        deps.agencies.current(),
      ]);
      const deskName = dossier.receivingDeskId ? agencies.desk(dossier.receivingDeskId)?.name : undefined;
      const ctx = context(deps, agencies);
      const built = buildDossierForm(form, ctx, { dossier, version: version!, actions, components, supplements, deskName }, actor);
      const who = built.author && built.author.kind === 'officer' ? built.author : actor;
      const pdf = await signed(deps, await renderForm(built.view), who, built.view.agency.name, t('vi', 'documents.signReason.form', { form: t('vi', `documents.formName.${form}` as MessageKey), code: dossier.code ?? '' }), ctx.now);
      await deps.audit.record(db, { actor, at: ctx.now, requestId: request.id }, [{ action: 'dossier.form_printed', entityType: 'dossier', entityId: id, payload: { form } }]);
      return sendFile(reply, { stream: bufferStream(pdf), fileName: `${form}-${dossier.code}.pdf`, contentType: 'application/pdf', size: pdf.length }, true);
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
      const actor = actorOf(request);
      const agencies = await deps.agencies.current();
      const agency = agencies.byCode(request.params.code.toUpperCase());
      if (!agency) throw new NotFoundError();
      if (!mayKeepBook(actor, agency.id)) throw new ForbiddenError();
      const ctx = context(deps, agencies);
      const view = await buildTrackingBook(deps.db, ctx, agency.id, request.query, actor);
      const pdf = await signed(deps, await renderForm(view), actor, agencyRefOf(agencies, agency.id).name, t('vi', 'documents.formName.trackingBook'), ctx.now);
      return sendFile(reply, { stream: bufferStream(pdf), fileName: `so-theo-doi-${agency.code}-${request.query.from}.pdf`, contentType: 'application/pdf', size: pdf.length }, true);
    },
  });
}

function mayKeepBook(actor: Actor, agencyId: string): boolean {
  return actor.kind === 'officer' && (['DESK_OFFICER', 'LEADER', 'SUPERVISOR'] as const).some((r) => hasRoleAt(actor, r, agencyId));
}

function bufferStream(bytes: Buffer) {
  return Readable.from([bytes]);
}
