import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../platform/errors.ts';
import { assign, forward, transfer } from './routing-effects.ts';
import { actorWith, AGENCIES, effectContext, step, vn } from './test-fixtures.ts';

describe('transfer', () => {
  it('sends the dossier from the desk to the competent agency, on time or late against the transfer deadline', async () => {
    const onTime = await transfer.run(effectContext({ dossier: { transferDueAt: vn('2025-03-10 17:00') } }), { type: 'transfer' });
    expect(onTime).toMatchObject({ fromAgencyId: AGENCIES.desk.id, toAgencyId: AGENCIES.competent.id, record: { transferOnTime: true, transferDueAt: '2025-03-10T17:00:00+07:00' } });
    const late = await transfer.run(effectContext({ dossier: { transferDueAt: vn('2025-03-10 08:00') } }), { type: 'transfer' });
    expect(late.record?.transferOnTime).toBe(false);
    expect((await transfer.run(effectContext(), { type: 'transfer' })).record).toEqual({ transferDueAt: null, transferOnTime: true });
  });
});

describe('assign', () => {
  const SPECIALIST = 'e0000000-0000-4000-8000-000000000001';
  const move = { from: step('assign', { role: 'DEPARTMENT_HEAD' }), to: step('appraisal', { role: 'SPECIALIST' }) };

  it('assigns an officer holding the next step’s role at the competent agency', async () => {
    const officers = { [SPECIALIST]: actorWith(SPECIALIST, [['SPECIALIST', AGENCIES.competent.id]]) };
    const effect = await assign.run(effectContext({ move, officers }), { type: 'assign', assigneeId: SPECIALIST });
    expect(effect.changes).toEqual({ assigneeId: SPECIALIST });
    expect(effect.record).toEqual({ assigneeId: SPECIALIST, assigneeName: `Cán bộ ${SPECIALIST}` });
  });

  it('refuses an unknown or inactive officer, and one without the role at the competent agency', async () => {
    await expect(assign.run(effectContext({ move }), { type: 'assign', assigneeId: SPECIALIST })).rejects.toMatchObject({ issues: [{ path: ['assigneeId'], key: 'dossier.assigneeInvalid', params: { role: 'SPECIALIST' } }] });
    const elsewhere = { [SPECIALIST]: actorWith(SPECIALIST, [['SPECIALIST', AGENCIES.other.id]]) };
    await expect(assign.run(effectContext({ move, officers: elsewhere }), { type: 'assign', assigneeId: SPECIALIST })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('forward', () => {
  it('keeps the appraisal opinion, when given, in the log', async () => {
    const opinion = { proposal: 'APPROVE' as const, text: 'Đủ điều kiện cấp' };
    expect((await forward.run(effectContext(), { type: 'forward', opinion })).record).toEqual({ opinion });
    expect((await forward.run(effectContext(), { type: 'forward' })).record).toEqual({});
  });
});
