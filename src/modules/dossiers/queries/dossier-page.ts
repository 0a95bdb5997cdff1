/**
 * Everything the officer's dossier page shows of the dossier itself: the full
 * view (its read is audited, with the actions this officer may take now), the
 * working time left, each step's time against its budget, the appraisal
 * opinions, what each supplement completion brought, the eligible assignees
 * and the agencies to consult, the e-form the answers belong to, and which
 * results have a signed PDF. Times are measured on the competent agency's
 * calendar, a day of budget at its configured working day (working-time.ts).
 */
import { z } from 'zod';
import { vnLocalDate } from '../../../platform/clock.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { WorkingCalendar } from '../../calendar/index.ts';
import type { EformSchema } from '../../catalog/index.ts';
import { allScopedAgencies, officersWithRoleAt, type Actor } from '../../identity/index.ts';
import type { Budget, WorkflowDefinition } from '../../workflow/index.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { findDossier, listActions, listResults } from '../dossier.repo.ts';
import type { ActionRow } from '../dossier.rows.ts';
import { budgetMs, HOUR_MS, workingDayMs, workingTimeLeftMs } from '../working-time.ts';
import { getDossier } from './get-dossier.ts';

export type DossierPageView = Awaited<ReturnType<typeof getDossier>>;

export interface StepUse {
  seq: number;
  budget: Budget | null;
  usedHours: number;
  over: boolean;
}

/** What one supplement completion brought: the papers handed in and the answers that changed. */
export interface SupplementCompletion {
  seq: number;
  /** The action's instant as shown on the page (+07:00). */
  at: string | null;
  round: number | null;
  componentsProvided: string[];
  changedFields: string[];
}

export interface DossierPageFigures {
  view: DossierPageView;
  /** Working hours left until the current due date (negative when overdue), null when no clock runs. */
  hoursLeft: number | null;
  /** Hours in one working day of the competent agency: how the page counts working hours as days. */
  workingDayHours: number;
  stepUse: Map<number, StepUse>;
  /** Appraisal opinions recorded on forward actions, by action number. */
  opinions: Map<number, { proposal: string; text: string }>;
  /** Codes of the agencies this officer works in: a cooperating agency sees only its own inter-agency tasks. */
  ownAgencyCodes: Set<string>;
  assignees: { id: string; fullName: string }[];
  agencies: { code: string; name: string }[];
  /** The e-form of the dossier's procedure version, null when it has none. */
  eform: EformSchema | null;
  /** Supplement completions by action number, and the latest one (what "Mới bổ sung" marks). */
  completions: Map<number, SupplementCompletion>;
  latestCompletion: SupplementCompletion | null;
  /** Codes of the results whose signed PDF is stored. */
  signedResults: Set<string>;
}

// The completion's payload is a JSON column: read only what the page needs, tolerating older rows without it.
const CompletionPayload = z.object({
  round: z.number().int().optional(),
  componentsProvided: z.array(z.string()).optional(),
  changedFields: z.array(z.string()).optional(),
});
const COMPLETIONS = new Set(['complete_supplement', 'complete_intake_supplement']);

/**
 * Each action closes the step it was taken in: the time used is the working
 * time since the dossier entered that step, against the step's budget.
 */
export function stepUses(actions: Pick<ActionRow, 'seq' | 'at' | 'fromStep' | 'toStep'>[], definition: Pick<WorkflowDefinition, 'steps'> | undefined, calendar: WorkingCalendar): Map<number, StepUse> {
  const uses = new Map<number, StepUse>();
  let enteredAt: Date | null = null;
  for (const a of actions) {
    const step = definition?.steps.find((s) => s.id === a.fromStep);
    if (enteredAt && step) {
      const usedMs = calendar.elapsedWorkingMs(enteredAt, a.at);
      const budget = step.budget ?? null;
      uses.set(a.seq, { seq: a.seq, budget, usedHours: usedMs / HOUR_MS, over: budget !== null && usedMs > budgetMs(calendar, budget) });
    }
    if (a.fromStep !== a.toStep || !enteredAt) enteredAt = a.at;
  }
  return uses;
}

export async function dossierPageFigures(deps: DossierDeps, actor: Actor, idOrCode: string, locale: Locale, requestId?: string): Promise<DossierPageFigures> {
  const view = await getDossier(deps, actor, idOrCode, locale, requestId);
  const db = deps.db;
  const row = (await findDossier(db, view.id))!;
  const [workflow, calendar, directory, version, results, actions] = await Promise.all([
    deps.workflows.get(db, row.workflowId),
    deps.calendars.forAgency(row.competentAgencyId),
    deps.agencies.current(),
    deps.procedures.versionById(db, row.procedureVersionId),
    listResults(db, row.id),
    listActions(db, row.id),
  ]);
  const now = deps.clock.now();
  const due = row.receivedAt ? row.currentDueAt : row.intakeDueAt;
  const hoursLeft = due && row.isOpen && !row.pausedSince ? workingTimeLeftMs(calendar, now, due) / HOUR_MS : null;

  const opinions = new Map<number, { proposal: string; text: string }>();
  const completions = new Map<number, SupplementCompletion>();
  let latestCompletion: SupplementCompletion | null = null;
  for (const a of actions) {
    if (COMPLETIONS.has(a.type)) {
      latestCompletion = completion(view, a.seq, a.payload);
      completions.set(a.seq, latestCompletion);
    }
    const opinion = (a.payload as { opinion?: { proposal: string; text: string } } | null)?.opinion;
    if (opinion) opinions.set(a.seq, opinion);
  }

  const wantsAssign = view.allowedActions.some((a) => a.allowed && a.type === 'assign');
  const competent = directory.byId(row.competentAgencyId);
  const assignees =
    wantsAssign && competent ? await officersWithRoleAt(db, 'SPECIALIST', [competent.id, ...directory.ancestors(competent.id).map((a) => a.id)], vnLocalDate(now)) : [];
  const wantsAgency = view.allowedActions.some((a) => a.allowed && (a.type === 'consult' || a.type === 'start_interagency'));
  const agencies = wantsAgency ? directory.all().filter((a) => a.id !== row.competentAgencyId).map((a) => ({ code: a.code, name: a.name })) : [];
  const ownAgencyCodes = new Set([...allScopedAgencies(actor)].map((id) => directory.byId(id)?.code).filter((c): c is string => Boolean(c)));
  const signedResults = new Set(results.filter((r) => r.sha256 !== null).map((r) => r.code));
  return {
    view,
    hoursLeft,
    workingDayHours: workingDayMs(calendar) / HOUR_MS,
    stepUse: stepUses(actions, workflow?.definition, calendar),
    opinions,
    ownAgencyCodes,
    assignees,
    agencies,
    eform: version?.version.eformSchema ?? null,
    completions,
    latestCompletion,
    signedResults,
  };
}

function completion(view: DossierPageView, seq: number, payload: unknown): SupplementCompletion {
  const parsed = CompletionPayload.safeParse(payload ?? {});
  const p = parsed.success ? parsed.data : {};
  const at = view.actions.find((a) => a.seq === seq)?.at ?? null;
  // The intake completion does not record its round: it is the round completed at that instant.
  const round = p.round ?? view.supplements.find((s) => s.completedAt !== null && s.completedAt === at)?.round ?? null;
  return { seq, at, round, componentsProvided: p.componentsProvided ?? [], changedFields: p.changedFields ?? [] };
}
