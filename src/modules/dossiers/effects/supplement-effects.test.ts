import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../platform/errors.ts';
import type { SupplementRow } from '../dossier.rows.ts';
import { completeSupplementAction, requestSupplement } from './supplement-effects.ts';
import { AGENCIES, component, effectContext, memoryRecords, versionOf, vn } from './test-fixtures.ts';

const items = [{ componentCode: 'TP01', description: 'Sơ đồ vị trí', reason: 'Thiếu kích thước' }];
const processing = { state: 'APPRAISAL', currentDueAt: vn('2025-03-12 09:00'), receivedAt: vn('2025-03-05 09:00') };

function openRound(requestedAt: Date, previousDueAt: Date | null): SupplementRow {
  return { id: 's1', dossierId: 'd', round: 1, stage: 'PROCESSING', items, reason: 'Thiếu', requestedAt, requestedBy: 'x', previousDueAt, completedAt: null, newDueAt: null };
}

describe('request_supplement', () => {
  it('stops the clock, counts the round, keeps the due date in force and sends the dossier back to the desk', async () => {
    const records = memoryRecords({ components: [component('TP01')] });
    const ctx = effectContext({ records, dossier: processing });
    const effect = await requestSupplement.run(ctx, { type: 'request_supplement', items, reason: 'Hồ sơ chưa đủ' });
    expect(effect.changes).toEqual({ pausedSince: ctx.now, supplementCount: 1 });
    expect(effect.fromAgencyId).toBe(AGENCIES.competent.id);
    expect(effect.toAgencyId).toBe(AGENCIES.desk.id);
    expect(effect.record).toEqual({ round: 1, items });
    expect(records.data.supplements).toMatchObject([{ stage: 'PROCESSING', round: 1, previousDueAt: processing.currentDueAt, requestedBy: ctx.actor.id }]);
  });
});

describe('complete_supplement', () => {
  it('is refused when no request is open', async () => {
    await expect(completeSupplementAction.run(effectContext({ dossier: processing }), { type: 'complete_supplement' })).rejects.toBeInstanceOf(ConflictError);
  });

  it('restarts the legal time limit from zero in RESTART mode, and adds the pause to the paused time', async () => {
    const pausedSince = vn('2025-03-10 09:00');
    const records = memoryRecords({ supplements: [openRound(pausedSince, processing.currentDueAt)] });
    const now = vn('2025-03-13 09:00');
    const effect = await completeSupplementAction.run(effectContext({ records, now, dossier: { ...processing, pausedSince, pausedMs: 1000 } }), { type: 'complete_supplement' });
    const newDue = effect.changes!.currentDueAt!;
    expect(newDue.getTime()).toBeGreaterThan(vn('2025-03-19 17:00').getTime()); // five working days from Thursday
    expect(effect.changes).toMatchObject({ pausedSince: null, pausedMs: 1000 + (now.getTime() - pausedSince.getTime()), originalDueAt: newDue });
    expect(effect.changes?.dueExplanation?.[0]).toMatchObject({ kind: 'pause' });
    expect(records.data.supplements[0]).toMatchObject({ completedAt: now, newDueAt: newDue });
    expect(effect.record).toMatchObject({ round: 1, componentsProvided: [], changedFields: [] });
  });

  it('resumes with the working time that was left in PAUSE mode', async () => {
    // Paused Monday 09:00 with the due date Wednesday 09:00: 6 + 7.5 + 1.5 = 15 working hours left.
    const pausedSince = vn('2025-03-10 09:00');
    const records = memoryRecords({ supplements: [openRound(pausedSince, processing.currentDueAt)] });
    const now = vn('2025-03-13 09:00');
    const ctx = effectContext({ records, now, dossier: { ...processing, pausedSince }, version: versionOf({ supplementMode: 'PAUSE' }) });
    const effect = await completeSupplementAction.run(ctx, { type: 'complete_supplement' });
    // From Thursday 09:00: 6 hours on Thursday, 7.5 on Friday, 1.5 on Monday from 07:30.
    expect(effect.changes?.currentDueAt).toEqual(vn('2025-03-17 09:00'));
    expect(effect.record).toMatchObject({ previousDueAt: '2025-03-12T09:00:00+07:00', newDueAt: '2025-03-17T09:00:00+07:00' });
  });
});
