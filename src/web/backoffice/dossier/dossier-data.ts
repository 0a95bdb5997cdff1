/**
 * Everything the officer's dossier page shows, read through the modules' own
 * queries: the full view (whose read is audited, with the actions this officer
 * may take now), the files and digitisations, the step budgets of the
 * workflow, the eligible assignees and the agencies to consult, the e-form
 * (tờ khai) the answers belong to, what each supplement completion brought and
 * which results have a signed PDF.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { vnLocalDate } from '../../../platform/clock.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { EformSchema } from '../../../modules/catalog/index.ts';
import { getDossierDocuments } from '../../../modules/documents/index.ts';
import { dossierRepo, getDossier } from '../../../modules/dossiers/index.ts';
import { allScopedAgencies, officersWithRoleAt } from '../../../modules/identity/index.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import type { Officer } from '../officer-session.ts';

export type DossierPageView = Awaited<ReturnType<typeof getDossier>>;
export type DossierDocuments = Awaited<ReturnType<typeof getDossierDocuments>>;

export interface StepUse {
  seq: number;
  budget: { amount: number; unit: 'WORKING_HOUR' | 'WORKING_DAY' } | null;
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

// The completion's payload is a JSON column: read only what the page needs, tolerating older rows without it.
const CompletionPayload = z.object({
  round: z.number().int().optional(),
  componentsProvided: z.array(z.string()).optional(),
  changedFields: z.array(z.string()).optional(),
});
const COMPLETIONS = new Set(['complete_supplement', 'complete_intake_supplement']);

export interface DossierPageData {
  view: DossierPageView;
  documents: DossierDocuments;
  /** Working hours left until the current due date (negative when overdue), null when no clock runs. */
  hoursLeft: number | null;
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


const HOUR = 3_600_000;

export async function loadDossierPage(deps: WebDeps, request: FastifyRequest, officer: Officer, idOrCode: string, locale: Locale): Promise<DossierPageData> {
  const view = await getDossier(deps.services.dossiers, officer.actor, idOrCode, locale, request.id);
  const documents = await getDossierDocuments(documentDeps(deps), officer.actor, view.id);
  const row = (await dossierRepo.findDossier(deps.db, view.id))!;
  const [workflow, calendar, directory, version, results] = await Promise.all([
    deps.services.workflows.get(deps.db, row.workflowId),
    deps.services.calendars.forAgency(row.competentAgencyId),
    deps.services.agencies.current(),
    deps.services.procedures.versionById(deps.db, row.procedureVersionId),
    dossierRepo.listResults(deps.db, row.id),
  ]);
  const now = deps.clock.now();
  const due = row.receivedAt ? row.currentDueAt : row.intakeDueAt;
  let hoursLeft: number | null = null;
  if (due && row.isOpen && !row.pausedSince) {
    hoursLeft = due >= now ? calendar.elapsedWorkingMs(now, due) / HOUR : -calendar.elapsedWorkingMs(due, now) / HOUR;
  }

  // Each action closes the step it was taken in: time used is the working time since the dossier entered that step.
  const stepUse = new Map<number, StepUse>();
  const opinions = new Map<number, { proposal: string; text: string }>();
  const completions = new Map<number, SupplementCompletion>();
  let latestCompletion: SupplementCompletion | null = null;
  let enteredAt: Date | null = null;
  for (const a of await dossierRepo.listActions(deps.db, row.id)) {
    if (COMPLETIONS.has(a.type)) {
      latestCompletion = completion(view, a.seq, a.payload);
      completions.set(a.seq, latestCompletion);
    }
    const opinion = (a.payload as { opinion?: { proposal: string; text: string } } | null)?.opinion;
    if (opinion) opinions.set(a.seq, opinion);
    const step = workflow?.definition.steps.find((s) => s.id === a.fromStep);
    if (enteredAt && step) {
      const usedHours = calendar.elapsedWorkingMs(enteredAt, a.at) / HOUR;
      const budget = step.budget ?? null;
      const budgetHours = budget ? budget.amount * (budget.unit === 'WORKING_DAY' ? 8 : 1) : null;
      stepUse.set(a.seq, { seq: a.seq, budget, usedHours, over: budgetHours !== null && usedHours > budgetHours });
    }
    if (a.fromStep !== a.toStep || !enteredAt) enteredAt = a.at;
  }

  const wantsAssign = view.allowedActions.some((a) => a.allowed && a.type === 'assign');
  const competent = directory.byId(row.competentAgencyId);
  const assignees = wantsAssign && competent
    ? await officersWithRoleAt(deps.db, 'SPECIALIST', [competent.id, ...directory.ancestors(competent.id).map((a) => a.id)], vnLocalDate(now))
    : [];
  const wantsAgency = view.allowedActions.some((a) => a.allowed && (a.type === 'consult' || a.type === 'start_interagency'));
  const agencies = wantsAgency ? directory.all().filter((a) => a.id !== row.competentAgencyId).map((a) => ({ code: a.code, name: a.name })) : [];
  const ownAgencyCodes = new Set([...allScopedAgencies(officer.actor)].map((id) => directory.byId(id)?.code).filter((c): c is string => Boolean(c)));
  const signedResults = new Set(results.filter((r) => r.sha256 !== null).map((r) => r.code));
  const eform = version?.version.eformSchema ?? null;
  return { view, documents, hoursLeft, stepUse, opinions, ownAgencyCodes, assignees, agencies, eform, completions, latestCompletion, signedResults };
}

function completion(view: DossierPageView, seq: number, payload: unknown): SupplementCompletion {
  const parsed = CompletionPayload.safeParse(payload ?? {});
  const p = parsed.success ? parsed.data : {};
  const at = view.actions.find((a) => a.seq === seq)?.at ?? null;
  // The intake completion does not record its round: it is the round completed at that instant.
  const round = p.round ?? view.supplements.find((s) => s.completedAt !== null && s.completedAt === at)?.round ?? null;
  return { seq, at, round, componentsProvided: p.componentsProvided ?? [], changedFields: p.changedFields ?? [] };
}

