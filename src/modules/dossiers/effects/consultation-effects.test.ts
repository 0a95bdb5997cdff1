import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import type { ConsultationRow } from '../dossier.rows.ts';
import { consult, replyConsultation } from './consultation-effects.ts';
import { AGENCIES, effectContext, memoryRecords, vn } from './test-fixtures.ts';

const CID = 'c0000000-0000-4000-8000-000000000001';
function asked(changes: Partial<ConsultationRow> = {}): ConsultationRow {
  return { id: CID, dossierId: 'd', agencyId: AGENCIES.other.id, question: 'Ý kiến về quy hoạch?', requestedAt: vn('2025-03-10 09:00'), requestedBy: 'x', dueAt: vn('2025-03-12 09:00'), answer: null, answeredAt: null, answeredBy: null, ...changes };
}

describe('consult', () => {
  it('asks another agency with a deadline in working days and gives it a part in the dossier', async () => {
    const records = memoryRecords();
    const ctx = effectContext({ records });
    const effect = await consult.run(ctx, { type: 'consult', agencyCode: AGENCIES.other.code, question: 'Ý kiến về quy hoạch?', dueInWorkingDays: 2 });
    // Two working days from Monday morning: the close of office on Wednesday.
    const dueAt = vn('2025-03-12 17:00');
    expect(records.data.consultations).toMatchObject([{ agencyId: AGENCIES.other.id, dueAt, requestedBy: ctx.actor.id }]);
    expect(effect.changes?.agencyIds).toEqual([AGENCIES.desk.id, AGENCIES.competent.id, AGENCIES.other.id]);
    expect(effect.toAgencyId).toBe(AGENCIES.other.id);
    expect(effect.record).toMatchObject({ agencyCode: AGENCIES.other.code, dueAt: '2025-03-12T17:00:00+07:00' });
  });

  it('refuses an agency code that does not exist', async () => {
    await expect(consult.run(effectContext(), { type: 'consult', agencyCode: 'X99', question: 'Ý kiến?', dueInWorkingDays: 2 })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('reply_consultation', () => {
  it('is taken by the consulted agency, records the answer and whether it came in time', async () => {
    const records = memoryRecords({ consultations: [asked()] });
    const ctx = effectContext({ records, now: vn('2025-03-13 09:00') });
    expect(await replyConsultation.actingAgency!(ctx, { type: 'reply_consultation', consultationId: CID, answer: 'Đồng ý' })).toBe(AGENCIES.other.id);
    const effect = await replyConsultation.run(ctx, { type: 'reply_consultation', consultationId: CID, answer: 'Đồng ý' });
    expect(records.data.consultations[0]).toMatchObject({ answer: 'Đồng ý', answeredBy: ctx.actor.id, answeredAt: ctx.now });
    expect(effect.record).toEqual({ consultationId: CID, onTime: false });
    expect(effect.toAgencyId).toBe(AGENCIES.competent.id);
  });

  it('refuses an answered consultation and one the dossier does not have', async () => {
    const answered = memoryRecords({ consultations: [asked({ answeredAt: vn('2025-03-11 09:00'), answer: 'Có' })] });
    await expect(replyConsultation.run(effectContext({ records: answered }), { type: 'reply_consultation', consultationId: CID, answer: 'Lại' })).rejects.toBeInstanceOf(ConflictError);
    await expect(replyConsultation.run(effectContext(), { type: 'reply_consultation', consultationId: CID, answer: 'Có' })).rejects.toBeInstanceOf(NotFoundError);
  });
});
