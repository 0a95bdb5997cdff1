/**
 * An effect handler is the part of an action that is specific to its type:
 * it reads its input, may write sub-records (supplement rounds, consultations,
 * tasks), and returns the dossier fields it changes and what to record. The
 * generic part (state, step, queue, timeliness, log, audit, outbox) is done by
 * act-on-dossier for every action alike.
 */
import type { AgencySnapshot } from '../../agencies/index.ts';
import type { LoadedVersion } from '../../catalog/index.ts';
import type { WorkingCalendar } from '../../calendar/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { PlannedMove, WorkflowDefinition } from '../../workflow/index.ts';
import type { ActionInput, ActionInputOf } from '../action-inputs.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import type {
  ActionRow,
  ComponentRow,
  ConsultationRow,
  DossierRow,
  NewConsultationRow,
  NewDossierRow,
  NewResultRow,
  NewSupplementRow,
  NewTaskRow,
  ResultRow,
  SupplementRow,
  TaskRow,
} from '../dossier.rows.ts';
import type { CodeAllocation } from '../dossier-code.ts';

/**
 * The dossier's own sub-records, as effects and guards read and write them.
 * act-on-dossier binds them to its transaction (dossier.repo.ts
 * `dossierRecords`); a unit test hands in a few arrays instead.
 */
export interface DossierRecords {
  components(): Promise<ComponentRow[]>;
  setComponentsProvided(codes: string[]): Promise<void>;
  countMissingRequired(): Promise<number>;
  actions(): Promise<ActionRow[]>;
  countSupplements(stage: 'INTAKE' | 'PROCESSING'): Promise<number>;
  openSupplement(stage: 'INTAKE' | 'PROCESSING'): Promise<SupplementRow | undefined>;
  insertSupplement(row: NewSupplementRow): Promise<void>;
  completeSupplement(id: string, at: Date, newDueAt: Date | null): Promise<void>;
  consultations(): Promise<ConsultationRow[]>;
  insertConsultation(row: NewConsultationRow): Promise<void>;
  answerConsultation(id: string, answer: string, by: string, at: Date): Promise<void>;
  tasks(): Promise<TaskRow[]>;
  insertTasks(rows: NewTaskRow[]): Promise<void>;
  updateTask(id: string, changes: Partial<NewTaskRow>): Promise<void>;
  results(): Promise<ResultRow[]>;
  insertResults(rows: NewResultRow[]): Promise<void>;
}

export interface EffectContext {
  deps: DossierDeps;
  actor: Actor;
  now: Date;
  dossier: DossierRow;
  version: LoadedVersion;
  definition: WorkflowDefinition;
  move: PlannedMove;
  calendar: WorkingCalendar;
  agencies: AgencySnapshot;
  records: DossierRecords;
  /** An officer as an actor with today's grants (the assignee of an assignment), undefined when unknown or inactive. */
  officer(id: string): Promise<Actor | undefined>;
}

export interface Effect {
  changes?: Partial<NewDossierRow>;
  /** Details kept in the action log beyond the input (e.g. the allocated code). */
  record?: Record<string, unknown>;
  reason?: string | undefined;
  fromAgencyId?: string | null;
  toAgencyId?: string | null;
  events?: { type: string; payload: Record<string, unknown> }[];
  /** Allocate the dossier code in the command's final statement (receipt only); values use CODE_PLACEHOLDER meanwhile. */
  allocateCode?: CodeAllocation;
}

export interface EffectHandler<T extends ActionInput['type']> {
  /** The agency whose officers take this action, when it is not the step's (consultations, inter-agency tasks). */
  actingAgency?(ctx: Omit<EffectContext, 'move'>, input: ActionInputOf<T>): Promise<string>;
  run(ctx: EffectContext, input: ActionInputOf<T>): Promise<Effect>;
}

export type EffectRegistry = { [T in ActionInput['type']]: EffectHandler<T> };
