import { describe, expect, it } from 'vitest';
import { openSupplementRound } from './supplement-round.ts';
import { component, effectContext, memoryRecords, vn } from './test-fixtures.ts';

describe('supplement rounds', () => {
  const items = [{ componentCode: 'TP01', description: 'Bản vẽ', reason: 'Thiếu chữ ký' }, { fieldKey: 'purpose', description: 'Mục đích', reason: 'Chưa rõ' }];

  it('number each stage on its own, and keep the due date in force only for processing', async () => {
    const records = memoryRecords({ components: [component('TP01')] });
    const ctx = effectContext({ records, dossier: { currentDueAt: vn('2025-03-20 17:00') } });
    expect(await openSupplementRound(ctx, 'INTAKE', { items, reason: 'Thiếu' })).toBe(1);
    expect(await openSupplementRound(ctx, 'PROCESSING', { items, reason: 'Thiếu' })).toBe(1);
    expect(await openSupplementRound(ctx, 'PROCESSING', { items, reason: 'Lần hai' })).toBe(2);
    expect(records.data.supplements.map((s) => [s.stage, s.round, s.previousDueAt])).toEqual([
      ['INTAKE', 1, null],
      ['PROCESSING', 1, vn('2025-03-20 17:00')],
      ['PROCESSING', 2, vn('2025-03-20 17:00')],
    ]);
  });

  it('open nothing when an item names what the dossier does not have', async () => {
    const records = memoryRecords({ components: [component('TP01')] });
    await expect(openSupplementRound(effectContext({ records }), 'PROCESSING', { items: [{ componentCode: 'TP07', description: 'Khác', reason: 'Thiếu' }], reason: 'Thiếu' })).rejects.toMatchObject({
      issues: [{ path: ['items', 0, 'componentCode'], key: 'dossier.componentUnknown', params: { code: 'TP07' } }],
    });
    expect(records.data.supplements).toEqual([]);
  });
});
