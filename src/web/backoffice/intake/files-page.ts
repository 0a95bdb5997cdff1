/**
 * Desk intake, papers step: each component is scanned (the scan becomes a
 * signed digitised PDF and OCR proposes its metadata, which the officer
 * confirms) or taken from the owner's data warehouse (marked reused); then the
 * decision forms. Every write is one command in one transaction.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { sendFile } from '../../../platform/http/file-transfer.ts';
import { t } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { dossierRepo } from '../../../modules/dossiers/index.ts';
import {
  attachFile, confirmDigitisation, getDossierDocuments, openDigitisation, recordDigitisation, reuseOffers, reuseWarehouseItem, scanPolicy, signScan,
} from '../../../modules/documents/index.ts';
import { button, errorSummary, fileInput, postForm } from '../../components/forms.ts';
import { fieldErrors, parseForm } from '../../form-input.ts';
import { html } from '../../html.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { loadDraft } from './applicant-page.ts';
import { decisionForms } from './decide-forms.ts';
import { ConfirmForm, confirmForm, confirmInput, type PapersProblem } from './digitisation-confirm.ts';
import { csrfChecked, requireDeskOfficer, type DeskOfficer } from './desk-access.ts';

export async function showPapers(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: DeskOfficer, draftId: string, problem: PapersProblem = { errors: {} }, status = 200) {
  const locale = pageLocale(request);
  const { draft } = await loadDraft(deps, officer, draftId);
  if (!draft.dossierId) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}`);
  if (draft.decision) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/ket-qua`);
  const ddeps = documentDeps(deps);
  const [docs, offers, dossier] = await Promise.all([
    getDossierDocuments(ddeps, officer.actor, draft.dossierId),
    reuseOffers(ddeps, officer.actor, draft.dossierId),
    dossierRepo.findDossier(deps.db, draft.dossierId),
  ]);
  const csrf = officer.session.csrf;
  const title = t(locale, 'officeIntake.papersTitle');
  const body = html`<p class="muted">${dossier!.procedureCode} · ${dossier!.ownerName}</p><h1>${title}</h1>
${errorSummary(locale, problem.errors)}
${docs.components.map((c) => {
  const digs = docs.digitisations.filter((d) => d.componentCode === c.code);
  const offer = offers.offers.find((o) => o.componentCode === c.code);
  return html`<section class="card"><h2>${c.name}</h2>
<p>${c.provided ? html`<span class="tag ok">${t(locale, 'officeIntake.provided')}</span>` : html`<span class="tag warn">${t(locale, 'officeIntake.missing')}</span>`}
${c.digitised ? html` <span class="tag ok">${t(locale, 'officeIntake.digitised')}</span>` : ''}${c.reusedFromWarehouse ? html` <span class="tag grey">${t(locale, 'officeIntake.reused')}</span>` : ''}</p>
${digs.map((d) => html`<p>${t(locale, 'officeIntake.scanLine', { at: d.signedAt.slice(11, 16), by: d.signedBy })} — <a href="/can-bo/tiep-nhan/${draft.id}/so-hoa/${d.id}/ban-so-hoa">${t(locale, 'officeIntake.openScan')}</a>${d.code ? html` · ${d.code}` : ''}</p>
${d.status === 'CONFIRMED' ? '' : confirmForm(locale, draft.id, csrf, d, c.name, problem)}`)}
${postForm(`/can-bo/tiep-nhan/${draft.id}/giay-to/quet`, csrf, html`<input type="hidden" name="component" value="${c.code}">${fileInput({ name: `file_${c.code}`, label: t(locale, 'officeIntake.scanLabel', { name: c.name }), hint: t(locale, 'officeIntake.scanHint'), accept: '.pdf,.jpg,.jpeg,.png,.tif,.tiff', error: problem.errors[`file_${c.code}`] })}${button(t(locale, 'officeIntake.scan'), { kind: 'secondary' })}`, { multipart: true })}
${offer
  ? html`<h3>${t(locale, 'officeIntake.fromWarehouse')}</h3><ul>${offer.items.map(
      (i) => html`<li>${i.title}${i.documentNumber ? html` (${i.documentNumber})` : ''} ${postForm(`/can-bo/tiep-nhan/${draft.id}/giay-to/tai-su-dung`, csrf, html`<input type="hidden" name="component" value="${c.code}"><input type="hidden" name="itemId" value="${i.id}">${button(t(locale, 'officeIntake.reuse'), { kind: 'secondary' })}`)}</li>`,
    )}</ul>`
  : ''}</section>`;
})}
${decisionForms(locale, draft.id, csrf, dossier!, docs.components, problem)}`;
  return sendOfficerPage(request, reply, officer, { title, section: 'intake', body, breadcrumbs: [{ href: '/can-bo/tiep-nhan', label: t(locale, 'officeIntake.title') }] }, status);
}

type Params = { Params: { id: string } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function registerPapersPages(app: App, deps: WebDeps): void {
  app.get<Params>('/can-bo/tiep-nhan/:id/giay-to', async (request, reply) => {
    const officer = await requireDeskOfficer(deps, request, reply);
    if (!officer) return reply;
    return showPapers(deps, request, reply, officer, request.params.id);
  });

  app.post<Params>('/can-bo/tiep-nhan/:id/giay-to/quet', async (request, reply) => {
    const officer = await requireDeskOfficer(deps, request, reply);
    if (!officer) return reply;
    const part = request.isMultipart() ? await request.file() : undefined;
    const field = (name: string) => {
      const f = part?.fields[name] as { value?: unknown } | undefined;
      return typeof f?.value === 'string' ? f.value : undefined;
    };
    if (!(await csrfChecked(deps, request, reply, officer, field('_csrf')))) {
      part?.file.resume();
      return reply;
    }
    const { draft } = await loadDraft(deps, officer, request.params.id);
    const component = field('component') ?? '';
    if (!draft.dossierId || draft.decision) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}`);
    const ddeps = documentDeps(deps);
    try {
      if (!part || !part.filename) throw new AppError(422, 'documents.noFile');
      const accepted = await deps.services.files.receive(part.file, part.filename, scanPolicy(deps.config.uploadMaxBytes));
      const scan = await signScan(ddeps, officer.actor, { dossierId: draft.dossierId, componentCode: component, sha256: accepted.sha256, fileName: accepted.fileName });
      await deps.db.transaction(async (tx) => {
        await attachFile(tx, ddeps, officer.actor, { dossierId: scan.dossierId, componentCode: component, file: accepted, source: 'SCAN' }, request.id);
        await recordDigitisation(tx, ddeps, officer.actor, scan, request.id);
      });
    } catch (err) {
      part?.file.resume();
      if (!(err instanceof AppError) || err.status >= 500 || err.status === 404 || err.status === 403) throw err;
      const locale = pageLocale(request);
      return showPapers(deps, request, reply, officer, draft.id, { errors: { [`file_${component}`]: t(locale, err.key, err.params) } }, 422);
    }
    deps.afterCommit();
    return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/giay-to`);
  });

  app.post<Params>('/can-bo/tiep-nhan/:id/giay-to/tai-su-dung', async (request, reply) => {
    const officer = await requireDeskOfficer(deps, request, reply);
    if (!officer) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!(await csrfChecked(deps, request, reply, officer, body._csrf))) return reply;
    const { draft } = await loadDraft(deps, officer, request.params.id);
    if (!draft.dossierId || draft.decision) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}`);
    const itemId = typeof body.itemId === 'string' && UUID.test(body.itemId) ? body.itemId : '00000000-0000-0000-0000-000000000000';
    await deps.db.transaction((tx) =>
      reuseWarehouseItem(tx, documentDeps(deps), officer.actor, { dossierId: draft.dossierId!, componentCode: String(body.component ?? ''), itemId }, request.id),
    );
    deps.afterCommit();
    return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/giay-to`);
  });

  app.post<{ Params: { id: string; dig: string } }>('/can-bo/tiep-nhan/:id/so-hoa/:dig', async (request, reply) => {
    const officer = await requireDeskOfficer(deps, request, reply);
    if (!officer) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!(await csrfChecked(deps, request, reply, officer, body._csrf))) return reply;
    const { draft } = await loadDraft(deps, officer, request.params.id);
    const locale = pageLocale(request);
    const parsed = parseForm(ConfirmForm, body, locale);
    const digitisationId = request.params.dig;
    if (!UUID.test(digitisationId)) throw new NotFoundError('documents.digitisationNotFound');
    if (!parsed.ok) return showPapers(deps, request, reply, officer, draft.id, { errors: parsed.errors, values: parsed.values, digitisationId }, 422);
    try {
      await deps.db.transaction((tx) => confirmDigitisation(tx, documentDeps(deps), officer.actor, digitisationId, confirmInput(parsed.data), request.id));
    } catch (e) {
      // The command's own checks (an end of validity before its start) belong next to the field too.
      if (!(e instanceof ValidationError)) throw e;
      const issues = e.issues.map((i) => (i.path.join('.') === 'owner.id' ? { ...i, path: ['ownerId'] } : i));
      return showPapers(deps, request, reply, officer, draft.id, { errors: fieldErrors(locale, issues), values: parsed.values, digitisationId }, 422);
    }
    return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/giay-to`);
  });

  app.get<{ Params: { id: string; dig: string } }>('/can-bo/tiep-nhan/:id/so-hoa/:dig/ban-so-hoa', async (request, reply) => {
    const officer = await requireDeskOfficer(deps, request, reply);
    if (!officer) return reply;
    await loadDraft(deps, officer, request.params.id);
    if (!UUID.test(request.params.dig)) throw new NotFoundError('documents.digitisationNotFound');
    const file = await openDigitisation(documentDeps(deps), officer.actor, request.params.dig);
    return sendFile(reply, file, true);
  });
}
