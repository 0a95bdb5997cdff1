import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../platform/errors.ts';
import type { ActionInputOf } from '../action-inputs.ts';
import type { TaskRow } from '../dossier.rows.ts';
import { completeTask, startInteragency } from './interagency-effects.ts';
import { AGENCIES, effectContext, memoryRecords, vn } from './test-fixtures.ts';

type Participant = ActionInputOf<'start_interagency'>['participants'][number];
const part = (agencyCode: string, role: 'LEAD' | 'COOPERATING', days = 2): Participant => ({ agencyCode, role, budget: { amount: days, unit: 'WORKING_DAY' }, instructions: 'Thẩm định phần việc' });
const start = (mode: 'SEQUENTIAL' | 'PARALLEL', participants: Participant[]): ActionInputOf<'start_interagency'> => ({ type: 'start_interagency', mode, participants });
const policy = (modes: ('SEQUENTIAL' | 'PARALLEL')[], crossLevel = false) => ({ definition: { interagency: { modes, crossLevel } } });

describe('start_interagency', () => {
  it('opens the first task of a sequential chain with its due date; the others wait their turn', async () => {
    const records = memoryRecords();
    const effect = await startInteragency.run(effectContext({ records, ...policy(['SEQUENTIAL']) }), start('SEQUENTIAL', [part(AGENCIES.competent.code, 'LEAD'), part(AGENCIES.other.code, 'COOPERATING')]));
    expect(records.data.tasks.map((t) => [t.agencyId, t.status, t.dueAt])).toEqual([
      [AGENCIES.competent.id, 'OPEN', vn('2025-03-12 17:00')],
      [AGENCIES.other.id, 'WAITING', null],
    ]);
    expect(effect.changes?.agencyIds).toContain(AGENCIES.other.id);
    expect(effect.record).toMatchObject({ mode: 'SEQUENTIAL', crossLevel: false });
  });

  it('opens every task at once in parallel', async () => {
    const records = memoryRecords();
    await startInteragency.run(effectContext({ records, ...policy(['PARALLEL']) }), start('PARALLEL', [part(AGENCIES.competent.code, 'LEAD'), part(AGENCIES.other.code, 'COOPERATING')]));
    expect(records.data.tasks.map((t) => t.status)).toEqual(['OPEN', 'OPEN']);
  });

  it('refuses a mode the workflow does not allow, a missing or second lead, an agency twice and an unknown agency', async () => {
    const pair = [part(AGENCIES.competent.code, 'LEAD'), part(AGENCIES.other.code, 'COOPERATING')];
    await expect(startInteragency.run(effectContext(), start('SEQUENTIAL', pair))).rejects.toMatchObject({ key: 'dossier.interagencyMode' });
    await expect(startInteragency.run(effectContext(policy(['SEQUENTIAL'])), start('PARALLEL', pair))).rejects.toMatchObject({ key: 'dossier.interagencyMode' });
    const ctx = () => effectContext(policy(['PARALLEL']));
    await expect(startInteragency.run(ctx(), start('PARALLEL', [part(AGENCIES.competent.code, 'LEAD'), part(AGENCIES.other.code, 'LEAD')]))).rejects.toMatchObject({ issues: [{ key: 'dossier.noLead' }] });
    await expect(startInteragency.run(ctx(), start('PARALLEL', [part(AGENCIES.other.code, 'COOPERATING')]))).rejects.toMatchObject({ issues: [{ key: 'dossier.noLead' }] });
    await expect(startInteragency.run(ctx(), start('PARALLEL', [part(AGENCIES.other.code, 'LEAD'), part(AGENCIES.other.code, 'COOPERATING')]))).rejects.toMatchObject({ issues: [{ key: 'dossier.sameParticipant' }] });
    await expect(startInteragency.run(ctx(), start('PARALLEL', [part('X99', 'LEAD')]))).rejects.toMatchObject({ issues: [{ path: ['participants', 0, 'agencyCode'], key: 'agency.notFound' }] });
  });

  it('sends work to another level only when the workflow allows it, and only upwards', async () => {
    const upwards = [part(AGENCIES.competent.code, 'LEAD'), part(AGENCIES.ministry.code, 'COOPERATING')];
    await expect(startInteragency.run(effectContext(policy(['PARALLEL'])), start('PARALLEL', upwards))).rejects.toMatchObject({ key: 'dossier.crossLevelNotAllowed' });
    const effect = await startInteragency.run(effectContext(policy(['PARALLEL'], true)), start('PARALLEL', upwards));
    expect(effect.record?.crossLevel).toBe(true);
    const downwards = [part(AGENCIES.competent.code, 'LEAD'), part(AGENCIES.commune.code, 'COOPERATING')];
    await expect(startInteragency.run(effectContext(policy(['PARALLEL'], true)), start('PARALLEL', downwards))).rejects.toMatchObject({ issues: [{ key: 'dossier.crossLevelLevel' }] });
  });
});

describe('complete_task', () => {
  const T1 = 't0000000-0000-4000-8000-000000000001';
  const T2 = 't0000000-0000-4000-8000-000000000002';
  function task(id: string, changes: Partial<TaskRow>): TaskRow {
    return {
      id, dossierId: 'd', agencyId: AGENCIES.competent.id, role: 'LEAD', mode: 'SEQUENTIAL', crossLevel: false, position: 0, instructions: 'Việc', status: 'OPEN',
      activatedAt: vn('2025-03-10 09:00'), dueAt: vn('2025-03-12 09:00'), budgetAmount: 2, budgetUnit: 'WORKING_DAY', completedAt: null, completedBy: null, outcome: null, ...changes,
    };
  }

  it('is taken by the task’s agency; completing a sequential task opens the next with its own budget', async () => {
    const records = memoryRecords({ tasks: [task(T1, { agencyId: AGENCIES.other.id, role: 'COOPERATING' }), task(T2, { position: 1, status: 'WAITING', activatedAt: null, dueAt: null, budgetAmount: 1 })] });
    const ctx = effectContext({ records, now: vn('2025-03-11 09:00') });
    expect(await completeTask.actingAgency!(ctx, { type: 'complete_task', taskId: T1, outcome: 'Xong' })).toBe(AGENCIES.other.id);
    const effect = await completeTask.run(ctx, { type: 'complete_task', taskId: T1, outcome: 'Xong' });
    expect(records.data.tasks[0]).toMatchObject({ status: 'DONE', completedBy: ctx.actor.id, outcome: 'Xong' });
    expect(records.data.tasks[1]).toMatchObject({ status: 'OPEN', activatedAt: ctx.now, dueAt: vn('2025-03-12 17:00') });
    expect(effect.record).toEqual({ taskId: T1, onTime: true, nextTaskId: T2 });
    expect(effect.toAgencyId).toBe(AGENCIES.competent.id);
  });

  it('refuses a task not open yet, and the parallel lead before its cooperating agencies', async () => {
    const waiting = memoryRecords({ tasks: [task(T1, { status: 'WAITING' })] });
    await expect(completeTask.run(effectContext({ records: waiting }), { type: 'complete_task', taskId: T1, outcome: 'Xong' })).rejects.toMatchObject({ key: 'dossier.taskNotOpen' });
    const parallel = memoryRecords({ tasks: [task(T1, { mode: 'PARALLEL' }), task(T2, { mode: 'PARALLEL', role: 'COOPERATING', agencyId: AGENCIES.other.id })] });
    await expect(completeTask.run(effectContext({ records: parallel }), { type: 'complete_task', taskId: T1, outcome: 'Xong' })).rejects.toBeInstanceOf(ConflictError);
    await expect(completeTask.run(effectContext({ records: parallel }), { type: 'complete_task', taskId: 't0000000-0000-4000-8000-000000000009', outcome: 'Xong' })).rejects.toMatchObject({ key: 'dossier.taskNotFound' });
  });
});
