/**
 * Desk intake, decision: receive, request supplement or refuse — one action
 * through the workflow, recorded on the draft with the desk's handling time in
 * the same transaction (a second submission finds the decision and only
 * redirects) — then the result page with the signed A5 form to print and, for
 * a received dossier, routing to the competent agency.
 */
import { Readable } from 'node:stream';
import { ValidationError } from '../../../platform/errors.ts';
import { sendFile } from '../../../platform/http/file-transfer.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { toVnIso } from '../../../platform/clock.ts';
import { ActionInput, actOnDossier, deskIntakeRepo, dossierRepo } from '../../../modules/dossiers/index.ts';
import { dossierFormPdf } from '../../../modules/documents/index.ts';
import { button, postForm } from '../../components/forms.ts';
import { fieldErrors, formValues } from '../../form-input.ts';
import { html } from '../../html.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { loadDraft } from './applicant-page.ts';
import { csrfChecked, minutesText, requireDeskOfficer } from './desk-access.ts';
import { showPapers } from './files-page.ts';

const FORM_OF = { receive: 'receiptSlip', request_intake_supplement: 'supplementRequest', reject_intake: 'refusalNotice' } as const;
const list = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []);

/** The action the posted decision asks for, or the field errors to show. */
function actionFrom(values: Record<string, string | string[]>, components: { code: string; name: string }[]): unknown {
  const expectedVersion = Number(values.expectedVersion);
  const base = Number.isInteger(expectedVersion) ? { expectedVersion } : {};
  if (values.decision === 'receive') return { type: 'receive', ...base };
  if (values.decision === 'refuse') return { type: 'reject_intake', ...base, reason: String(values.refuseReason ?? '') };
  const reason = String(values.supplementReason ?? '').trim();
  // Form 02 lists every missing item at once: the ticked components and anything else the officer names.
  const items: { componentCode?: string; description: string; reason: string }[] = components
    .filter((c) => list(values.missing).includes(c.code))
    .map((c) => ({ componentCode: c.code, description: c.name, reason: reason || '—' }));
  const other = String(values.otherItem ?? '').trim();
  if (other) items.push({ description: other, reason: reason || '—' });
  return { type: 'request_intake_supplement', ...base, items, reason };
}

const PATH_TO_FIELD: Record<string, string> = { reason: 'supplementReason', items: 'missing' };

export function registerDecidePages(app: App, deps: WebDeps): void {
  app.post<{ Params: { id: string } }>('/can-bo/tiep-nhan/:id/quyet-dinh', async (request, reply) => {
    const officer = await requireDeskOfficer(deps, request, reply);
    if (!officer) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!(await csrfChecked(deps, request, reply, officer, body._csrf))) return reply;
    const locale = pageLocale(request);
    const { draft } = await loadDraft(deps, officer, request.params.id);
    if (!draft.dossierId) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}`);
    if (draft.decision) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/ket-qua`);
    const values = formValues(body);
    const components = await dossierRepo.listComponents(deps.db, draft.dossierId);
    const parsed = ActionInput.safeParse(actionFrom(values, components));
    if (!parsed.success) {
      const errs = fieldErrors(locale, parsed.error.issues.map((i) => ({ path: i.path.map(String), key: i.path[0] === 'items' ? 'officeIntake.err.items' : 'officeIntake.err.reason', params: {} })));
      const shown: Record<string, string> = {};
      for (const [path, message] of Object.entries(errs)) {
        const field = values.decision === 'refuse' ? 'refuseReason' : (PATH_TO_FIELD[path.split('.')[0]!] ?? 'supplementReason');
        shown[field] ??= message;
      }
      return showPapers(deps, request, reply, officer, draft.id, { errors: shown, values }, 422);
    }
    const input = parsed.data;
    if (input.type !== 'receive' && input.type !== 'request_intake_supplement' && input.type !== 'reject_intake') throw new ValidationError([{ path: ['decision'], key: 'validation.required' }]);
    const now = deps.clock.now();
    await deps.db.transaction(async (tx) => {
      const locked = await deskIntakeRepo.findDeskIntake(tx, draft.id, officer.id, true);
      if (!locked || locked.decision) return;
      await actOnDossier(tx, deps.services.dossiers, officer.actor, draft.dossierId!, input, request.id);
      await deskIntakeRepo.updateDeskIntake(tx, draft.id, { decision: input.type, decidedAt: now, durationMs: Math.max(0, now.getTime() - locked.startedAt.getTime()), updatedAt: now });
    });
    deps.afterCommit();
    return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/ket-qua`);
  });

  app.get<{ Params: { id: string } }>('/can-bo/tiep-nhan/:id/ket-qua', async (request, reply) => {
    const officer = await requireDeskOfficer(deps, request, reply);
    if (!officer) return reply;
    const locale = pageLocale(request);
    const { draft, version } = await loadDraft(deps, officer, request.params.id);
    if (!draft.decision || !draft.dossierId) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}`);
    const dossier = (await dossierRepo.findDossier(deps.db, draft.dossierId))!;
    const actions = await dossierRepo.listActions(deps.db, dossier.id);
    const form = FORM_OF[draft.decision];
    const transferred = actions.some((a) => a.type === 'transfer');
    const needsRouting = draft.decision === 'receive' && dossier.isOpen && !transferred && dossier.competentAgencyId !== dossier.receivingAgencyId;
    const agencies = await deps.services.agencies.current();
    const title = t(locale, `officeIntake.done.${draft.decision}` as MessageKey);
    const body = html`<div class="panel" role="status"><h1>${title}</h1>
${dossier.code ? html`<p class="lead">${t(locale, 'officeIntake.dossierCode', { code: dossier.code })}</p>` : ''}
${draft.decision === 'receive' && dossier.currentDueAt ? html`<p>${t(locale, 'officeIntake.appointment', { at: toVnIso(dossier.currentDueAt).slice(0, 16).replace('T', ' ') })}</p>` : ''}
<p>${t(locale, 'officeIntake.handlingTime', { time: minutesText(locale, draft.durationMs ?? 0) })}</p></div>
${dossier.code
  ? html`<p><a href="/can-bo/tiep-nhan/${draft.id}/mau/${form}" download="${form}-${dossier.code}.pdf">${t(locale, `officeIntake.print.${form}` as MessageKey)}</a></p>`
  : html`<p class="notice">${t(locale, 'officeIntake.formNeedsCode')}</p>`}
<p class="muted">${version.procedure.name} · ${dossier.ownerName}</p>
${needsRouting
  ? html`<h2>${t(locale, 'officeIntake.routeTitle')}</h2><p>${t(locale, 'officeIntake.routeText', { agency: agencies.byId(dossier.competentAgencyId)?.name ?? '' })}</p>
${postForm(`/can-bo/tiep-nhan/${draft.id}/chuyen`, officer.session.csrf, html`<input type="hidden" name="expectedVersion" value="${dossier.actionCount}">${button(t(locale, 'officeIntake.route'))}`)}`
  : ''}
${transferred ? html`<p><span class="tag ok">${t(locale, 'officeIntake.routed', { agency: agencies.byId(dossier.competentAgencyId)?.name ?? '' })}</span></p>` : ''}
<ul class="actions"><li><a href="/can-bo/ho-so/${dossier.id}">${t(locale, 'officeIntake.openDossier')}</a></li><li><a href="/can-bo/tiep-nhan">${t(locale, 'officeIntake.next')}</a></li></ul>`;
    return sendOfficerPage(request, reply, officer, { title, section: 'intake', body });
  });

  app.get<{ Params: { id: string; form: string } }>('/can-bo/tiep-nhan/:id/mau/:form', async (request, reply) => {
    const officer = await requireDeskOfficer(deps, request, reply);
    if (!officer) return reply;
    const { draft } = await loadDraft(deps, officer, request.params.id);
    if (!draft.dossierId) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}`);
    const { pdf, fileName } = await dossierFormPdf(documentDeps(deps), officer.actor, draft.dossierId, request.params.form, request.id);
    return sendFile(reply, { stream: Readable.from([pdf]), fileName, contentType: 'application/pdf', size: pdf.length }, true);
  });

  app.post<{ Params: { id: string } }>('/can-bo/tiep-nhan/:id/chuyen', async (request, reply) => {
    const officer = await requireDeskOfficer(deps, request, reply);
    if (!officer) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!(await csrfChecked(deps, request, reply, officer, body._csrf))) return reply;
    const { draft } = await loadDraft(deps, officer, request.params.id);
    if (!draft.dossierId || draft.decision !== 'receive') return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}`);
    const expectedVersion = Number(body.expectedVersion);
    const actions = await dossierRepo.listActions(deps.db, draft.dossierId);
    if (!actions.some((a) => a.type === 'transfer')) {
      await deps.db.transaction((tx) =>
        actOnDossier(tx, deps.services.dossiers, officer.actor, draft.dossierId!, { type: 'transfer', ...(Number.isInteger(expectedVersion) ? { expectedVersion } : {}) }, request.id),
      );
      deps.afterCommit();
    }
    return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}/ket-qua`);
  });
}
