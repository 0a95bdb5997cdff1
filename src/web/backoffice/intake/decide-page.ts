/**
 * Desk intake, decision: receive, request supplement or refuse — one action
 * through the workflow, recorded on the draft with the desk's handling time in
 * the same transaction (a second submission finds the decision and only
 * redirects) — then the result page with the signed A5 form to print and, for
 * a received dossier, routing to the competent agency.
 */
import { Readable } from 'node:stream';
import { sendFile } from '../../../platform/http/file-transfer.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { toVnIso } from '../../../platform/clock.ts';
import { decideDeskIntake, deskIntakeResult, deskIntakeView, routeDeskIntake, type DecideDeskIntakeInput } from '../../../modules/dossiers/index.ts';
import { dossierFormPdf } from '../../../modules/documents/index.ts';
import { button, postForm } from '../../components/forms.ts';
import { fieldErrors, formValues } from '../../form-input.ts';
import { officerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { minutesText, type DeskOfficer } from './desk-access.ts';
import { showPapers } from './files-page.ts';

const FORM_OF = { receive: 'receiptSlip', request_intake_supplement: 'supplementRequest', reject_intake: 'refusalNotice' } as const;
const list = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []);
const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** The posted decision form as the command's input. */
function decisionFrom(draftId: string, values: Record<string, string | string[]>): DecideDeskIntakeInput {
  return {
    intakeId: draftId,
    decision: values.decision === 'receive' ? 'receive' : values.decision === 'refuse' ? 'refuse' : 'supplement',
    expectedVersion: Number(one(values.expectedVersion)),
    missing: list(values.missing),
    otherItem: one(values.otherItem),
    supplementReason: one(values.supplementReason),
    refuseReason: one(values.refuseReason),
  };
}

const PATH_TO_FIELD: Record<string, string> = { reason: 'supplementReason', items: 'missing' };

export function registerDecidePages(app: App, deps: WebDeps): void {
  app.post<{ Params: { id: string } }>('/can-bo/tiep-nhan/:id/quyet-dinh', async (request, reply) => {
    const officer = officerOf<DeskOfficer>(request);
    const locale = pageLocale(request);
    const values = formValues(request.body ?? {});
    const outcome = await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) =>
      decideDeskIntake(ctx, deps.services.dossiers, decisionFrom(request.params.id, values)),
    );
    if (outcome.kind === 'not-registered') return seeOther(reply, `/can-bo/tiep-nhan/${request.params.id}`);
    if (outcome.kind === 'incomplete') {
      const issues = outcome.issues.map((i) => ({ ...i, key: (i.path[0] === 'items' ? 'officeIntake.err.items' : 'officeIntake.err.reason') as MessageKey }));
      const shown: Record<string, string> = {};
      for (const [path, message] of Object.entries(fieldErrors(locale, issues))) {
        const field = values.decision === 'refuse' ? 'refuseReason' : (PATH_TO_FIELD[path.split('.')[0]!] ?? 'supplementReason');
        shown[field] ??= message;
      }
      return showPapers(deps, request, reply, officer, request.params.id, { errors: shown, values }, 422);
    }
    return seeOther(reply, `/can-bo/tiep-nhan/${request.params.id}/ket-qua`);
  });

  app.get<{ Params: { id: string } }>('/can-bo/tiep-nhan/:id/ket-qua', async (request, reply) => {
    const officer = officerOf<DeskOfficer>(request);
    const locale = pageLocale(request);
    const result = await deskIntakeResult(deps.services.dossiers, officer.actor, request.params.id);
    if (!result) return seeOther(reply, `/can-bo/tiep-nhan/${request.params.id}`);
    const { intake: draft, version, dossier, transferred, needsRouting } = result;
    const decision = draft.decision!;
    const form = FORM_OF[decision];
    const agencies = await deps.services.agencies.current();
    const title = t(locale, `officeIntake.done.${decision}` as MessageKey);
    const body = html`<div class="panel" role="status"><h1>${title}</h1>
${dossier.code ? html`<p class="lead">${t(locale, 'officeIntake.dossierCode', { code: dossier.code })}</p>` : ''}
${decision === 'receive' && dossier.currentDueAt ? html`<p>${t(locale, 'officeIntake.appointment', { at: toVnIso(dossier.currentDueAt).slice(0, 16).replace('T', ' ') })}</p>` : ''}
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
    const officer = officerOf<DeskOfficer>(request);
    const { intake: draft } = await deskIntakeView(deps.services.dossiers, officer.actor, request.params.id);
    if (!draft.dossierId) return seeOther(reply, `/can-bo/tiep-nhan/${draft.id}`);
    const { pdf, fileName } = await dossierFormPdf(documentDeps(deps), officer.actor, draft.dossierId, request.params.form, request.id);
    return sendFile(reply, { stream: Readable.from([pdf]), fileName, contentType: 'application/pdf', size: pdf.length }, true);
  });

  app.post<{ Params: { id: string } }>('/can-bo/tiep-nhan/:id/chuyen', async (request, reply) => {
    const officer = officerOf<DeskOfficer>(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const outcome = await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) =>
      routeDeskIntake(ctx, deps.services.dossiers, { intakeId: request.params.id, expectedVersion: Number(body.expectedVersion) }),
    );
    return seeOther(reply, outcome.kind === 'routed' ? `/can-bo/tiep-nhan/${request.params.id}/ket-qua` : `/can-bo/tiep-nhan/${request.params.id}`);
  });
}
