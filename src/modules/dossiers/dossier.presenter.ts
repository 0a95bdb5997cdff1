/**
 * What leaves the server about a dossier, per audience: officers see the
 * dossier in full (within their scope), lists see a summary, and the public
 * look-up sees status and dates only, with the owner's name masked.
 */
import { toVnIso } from '../../platform/clock.ts';
import { t, type Locale } from '../../platform/i18n/index.ts';
import type { AgencySnapshot } from '../agencies/index.ts';
import type { LoadedVersion } from '../catalog/index.ts';
import type { BusinessState, WorkflowDefinition } from '../workflow/index.ts';
import { nationalStatus } from './national-status.ts';
import type { ActionRow, ComponentRow, ConsultationRow, DossierRow, DossierSummaryRow, ResultRow, SupplementRow, TaskRow } from './dossier.repo.ts';
import { NO_QUEUE_DUE } from './commands/apply-move.ts';
import type { PublicDossierRow } from './dossier-reads.repo.ts';

export interface PresentContext {
  locale: Locale;
  agencies: AgencySnapshot;
  refusalSyncStatus: 8 | 9;
  now: Date;
}

const iso = (d: Date | null | undefined): string | null => (d ? toVnIso(d) : null);

function agencyRef(agencies: AgencySnapshot, id: string | null) {
  if (!id) return null;
  const a = agencies.byId(id);
  return a ? { code: a.code, name: a.name } : null;
}

/** "Nguyễn Văn An" → "Nguyễn V. A.": enough to recognise one's own dossier, not to identify someone else. */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  return [words[0], ...words.slice(1).map((w) => `${w.charAt(0).toLocaleUpperCase('vi')}.`)].join(' ');
}

function status(row: Pick<DossierRow, 'state' | 'decision'>, ctx: PresentContext) {
  const state = row.state as BusinessState;
  return {
    state,
    stateLabel: t(ctx.locale, `state.${state}`),
    nationalStatus: nationalStatus(state, row.decision, ctx.refusalSyncStatus),
  };
}

/** Live flags: overdue now, or due within the next 24 hours. */
function flags(row: Pick<DossierRow, 'receivedAt' | 'currentDueAt' | 'intakeDueAt' | 'isOpen' | 'finishedAt'>, now: Date) {
  const relevant = row.receivedAt ? row.currentDueAt : row.intakeDueAt;
  const open = row.isOpen && !row.finishedAt;
  return {
    overdue: open && relevant !== null && relevant < now,
    dueSoon: open && relevant !== null && relevant >= now && relevant.getTime() - now.getTime() < 86_400_000,
  };
}

export function presentSummary(row: DossierSummaryRow, ctx: PresentContext, procedureName?: string) {
  return {
    id: row.id,
    code: row.code,
    procedure: { code: row.procedureCode, name: procedureName ?? null },
    ownerName: row.ownerName,
    channel: row.channel,
    ...status(row, ctx),
    step: row.step,
    assigneeId: row.assigneeId,
    competentAgency: agencyRef(ctx.agencies, row.competentAgencyId),
    submittedAt: iso(row.submittedAt),
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.currentDueAt ?? row.intakeDueAt),
    queueDueAt: row.queueDueAt.getTime() === NO_QUEUE_DUE.getTime() ? null : iso(row.queueDueAt),
    risk: row.risk,
    timeliness: row.timeliness as 'EARLY' | 'ON_TIME' | 'LATE' | null,
    ...flags(row, ctx.now),
  };
}

export interface DossierDetail {
  components: ComponentRow[];
  actions: ActionRow[];
  supplements: SupplementRow[];
  consultations: ConsultationRow[];
  tasks: TaskRow[];
  results: ResultRow[];
  allowedActions: { id: string; type: string; label: string | null; to: string | null; allowed: boolean; reasons: string[] }[];
}

export function presentDossier(row: DossierRow, version: LoadedVersion, definition: WorkflowDefinition, detail: DossierDetail, ctx: PresentContext) {
  const step = definition.steps.find((s) => s.id === row.step);
  return {
    id: row.id,
    code: row.code,
    version: row.actionCount,
    procedure: { code: row.procedureCode, name: version.procedure.name, version: version.version.version },
    workflow: { key: definition.key, version: definition.version },
    channel: row.channel,
    applicantType: row.applicantType,
    owner: { idType: row.ownerIdType, id: row.ownerId, name: row.ownerName },
    applicant: row.applicant,
    title: row.title,
    formData: row.formData,
    receivingDesk: row.receivingDeskId ? (ctx.agencies.desk(row.receivingDeskId) ? { code: ctx.agencies.desk(row.receivingDeskId)!.code, name: ctx.agencies.desk(row.receivingDeskId)!.name } : null) : null,
    receivingAgency: agencyRef(ctx.agencies, row.receivingAgencyId),
    competentAgency: agencyRef(ctx.agencies, row.competentAgencyId),
    ...status(row, ctx),
    step: { id: row.step, name: step ? (ctx.locale === 'en' && step.nameEn ? step.nameEn : step.name) : row.step },
    decision: row.decision,
    assigneeId: row.assigneeId,
    paymentState: row.paymentState,
    deliveryState: row.deliveryState,
    syncState: row.syncState,
    deliveryMethod: row.deliveryMethod,
    fees: { total: row.feeTotal, items: version.version.details.fees },
    dates: {
      submittedAt: iso(row.submittedAt),
      intakeDueAt: iso(row.intakeDueAt),
      receivedAt: iso(row.receivedAt),
      transferDueAt: iso(row.transferDueAt),
      originalDueAt: iso(row.originalDueAt),
      currentDueAt: iso(row.currentDueAt),
      stepStartedAt: iso(row.stepStartedAt),
      stepDueAt: iso(row.stepDueAt),
      pausedSince: iso(row.pausedSince),
      finishedAt: iso(row.finishedAt),
      returnedAt: iso(row.returnedAt),
    },
    extensionCount: row.extensionCount,
    supplementCount: row.supplementCount,
    pausedMs: row.pausedMs,
    timeliness: row.timeliness,
    risk: row.risk,
    ...flags(row, ctx.now),
    dueExplanation: (row.dueExplanation ?? []).map((s) => ({ kind: s.kind, date: s.date ?? null, at: s.at ?? null, text: ctx.locale === 'en' && s.textEn ? s.textEn : s.text })),
    components: detail.components.map((c) => ({ code: c.code, name: c.name, required: c.required, copyType: c.copyType, quantity: c.quantity, provided: c.provided, reused: c.reused, note: c.note })),
    supplements: detail.supplements.map((s) => ({ id: s.id, stage: s.stage, round: s.round, reason: s.reason, items: s.items, requestedAt: iso(s.requestedAt), completedAt: iso(s.completedAt), previousDueAt: iso(s.previousDueAt), newDueAt: iso(s.newDueAt) })),
    consultations: detail.consultations.map((c) => ({ id: c.id, agency: agencyRef(ctx.agencies, c.agencyId), question: c.question, dueAt: iso(c.dueAt), answer: c.answer, answeredAt: iso(c.answeredAt) })),
    tasks: detail.tasks.map((k) => ({ id: k.id, agency: agencyRef(ctx.agencies, k.agencyId), role: k.role, mode: k.mode, crossLevel: k.crossLevel, position: k.position, status: k.status, instructions: k.instructions, dueAt: iso(k.dueAt), completedAt: iso(k.completedAt), outcome: k.outcome })),
    results: detail.results.map((r) => ({ id: r.id, code: r.code, kind: r.kind, title: r.title, status: r.status, documentNumber: r.documentNumber, issuedAt: iso(r.issuedAt) })),
    actions: detail.actions.map((a) => ({
      seq: a.seq,
      type: a.type,
      actionId: a.actionId,
      at: iso(a.at),
      actor: { kind: a.actorKind, id: a.actorId, name: a.actorName, role: a.actorRole },
      onBehalfOf: a.onBehalfOf,
      from: { state: a.fromState, step: a.fromStep, agency: agencyRef(ctx.agencies, a.fromAgencyId) },
      to: { state: a.toState, step: a.toStep, agency: agencyRef(ctx.agencies, a.toAgencyId) },
      note: a.note,
      reason: a.reason,
    })),
    allowedActions: detail.allowedActions,
  };
}

export function presentPublic(row: PublicDossierRow, procedureName: string, ctx: PresentContext) {
  return {
    code: row.code!,
    procedure: { code: row.procedureCode, name: procedureName },
    ...status(row, ctx),
    ownerName: maskName(row.ownerName),
    receivingAgency: agencyRef(ctx.agencies, row.receivingAgencyId)?.name ?? null,
    competentAgency: agencyRef(ctx.agencies, row.competentAgencyId)?.name ?? null,
    submittedAt: iso(row.submittedAt),
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.currentDueAt),
    originalDueAt: iso(row.originalDueAt),
    finishedAt: iso(row.finishedAt),
    returnedAt: iso(row.returnedAt),
    timeliness: row.timeliness,
    extended: row.extensionCount > 0,
    overdue: flags(row, ctx.now).overdue,
  };
}
