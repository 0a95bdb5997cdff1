/**
 * A hand-built effect context for the effects' and guards' unit tests: a
 * dossier row with plain defaults, a working calendar with the handbook's
 * office hours (07:30–11:30, 13:30–17:00, no holidays in 2025), a small agency
 * directory, and the dossier's sub-records kept in arrays — so a test states
 * only what the effect decides on, with no database and no HTTP.
 */
import type { AgencySnapshot } from '../../agencies/index.ts';
import { WorkingCalendar } from '../../calendar/index.ts';
import type { LoadedVersion } from '../../catalog/index.ts';
import type { Actor, Grant, GrantRole } from '../../identity/index.ts';
import type { PlannedMove, WorkflowDefinition, WorkflowStep } from '../../workflow/index.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import type { ActionRow, ComponentRow, ConsultationRow, DossierRow, ResultRow, SupplementRow, TaskRow } from '../dossier.rows.ts';
import type { DossierRecords, EffectContext } from './effect.ts';

/** An instant written as local Vietnam time, e.g. vn('2025-03-10 09:00'). */
export const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}+07:00`);

export const calendar = new WorkingCalendar({
  workingHours: { weekdays: [1, 2, 3, 4, 5], intervals: [['07:30', '11:30'], ['13:30', '17:00']] },
  overrides: [],
  officialYears: [2025],
});

interface TestAgency {
  id: string;
  code: string;
  name: string;
  level: 'COMMUNE' | 'PROVINCE' | 'CENTRAL';
}

/** The desk's agency, the competent department, another department and a ministry. */
export const AGENCIES = {
  desk: { id: 'a0000000-0000-4000-8000-000000000001', code: 'H01.01', name: 'Trung tâm Phục vụ hành chính công', level: 'PROVINCE' },
  competent: { id: 'a0000000-0000-4000-8000-000000000002', code: 'H01.02', name: 'Sở Tư pháp', level: 'PROVINCE' },
  other: { id: 'a0000000-0000-4000-8000-000000000003', code: 'H01.03', name: 'Sở Xây dựng', level: 'PROVINCE' },
  commune: { id: 'a0000000-0000-4000-8000-000000000004', code: 'H01.04.01', name: 'UBND xã A', level: 'COMMUNE' },
  ministry: { id: 'a0000000-0000-4000-8000-000000000005', code: 'G01', name: 'Bộ Tư pháp', level: 'CENTRAL' },
} satisfies Record<string, TestAgency>;

const all: TestAgency[] = Object.values(AGENCIES);
export const agencies = {
  byId: (id: string) => all.find((a) => a.id === id),
  resolve: (code: string) => {
    const agency = all.find((a) => a.code === code);
    return agency ? { agency } : undefined;
  },
} as unknown as AgencySnapshot;

export function actorWith(id: string, roles: [GrantRole, string][] = []): Actor {
  const scope = new Map<GrantRole, Set<string>>();
  for (const [role, agencyId] of roles) scope.set(role, new Set([...(scope.get(role) ?? []), agencyId]));
  return { kind: 'officer', id, name: `Cán bộ ${id}`, grants: roles.map(([role, agencyId]) => ({ role, agencyId }) as Grant), scope };
}

export const DOSSIER_ID = 'd0000000-0000-4000-8000-000000000001';

export function dossierRow(changes: Partial<DossierRow> = {}): DossierRow {
  const at = vn('2025-03-10 09:00');
  return {
    id: DOSSIER_ID,
    code: null,
    parentId: null,
    procedureId: 'p0000000-0000-4000-8000-000000000001',
    procedureVersionId: 'v0000000-0000-4000-8000-000000000001',
    procedureCode: '1.000001',
    workflowId: 'w0000000-0000-4000-8000-000000000001',
    channel: 'DESK',
    applicantType: 'CITIZEN',
    ownerIdType: 'PERSONAL_ID',
    ownerId: '001090000001',
    ownerName: 'Nguyễn Văn An',
    applicant: { type: 'CITIZEN', person: { fullName: 'Nguyễn Văn An', personalId: '001090000001' } } as DossierRow['applicant'],
    title: null,
    formData: { purpose: 'Học tập' },
    receivingDeskId: null,
    receivingAgencyId: AGENCIES.desk.id,
    competentAgencyId: AGENCIES.competent.id,
    agencyIds: [AGENCIES.desk.id, AGENCIES.competent.id],
    queueAgencyId: AGENCIES.desk.id,
    queueRole: 'DESK_OFFICER',
    queueDueAt: at,
    assigneeId: null,
    state: 'SUBMITTED',
    step: 'intake',
    originStep: null,
    isOpen: true,
    paymentState: 'NOT_REQUIRED',
    deliveryState: 'NONE',
    syncState: 'NOT_REQUIRED',
    deliveryMethod: 'AT_DESK',
    feeTotal: 0,
    submittedAt: at,
    intakeDueAt: null,
    receivedAt: null,
    transferDueAt: null,
    originalDueAt: null,
    currentDueAt: null,
    dueExplanation: null,
    stepStartedAt: at,
    stepDueAt: null,
    extensionCount: 0,
    supplementCount: 0,
    pausedSince: null,
    pausedMs: 0,
    decision: null,
    finishedAt: null,
    returnedAt: null,
    timeliness: null,
    warnAt: null,
    alertAt: null,
    risk: 'NONE',
    actionCount: 1,
    createdBy: 'officer:desk',
    createdAt: at,
    updatedAt: at,
    ...changes,
  };
}

export function component(code: string, changes: Partial<ComponentRow> = {}): ComponentRow {
  return { dossierId: DOSSIER_ID, code, name: `Giấy tờ ${code}`, required: true, copyType: 'ORIGINAL', quantity: 1, provided: false, reused: false, note: null, ...changes };
}

/** The sub-records a test starts with; the fake writes into the same arrays, so a test reads back what an effect wrote. */
export interface RecordsData {
  components: ComponentRow[];
  actions: ActionRow[];
  supplements: SupplementRow[];
  consultations: ConsultationRow[];
  tasks: TaskRow[];
  results: ResultRow[];
}

export interface MemoryRecords extends DossierRecords {
  data: RecordsData;
  /** Which reads were made, in order (guards load only what they need). */
  reads: string[];
}

export function memoryRecords(start: Partial<RecordsData> = {}): MemoryRecords {
  const data: RecordsData = { components: [], actions: [], supplements: [], consultations: [], tasks: [], results: [], ...start };
  const reads: string[] = [];
  const read = <T>(name: string, value: T): Promise<T> => {
    reads.push(name);
    return Promise.resolve(value);
  };
  const done = (): Promise<void> => Promise.resolve();
  return {
    data,
    reads,
    components: () => read('components', [...data.components]),
    setComponentsProvided: (codes) => {
      for (const c of data.components) if (codes.includes(c.code)) c.provided = true;
      return done();
    },
    countMissingRequired: () => read('countMissingRequired', data.components.filter((c) => c.required && !c.provided).length),
    actions: () => read('actions', [...data.actions]),
    countSupplements: (stage) => read('countSupplements', data.supplements.filter((s) => s.stage === stage).length),
    openSupplement: (stage) =>
      read('openSupplement', data.supplements.filter((s) => s.stage === stage && s.completedAt === null).sort((a, b) => b.round - a.round)[0]),
    insertSupplement: (row) => {
      data.supplements.push({ previousDueAt: null, completedAt: null, newDueAt: null, ...row });
      return done();
    },
    completeSupplement: (id, at, newDueAt) => {
      const s = data.supplements.find((x) => x.id === id)!;
      s.completedAt = at;
      s.newDueAt = newDueAt;
      return done();
    },
    consultations: () => read('consultations', [...data.consultations]),
    insertConsultation: (row) => {
      data.consultations.push({ answer: null, answeredAt: null, answeredBy: null, ...row });
      return done();
    },
    answerConsultation: (id, answer, by, at) => {
      Object.assign(data.consultations.find((c) => c.id === id)!, { answer, answeredBy: by, answeredAt: at });
      return done();
    },
    tasks: () => read('tasks', data.tasks.map((t) => ({ ...t }))),
    insertTasks: (rows) => {
      data.tasks.push(...rows.map((r) => ({ crossLevel: false, activatedAt: null, dueAt: null, completedAt: null, completedBy: null, outcome: null, ...r })));
      return done();
    },
    updateTask: (id, changes) => {
      Object.assign(data.tasks.find((t) => t.id === id)!, changes);
      return done();
    },
    results: () => read('results', [...data.results]),
    insertResults: (rows) => {
      data.results.push(...(rows as ResultRow[]));
      return done();
    },
  };
}

export function step(id: string, changes: Partial<WorkflowStep> = {}): WorkflowStep {
  return { id, name: `Bước ${id}`, state: 'APPRAISAL', role: 'SPECIALIST', agency: 'COMPETENT', terminal: false, actions: [], ...changes };
}

export const deps = {
  config: {
    dossierCodeFormat: 'TT01_2018',
    resultCodeStyle: 'KQn',
    deadlines: { warnAt: [0.5, 0.8], latenessBasis: 'CURRENT_DUE', splitEarly: false },
  },
  calendars: { options: (cutoff = '15:00') => ({ cutoff, cutoffShiftsStart: false, dueTime: 'CLOSE_OF_OFFICE' as const }) },
} as unknown as DossierDeps;

/** A procedure of five working days, restarting its clock after a supplement, with an e-form of two questions. */
export function versionOf(changes: { supplementMode?: 'RESTART' | 'PAUSE' } = {}): LoadedVersion {
  return {
    procedure: { id: 'p1', code: '1.000001', name: 'Cấp phiếu lý lịch tư pháp', fieldCode: 'TP', level: 'FULL', lifeEvents: [] },
    version: {
      durationAmount: 5,
      durationUnit: 'WORKING_DAY',
      cutoffTime: '15:00',
      supplementMode: changes.supplementMode ?? 'RESTART',
      paymentTiming: 'BEFORE_RESULT',
      eformSchema: {
        version: 1,
        pages: [
          {
            title: 'Tờ khai',
            fields: [
              { name: 'purpose', label: 'Mục đích', type: 'text', required: true },
              { name: 'copies', label: 'Số bản', type: 'number', required: false },
            ],
          },
        ],
      },
      details: { components: [], resultTypes: [{ code: 'KQ', name: 'Phiếu lý lịch tư pháp', electronic: true }] },
    },
    competentAgencyIds: [AGENCIES.competent.id],
  } as unknown as LoadedVersion;
}

export interface ContextOptions {
  dossier?: Partial<DossierRow>;
  records?: MemoryRecords;
  actor?: Actor;
  now?: Date;
  version?: LoadedVersion;
  definition?: Partial<WorkflowDefinition>;
  move?: { from?: WorkflowStep; to?: WorkflowStep };
  officers?: Record<string, Actor>;
}

/** The context an effect runs in, with what the test says and plain defaults for the rest. */
export function effectContext(o: ContextOptions = {}): EffectContext & { records: MemoryRecords } {
  const from = o.move?.from ?? step('appraisal');
  const to = o.move?.to ?? from;
  const move = { action: { id: 'act', type: 'forward', guards: [] }, from, to } as unknown as PlannedMove;
  return {
    deps,
    actor: o.actor ?? actorWith('officer-1'),
    now: o.now ?? vn('2025-03-10 09:00'),
    dossier: dossierRow(o.dossier),
    version: o.version ?? versionOf(),
    definition: { key: 'test', version: 1, name: 'Thử', start: 'intake', steps: [from, to], ...o.definition } as WorkflowDefinition,
    move,
    calendar,
    agencies,
    records: o.records ?? memoryRecords(),
    officer: (id) => Promise.resolve(o.officers?.[id]),
  };
}
