// The workflow's guards as the dossiers module feeds them: each guard's refusal from the facts
// buildGuardContext loads (and only those facts), without HTTP or a database.
import { describe, expect, it } from 'vitest';
import { failingGuards, type Guard } from '../../workflow/index.ts';
import type { ActionInput } from '../action-inputs.ts';
import type { ActionRow, DossierRow } from '../dossier.rows.ts';
import { actorWith, calendar, component, dossierRow, memoryRecords, vn, type RecordsData } from '../effects/test-fixtures.ts';
import { buildGuardContext } from './guard-context.ts';

const ME = 'officer-me';
const actor = actorWith(ME);

interface Case {
  dossier?: Partial<DossierRow>;
  records?: Partial<RecordsData>;
  now?: Date;
  input?: ActionInput;
  timing?: string;
}

/** The keys of the guards that refuse, given these facts. */
async function refusals(guards: Guard[], c: Case = {}): Promise<string[]> {
  const ctx = await buildGuardContext(memoryRecords(c.records), dossierRow(c.dossier), actor, c.now ?? vn('2025-03-10 09:00'), calendar, c.input ?? { type: 'approve' }, guards, c.timing ?? 'BEFORE_RESULT');
  return failingGuards(guards, ctx).map((f) => f.key);
}

const action = (actionId: string, actorId: string): ActionRow => ({ actionId, actorId }) as ActionRow;

describe('guards as dossiers use them', () => {
  it('loads nothing for an action without guards, and only what its guards need', async () => {
    const records = memoryRecords({ consultations: [] });
    await buildGuardContext(records, dossierRow(), actor, vn('2025-03-10 09:00'), calendar, { type: 'approve' }, [{ kind: 'assignedToActor' }, { kind: 'maxExtensions', max: 1 }], 'BEFORE_RESULT');
    expect(records.reads).toEqual([]);
    await buildGuardContext(records, dossierRow(), actor, vn('2025-03-10 09:00'), calendar, { type: 'approve' }, [{ kind: 'noOpenConsultations' }], 'BEFORE_RESULT');
    expect(records.reads).toEqual(['consultations']);
  });

  it('assignedToActor: only the assignee acts', async () => {
    expect(await refusals([{ kind: 'assignedToActor' }], { dossier: { assigneeId: 'someone-else' } })).toEqual(['guard.assignedToActor']);
    expect(await refusals([{ kind: 'assignedToActor' }], { dossier: { assigneeId: ME } })).toEqual([]);
  });

  it('notSameActorAs: the four-eyes rule refuses whoever took the named action', async () => {
    const guards: Guard[] = [{ kind: 'notSameActorAs', actions: ['forward'] }];
    expect(await refusals(guards, { records: { actions: [action('forward', ME)] } })).toEqual(['guard.notSameActorAs']);
    expect(await refusals(guards, { records: { actions: [action('forward', 'colleague'), action('assign', ME)] } })).toEqual([]);
  });

  it('paymentSettled: fees due by the stage the procedure says, not before', async () => {
    expect(await refusals([{ kind: 'paymentSettled', stage: 'RESULT' }], { dossier: { paymentState: 'DUE' } })).toEqual(['guard.paymentSettled']);
    expect(await refusals([{ kind: 'paymentSettled', stage: 'PROCESSING' }], { dossier: { paymentState: 'DUE' } })).toEqual([]);
    expect(await refusals([{ kind: 'paymentSettled', stage: 'RESULT' }], { dossier: { paymentState: 'WAIVED' } })).toEqual([]);
  });

  it('paymentDue: a payment is recorded only while one is due', async () => {
    expect(await refusals([{ kind: 'paymentDue' }], { dossier: { paymentState: 'PAID' } })).toEqual(['guard.paymentDue']);
    expect(await refusals([{ kind: 'paymentDue' }], { dossier: { paymentState: 'DUE' } })).toEqual([]);
  });

  it('noOpenConsultations and allTasksCompleted: nothing left unanswered or undone', async () => {
    const open = { id: 'c', answeredAt: null } as RecordsData['consultations'][number];
    expect(await refusals([{ kind: 'noOpenConsultations' }], { records: { consultations: [open] } })).toEqual(['guard.noOpenConsultations']);
    expect(await refusals([{ kind: 'noOpenConsultations' }], { records: { consultations: [{ ...open, answeredAt: vn('2025-03-09 09:00') }] } })).toEqual([]);
    const task = { id: 't', status: 'OPEN' } as RecordsData['tasks'][number];
    expect(await refusals([{ kind: 'allTasksCompleted' }], { records: { tasks: [task] } })).toEqual(['guard.allTasksCompleted']);
    expect(await refusals([{ kind: 'allTasksCompleted' }], { records: { tasks: [{ ...task, status: 'DONE' }] } })).toEqual([]);
  });

  it('maxExtensions and maxSupplementRounds: counted per dossier, rounds per stage', async () => {
    expect(await refusals([{ kind: 'maxExtensions', max: 1 }], { dossier: { extensionCount: 1 } })).toEqual(['guard.maxExtensions']);
    const intakeRound = { stage: 'INTAKE', completedAt: null } as RecordsData['supplements'][number];
    expect(await refusals([{ kind: 'maxSupplementRounds', stage: 'INTAKE', max: 1 }], { records: { supplements: [intakeRound] } })).toEqual(['guard.maxSupplementRounds']);
    expect(await refusals([{ kind: 'maxSupplementRounds', stage: 'PROCESSING', max: 1 }], { records: { supplements: [intakeRound] } })).toEqual([]);
  });

  it('beforeDueByWorkingDays: an extension is asked at least that many working days before the due date', async () => {
    const due = { currentDueAt: vn('2025-03-12 17:00') };
    expect(await refusals([{ kind: 'beforeDueByWorkingDays', days: 1 }], { dossier: due, now: vn('2025-03-12 09:00') })).toEqual(['guard.beforeDueByWorkingDays']);
    expect(await refusals([{ kind: 'beforeDueByWorkingDays', days: 1 }], { dossier: due, now: vn('2025-03-11 16:00') })).toEqual([]);
    expect(await refusals([{ kind: 'beforeDueByWorkingDays', days: 1 }])).toEqual(['guard.beforeDueByWorkingDays']);
  });

  it('withinWorkingDaysOfReceipt: counted in working days from receipt', async () => {
    const received = { receivedAt: vn('2025-03-10 09:00') };
    expect(await refusals([{ kind: 'withinWorkingDaysOfReceipt', days: 1 }], { dossier: received, now: vn('2025-03-11 09:00') })).toEqual([]);
    expect(await refusals([{ kind: 'withinWorkingDaysOfReceipt', days: 1 }], { dossier: received, now: vn('2025-03-12 09:00') })).toEqual(['guard.withinWorkingDaysOfReceipt']);
    expect(await refusals([{ kind: 'withinWorkingDaysOfReceipt', days: 1 }])).toEqual(['guard.withinWorkingDaysOfReceipt']);
  });

  it('requiredComponentsProvided: counts the papers handed in with this very action', async () => {
    const records = { components: [component('TP01'), component('TP02', { required: false })] };
    expect(await refusals([{ kind: 'requiredComponentsProvided' }], { records })).toEqual(['guard.requiredComponentsProvided']);
    expect(await refusals([{ kind: 'requiredComponentsProvided' }], { records, input: { type: 'receive', componentsProvided: ['TP01'] } })).toEqual([]);
    expect(await refusals([{ kind: 'requiredComponentsProvided' }], { records, input: { type: 'receive', componentsProvided: ['TP02'] } })).toEqual(['guard.requiredComponentsProvided']);
  });

  it('hasResult: a cancelled result does not count', async () => {
    const result = { code: 'X-KQ1', status: 'CANCELLED' } as RecordsData['results'][number];
    expect(await refusals([{ kind: 'hasResult' }], { records: { results: [result] } })).toEqual(['guard.hasResult']);
    expect(await refusals([{ kind: 'hasResult' }], { records: { results: [{ ...result, status: 'ISSUED' }] } })).toEqual([]);
  });
});
