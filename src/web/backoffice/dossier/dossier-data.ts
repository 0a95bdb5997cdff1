/**
 * Everything the officer's dossier page shows, read through the modules' own
 * queries: the full view (whose read is audited, with the actions this officer
 * may take now), the files and digitisations, the step budgets of the
 * workflow, the eligible assignees and the agencies to consult.
 */
import type { FastifyRequest } from 'fastify';
import { vnLocalDate } from '../../../platform/clock.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { getDossierDocuments, type DocumentDeps } from '../../../modules/documents/index.ts';
import { dossierRepo, getDossier } from '../../../modules/dossiers/index.ts';
import { allScopedAgencies, officersWithRoleAt } from '../../../modules/identity/index.ts';
import type { WebDeps } from '../../web-deps.ts';
import type { Officer } from '../officer-session.ts';

export type DossierPageView = Awaited<ReturnType<typeof getDossier>>;
export type DossierDocuments = Awaited<ReturnType<typeof getDossierDocuments>>;

export interface StepUse {
  seq: number;
  budget: { amount: number; unit: 'WORKING_HOUR' | 'WORKING_DAY' } | null;
  usedHours: number;
  over: boolean;
}

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
}

export function documentDeps(deps: WebDeps): DocumentDeps {
  const s = deps.services;
  return { db: deps.db, clock: deps.clock, config: deps.config, agencies: s.agencies, procedures: s.procedures, audit: s.audit, files: s.files, signers: s.signers, ocr: s.ocr, dossiers: s.dossiers };
}

const HOUR = 3_600_000;

export async function loadDossierPage(deps: WebDeps, request: FastifyRequest, officer: Officer, idOrCode: string, locale: Locale): Promise<DossierPageData> {
  const view = await getDossier(deps.services.dossiers, officer.actor, idOrCode, locale, request.id);
  const documents = await getDossierDocuments(documentDeps(deps), officer.actor, view.id);
  const row = (await dossierRepo.findDossier(deps.db, view.id))!;
  const [workflow, calendar, directory] = await Promise.all([
    deps.services.workflows.get(deps.db, row.workflowId),
    deps.services.calendars.forAgency(row.competentAgencyId),
    deps.services.agencies.current(),
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
  let enteredAt: Date | null = null;
  for (const a of await dossierRepo.listActions(deps.db, row.id)) {
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
  return { view, documents, hoursLeft, stepUse, opinions, ownAgencyCodes, assignees, agencies };
}

