import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../platform/errors.ts';
import { CODE_PLACEHOLDER } from '../dossier-code.ts';
import { completeIntakeSupplement, receive, rejectIntake, requestIntakeSupplement } from './intake-effects.ts';
import { AGENCIES, component, effectContext, memoryRecords, vn } from './test-fixtures.ts';

describe('receive', () => {
  it('allocates the code at the receiving agency in the final statement, and sets the legal due date and its warnings', async () => {
    const ctx = effectContext();
    const effect = await receive.run(ctx, { type: 'receive' });
    expect(effect.allocateCode).toEqual({ scope: AGENCIES.desk.code, day: '2025-03-10', prefix: `${AGENCIES.desk.code}-250310-`, width: 4 });
    expect(effect.changes?.code).toBe(CODE_PLACEHOLDER);
    expect(effect.changes?.receivedAt).toEqual(ctx.now);
    const due = effect.changes!.currentDueAt!;
    expect(effect.changes?.originalDueAt).toEqual(due);
    // Five working days from Monday 10 March: the due date is the next Monday, never a weekend.
    expect(due.getTime()).toBeGreaterThan(vn('2025-03-14 17:00').getTime());
    expect([0, 6]).not.toContain(new Date(due.getTime() + 7 * 3_600_000).getUTCDay());
    expect(effect.changes?.warnAt!.getTime()).toBeLessThan(effect.changes!.alertAt!.getTime());
    expect(effect.changes?.alertAt!.getTime()).toBeLessThan(due.getTime());
    expect(effect.changes?.syncState).toBe('PENDING');
    expect(effect.events).toEqual([{ type: 'dossier.received', payload: { code: CODE_PLACEHOLDER, dueAt: due.toISOString() } }]);
  });

  it('keeps a code given at submission and allocates none', async () => {
    const effect = await receive.run(effectContext({ dossier: { code: 'H01.01-250310-0007', channel: 'PORTAL' } }), { type: 'receive' });
    expect(effect.allocateCode).toBeUndefined();
    expect(effect.changes?.code).toBe('H01.01-250310-0007');
  });

  it('gives a paper dossier of another agency a transfer deadline, and none online or at the competent agency’s own desk', async () => {
    const paper = await receive.run(effectContext({ dossier: { channel: 'POST' } }), { type: 'receive' });
    expect(paper.changes?.transferDueAt).toBeInstanceOf(Date);
    const online = await receive.run(effectContext({ dossier: { channel: 'PORTAL' } }), { type: 'receive' });
    expect(online.changes?.transferDueAt).toBeNull();
    const own = await receive.run(effectContext({ dossier: { receivingAgencyId: AGENCIES.competent.id } }), { type: 'receive' });
    expect(own.changes?.transferDueAt).toBeNull();
  });

  it('records whether an online dossier was received within its intake deadline', async () => {
    const late = await receive.run(effectContext({ dossier: { channel: 'PORTAL', intakeDueAt: vn('2025-03-10 08:00') } }), { type: 'receive' });
    expect(late.record?.intakeOnTime).toBe(false);
    const onTime = await receive.run(effectContext({ dossier: { channel: 'PORTAL', intakeDueAt: vn('2025-03-10 10:00') } }), { type: 'receive' });
    expect(onTime.record?.intakeOnTime).toBe(true);
    const desk = await receive.run(effectContext(), { type: 'receive' });
    expect(desk.record?.intakeOnTime).toBeNull();
  });

  it('marks the papers handed in, and refuses a component the dossier does not have', async () => {
    const records = memoryRecords({ components: [component('TP01'), component('TP02')] });
    const effect = await receive.run(effectContext({ records }), { type: 'receive', componentsProvided: ['TP02'] });
    expect(effect.record?.componentsProvided).toEqual(['TP02']);
    expect(records.data.components.map((c) => [c.code, c.provided])).toEqual([['TP01', false], ['TP02', true]]);
    await expect(receive.run(effectContext({ records }), { type: 'receive', componentsProvided: ['XX'] })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('request_intake_supplement', () => {
  const items = [{ componentCode: 'TP01', description: 'Bản sao giấy khai sinh', reason: 'Bản sao bị mờ' }];

  it('opens the next intake round with its items, and gives the dossier its code for Form 02', async () => {
    const records = memoryRecords({ components: [component('TP01')] });
    const first = await requestIntakeSupplement.run(effectContext({ records }), { type: 'request_intake_supplement', items, reason: 'Thiếu giấy tờ' });
    expect(first.record).toEqual({ round: 1, items });
    expect(first.reason).toBe('Thiếu giấy tờ');
    expect(first.changes?.code).toBe(CODE_PLACEHOLDER);
    expect(first.allocateCode?.scope).toBe(AGENCIES.desk.code);
    expect(records.data.supplements).toMatchObject([{ round: 1, stage: 'INTAKE', items, previousDueAt: null }]);
    const second = await requestIntakeSupplement.run(effectContext({ records, dossier: { code: 'H01.01-250310-0001' } }), { type: 'request_intake_supplement', items, reason: 'Lần hai' });
    expect(second.record?.round).toBe(2);
    expect(second.allocateCode).toBeUndefined();
  });

  it('leaves a national-portal dossier without a code (the national side numbers it)', async () => {
    const records = memoryRecords({ components: [component('TP01')] });
    const effect = await requestIntakeSupplement.run(effectContext({ records, dossier: { channel: 'DVCQG' } }), { type: 'request_intake_supplement', items, reason: 'Thiếu giấy tờ' });
    expect(effect.allocateCode).toBeUndefined();
    expect(effect.changes).toBeUndefined();
  });

  it('refuses an item naming a component or an e-form answer the dossier does not have', async () => {
    const records = memoryRecords({ components: [component('TP01')] });
    const unknownComponent = requestIntakeSupplement.run(effectContext({ records }), { type: 'request_intake_supplement', items: [{ ...items[0]!, componentCode: 'TP09' }], reason: 'Thiếu' });
    await expect(unknownComponent).rejects.toMatchObject({ issues: [{ path: ['items', 0, 'componentCode'], key: 'dossier.componentUnknown' }] });
    const unknownField = requestIntakeSupplement.run(effectContext({ records }), { type: 'request_intake_supplement', items: [{ fieldKey: 'nope', description: 'Sửa tờ khai', reason: 'Sai' }], reason: 'Sai' });
    await expect(unknownField).rejects.toMatchObject({ issues: [{ path: ['items', 0, 'fieldKey'], key: 'dossier.fieldUnknown' }] });
    expect(records.data.supplements).toEqual([]);
  });
});

describe('complete_intake_supplement', () => {
  it('closes the open round and restarts the 8-working-hour intake clock from now', async () => {
    const records = memoryRecords({
      supplements: [{ id: 's1', dossierId: 'd', round: 1, stage: 'INTAKE', items: [], reason: 'Thiếu', requestedAt: vn('2025-03-07 10:00'), requestedBy: 'x', previousDueAt: null, completedAt: null, newDueAt: null }],
    });
    const now = vn('2025-03-10 09:00');
    const effect = await completeIntakeSupplement.run(effectContext({ records, now }), { type: 'complete_intake_supplement' });
    expect(records.data.supplements[0]).toMatchObject({ completedAt: now, newDueAt: null });
    // Monday 09:00 + 8 working hours: 6 on Monday, 2 on Tuesday from 07:30.
    expect(effect.changes?.intakeDueAt).toEqual(vn('2025-03-11 09:30'));
    expect(effect.events).toEqual([{ type: 'dossier.intake_supplemented', payload: {} }]);
  });

  it('applies corrected answers after checking the whole form, and records which changed', async () => {
    const effect = await completeIntakeSupplement.run(effectContext(), { type: 'complete_intake_supplement', formData: { copies: 2 } });
    expect(effect.changes?.formData).toEqual({ purpose: 'Học tập', copies: 2 });
    expect(effect.record?.changedFields).toEqual(['copies']);
    await expect(completeIntakeSupplement.run(effectContext(), { type: 'complete_intake_supplement', formData: { purpose: null } })).rejects.toMatchObject({
      issues: [{ path: ['formData', 'purpose'], key: 'validation.required' }],
    });
  });
});

describe('reject_intake', () => {
  it('keeps the reason, announces the refusal and gives the dossier its code for Form 03', async () => {
    const effect = await rejectIntake.run(effectContext(), { type: 'reject_intake', reason: 'Không thuộc thẩm quyền' });
    expect(effect.reason).toBe('Không thuộc thẩm quyền');
    expect(effect.events).toEqual([{ type: 'dossier.rejected_at_intake', payload: {} }]);
    expect(effect.changes?.code).toBe(CODE_PLACEHOLDER);
  });
});
