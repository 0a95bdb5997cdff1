import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../platform/errors.ts';
import { extend, returnResult, stop, withdraw } from './closing-effects.ts';
import { effectContext, vn } from './test-fixtures.ts';

describe('return_result', () => {
  it('sets the delivery by how the result is handed over', async () => {
    expect((await returnResult.run(effectContext(), { type: 'return_result', method: 'AT_DESK', receivedBy: 'Nguyễn Văn An' })).changes).toEqual({ deliveryMethod: 'AT_DESK', deliveryState: 'DELIVERED' });
    expect((await returnResult.run(effectContext(), { type: 'return_result', method: 'ONLINE' })).changes).toEqual({ deliveryMethod: 'ONLINE', deliveryState: 'READY' });
    const post = await returnResult.run(effectContext(), { type: 'return_result', method: 'BY_POST', postalTracking: 'EE123456789VN' });
    expect(post.changes).toEqual({ deliveryMethod: 'BY_POST', deliveryState: 'POSTAL_ORDERED' });
    expect(post.record).toMatchObject({ postalTracking: 'EE123456789VN' });
  });

  it('needs the postal tracking number for a result sent by post', async () => {
    await expect(returnResult.run(effectContext(), { type: 'return_result', method: 'BY_POST' })).rejects.toMatchObject({ issues: [{ path: ['postalTracking'] }] });
  });
});

describe('extend', () => {
  const processing = { currentDueAt: vn('2025-03-12 17:00'), dueExplanation: [] };
  const reason = 'Cần xác minh thêm tại địa phương';

  it('moves the due date by working days, counts the extension and explains it', async () => {
    const effect = await extend.run(effectContext({ dossier: processing }), { type: 'extend', reason, extraWorkingDays: 2 });
    expect(effect.changes?.currentDueAt).toEqual(vn('2025-03-14 17:00'));
    expect(effect.changes?.extensionCount).toBe(1);
    expect(effect.changes?.dueExplanation).toMatchObject([{ kind: 'extension' }]);
    expect(effect.record).toEqual({ previousDueAt: '2025-03-12T17:00:00+07:00', newDueAt: '2025-03-14T17:00:00+07:00' });
    expect(effect.reason).toBe(reason);
  });

  it('accepts a new date on a working day after the current one', async () => {
    const effect = await extend.run(effectContext({ dossier: processing }), { type: 'extend', reason, newDueAt: '2025-03-17T17:00:00+07:00' });
    expect(effect.changes?.currentDueAt).toEqual(vn('2025-03-17 17:00'));
  });

  it('refuses with no due date yet, with both or neither of date and days, a date not later, and a weekend', async () => {
    await expect(extend.run(effectContext(), { type: 'extend', reason, extraWorkingDays: 1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(extend.run(effectContext({ dossier: processing }), { type: 'extend', reason })).rejects.toMatchObject({ issues: [{ path: ['newDueAt'], key: 'validation.required' }] });
    await expect(extend.run(effectContext({ dossier: processing }), { type: 'extend', reason, extraWorkingDays: 1, newDueAt: '2025-03-17T17:00:00+07:00' })).rejects.toMatchObject({ issues: [{ key: 'validation.required' }] });
    await expect(extend.run(effectContext({ dossier: processing }), { type: 'extend', reason, newDueAt: '2025-03-12T09:00:00+07:00' })).rejects.toMatchObject({ issues: [{ key: 'validation.invalid' }] });
    await expect(extend.run(effectContext({ dossier: processing }), { type: 'extend', reason, newDueAt: '2025-03-15T17:00:00+07:00' })).rejects.toMatchObject({ issues: [{ key: 'dossier.extensionNotWorkingDay', params: { date: '2025-03-15' } }] });
  });
});

describe('stop and withdraw', () => {
  it('keep their reason and announce the end', async () => {
    expect(await stop.run(effectContext(), { type: 'stop', reason: 'Người nộp không bổ sung' })).toEqual({ reason: 'Người nộp không bổ sung', events: [{ type: 'dossier.stopped', payload: {} }] });
    expect(await withdraw.run(effectContext(), { type: 'withdraw', reason: 'Không còn nhu cầu' })).toEqual({ reason: 'Không còn nhu cầu', events: [{ type: 'dossier.withdrawn', payload: {} }] });
  });
});
