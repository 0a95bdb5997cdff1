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
import { deskIntakeView } from '../../../modules/dossiers/index.ts';
import {
  attachScan, confirmDigitisation, getDossierDocuments, openDigitisation, reuseOffers, reuseWarehouseItem, scanPolicy, signScan,
} from '../../../modules/documents/index.ts';
import { button, errorSummary, fileInput, postForm } from '../../components/forms.ts';
import { fieldErrors, parseForm } from '../../form-input.ts';
import { officerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { decisionForms } from './decide-forms.ts';
import { ConfirmForm, confirmForm, confirmInput, type PapersProblem } from './digitisation-confirm.ts';
import type { DeskOfficer } from './desk-access.ts';

export async function showPapers(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: DeskOfficer, draftId: string, problem: PapersProblem = { errors: {} }, status = 200) {
  const locale = pageLocale(request);
  const { intake: draft, dossier } = await deskIntakeView(deps.services.dossiers, officer.actor, draftId);
  if (!dossier) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}`);
  if (draft.decision) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/ket-qua`);
  const ddeps = documentDeps(deps);
  const [docs, offers] = await Promise.all([getDossierDocuments(ddeps, officer.actor, dossier.id), reuseOffers(ddeps, officer.actor, dossier.id)]);
  const csrf = officer.session.csrf;
  const title = t(locale, 'officeIntake.papersTitle');
  const body = html`<p class="muted">${dossier.procedureCode} · ${dossier.ownerName}</p><h1>${title}</h1>
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
${decisionForms(locale, draft.id, csrf, dossier, docs.components, problem)}`;
  return sendOfficerPage(request, reply, officer, { title, section: 'intake', body, breadcrumbs: [{ href: '/can-bo/tiep-nhan', label: t(locale, 'officeIntake.title') }] }, status);
}

type Params = { Params: { id: string } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The officer's own undecided draft with its registered dossier, or where to send them instead. */
async function openDraft(deps: WebDeps, officer: DeskOfficer, draftId: string): Promise<{ draftId: string; dossierId: string } | { redirect: string }> {
  const { intake, dossier } = await deskIntakeView(deps.services.dossiers, officer.actor, draftId);
  if (!dossier || intake.decision) return { redirect: `/can-bo/tiep-nhan/${intake.id}` };
  return { draftId: intake.id, dossierId: dossier.id };
}

export function registerPapersPages(app: App, deps: WebDeps): void {
  app.get<Params>('/can-bo/tiep-nhan/:id/giay-to', async (request, reply) => showPapers(deps, request, reply, officerOf<DeskOfficer>(request), request.params.id));

  // A scan is stored and signed first (file work, outside any transaction); attaching it is the one command.
  app.post<Params>('/can-bo/tiep-nhan/:id/giay-to/quet', async (request, reply) => {
    const officer = officerOf<DeskOfficer>(request);
    const part = request.isMultipart() ? await request.file() : undefined;
    const field = (name: string) => {
      const f = part?.fields[name] as { value?: unknown } | undefined;
      return typeof f?.value === 'string' ? f.value : undefined;
    };
    const draft = await openDraft(deps, officer, request.params.id);
    if ('redirect' in draft) {
      part?.file.resume();
      return seeOther(reply, draft.redirect);
    }
    const component = field('component') ?? '';
    const ddeps = documentDeps(deps);
    try {
      if (!part || !part.filename) throw new AppError(422, 'documents.noFile');
      const accepted = await deps.services.files.receive(part.file, part.filename, scanPolicy(deps.config.uploadMaxBytes));
      const scan = await signScan(ddeps, officer.actor, { dossierId: draft.dossierId, componentCode: component, sha256: accepted.sha256, fileName: accepted.fileName });
      await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) => attachScan(ctx, ddeps, { scan, file: accepted }));
    } catch (err) {
      part?.file.resume();
      if (!(err instanceof AppError) || err.status >= 500 || err.status === 404 || err.status === 403) throw err;
      const locale = pageLocale(request);
      return showPapers(deps, request, reply, officer, draft.draftId, { errors: { [`file_${component}`]: t(locale, err.key, err.params) } }, 422);
    }
    return seeOther(reply, `/can-bo/tiep-nhan/${draft.draftId}/giay-to`);
  });

  app.post<Params>('/can-bo/tiep-nhan/:id/giay-to/tai-su-dung', async (request, reply) => {
    const officer = officerOf<DeskOfficer>(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const draft = await openDraft(deps, officer, request.params.id);
    if ('redirect' in draft) return seeOther(reply, draft.redirect);
    const itemId = typeof body.itemId === 'string' && UUID.test(body.itemId) ? body.itemId : '00000000-0000-0000-0000-000000000000';
    await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) =>
      reuseWarehouseItem(ctx, documentDeps(deps), { dossierId: draft.dossierId, componentCode: String(body.component ?? ''), itemId }),
    );
    return seeOther(reply, `/can-bo/tiep-nhan/${draft.draftId}/giay-to`);
  });

  app.post<{ Params: { id: string; dig: string } }>('/can-bo/tiep-nhan/:id/so-hoa/:dig', async (request, reply) => {
    const officer = officerOf<DeskOfficer>(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const { intake: draft } = await deskIntakeView(deps.services.dossiers, officer.actor, request.params.id);
    const locale = pageLocale(request);
    const parsed = parseForm(ConfirmForm, body, locale);
    const digitisationId = request.params.dig;
    if (!UUID.test(digitisationId)) throw new NotFoundError('documents.digitisationNotFound');
    if (!parsed.ok) return showPapers(deps, request, reply, officer, draft.id, { errors: parsed.errors, values: parsed.values, digitisationId }, 422);
    try {
      await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) =>
        confirmDigitisation(ctx, documentDeps(deps), { digitisationId, metadata: confirmInput(parsed.data) }),
      );
    } catch (e) {
      // The command's own checks (an end of validity before its start) belong next to the field too.
      if (!(e instanceof ValidationError)) throw e;
      const issues = e.issues.map((i) => (i.path.join('.') === 'owner.id' ? { ...i, path: ['ownerId'] } : i));
      return showPapers(deps, request, reply, officer, draft.id, { errors: fieldErrors(locale, issues), values: parsed.values, digitisationId }, 422);
    }
    return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/giay-to`);
  });

  app.get<{ Params: { id: string; dig: string } }>('/can-bo/tiep-nhan/:id/so-hoa/:dig/ban-so-hoa', async (request, reply) => {
    const officer = officerOf<DeskOfficer>(request);
    await deskIntakeView(deps.services.dossiers, officer.actor, request.params.id);
    if (!UUID.test(request.params.dig)) throw new NotFoundError('documents.digitisationNotFound');
    const file = await openDigitisation(documentDeps(deps), officer.actor, request.params.dig);
    return sendFile(reply, file, true);
  });
}
