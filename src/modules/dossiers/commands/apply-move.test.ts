import { describe, expect, it } from 'vitest';
import { AGENCIES, effectContext, step, vn } from '../effects/test-fixtures.ts';
import { applyMove, NO_QUEUE_DUE } from './apply-move.ts';

describe('what every move does', () => {
  it('enters the next step with its budget and puts the dossier in that role’s queue at that agency', async () => {
    const now = vn('2025-03-10 09:00');
    const ctx = effectContext({
      now,
      dossier: { currentDueAt: vn('2025-03-17 17:00') },
      move: { from: step('receive', { state: 'RECEIVED', role: 'DESK_OFFICER', agency: 'RECEIVING' }), to: step('assign', { state: 'ASSIGNED', role: 'DEPARTMENT_HEAD', budget: { amount: 4, unit: 'WORKING_HOUR' } }) },
    });
    const changes = await applyMove(ctx, {});
    expect(changes).toMatchObject({ state: 'ASSIGNED', step: 'assign', stepStartedAt: now, stepDueAt: vn('2025-03-10 15:00'), isOpen: true, originStep: null });
    expect(changes).toMatchObject({ queueRole: 'DEPARTMENT_HEAD', queueAgencyId: AGENCIES.competent.id, queueDueAt: vn('2025-03-17 17:00') });
  });

  it('leaves every queue while the applicant has to act, remembering where to come back', async () => {
    const ctx = effectContext({ move: { from: step('appraisal'), to: step('wait', { state: 'SUPPLEMENT_REQUESTED', role: 'APPLICANT' }) } });
    const changes = await applyMove(ctx, {});
    expect(changes).toMatchObject({ queueRole: null, queueAgencyId: null, queueDueAt: NO_QUEUE_DUE, originStep: 'appraisal', isOpen: true });
  });

  it('at the end of processing records the finish, its timeliness and the results with their codes', async () => {
    const now = vn('2025-03-14 10:00');
    const ctx = effectContext({
      now,
      dossier: { code: 'H01.01-250310-0001', decision: 'APPROVED', currentDueAt: vn('2025-03-17 17:00'), risk: 'WARN' },
      move: { from: step('issue', { state: 'ISSUING', role: 'RECORDS_CLERK' }), to: step('ready', { state: 'RESULT_READY', role: 'DESK_OFFICER', agency: 'RECEIVING' }) },
    });
    const changes = await applyMove(ctx, { record: { documentNumber: '12/QĐ' } });
    expect(changes).toMatchObject({ finishedAt: now, timeliness: 'ON_TIME', deliveryState: 'READY', risk: 'NONE', queueAgencyId: AGENCIES.desk.id });
    expect(ctx.records.data.results).toMatchObject([{ n: 1, code: 'H01.01-250310-0001-KQ1', kind: 'APPROVAL', resultTypeCode: 'KQ', documentNumber: '12/QĐ', status: 'ISSUED' }]);
    // A second arrival at the step (after a replacement round trip) makes no second set of results.
    await applyMove(ctx, {});
    expect(ctx.records.data.results).toHaveLength(1);
  });

  it('classes a finish after the due date as late', async () => {
    const ctx = effectContext({
      now: vn('2025-03-18 08:00'),
      dossier: { code: 'H01.01-250310-0003', decision: 'APPROVED', currentDueAt: vn('2025-03-17 17:00') },
      move: { from: step('issue', { state: 'ISSUING' }), to: step('ready', { state: 'RESULT_READY', role: 'DESK_OFFICER', agency: 'RECEIVING' }) },
    });
    expect((await applyMove(ctx, {})).timeliness).toBe('LATE');
  });

  it('makes a refusal notice the one result of a refused dossier', async () => {
    const ctx = effectContext({
      dossier: { code: 'H01.01-250310-0002', decision: 'REFUSED', currentDueAt: vn('2025-03-17 17:00') },
      move: { from: step('issue', { state: 'ISSUING' }), to: step('ready', { state: 'RESULT_READY', role: 'DESK_OFFICER', agency: 'RECEIVING' }) },
    });
    await applyMove(ctx, {});
    expect(ctx.records.data.results).toMatchObject([{ n: 1, code: 'H01.01-250310-0002-KQ1', kind: 'REFUSAL' }]);
  });
});
