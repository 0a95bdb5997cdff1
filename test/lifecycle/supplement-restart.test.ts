// Supplement after appraisal (Decree 61/2018 Art. 19(4), DOMAIN §4.4, §5.5): asked once and in full,
// within 3 working days of receipt; when the complete dossier arrives the time limit restarts from zero
// (RESTART, the default), and the previous and new appointment dates are kept for DVCQG.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, view } from '../support/dossier-fixtures.ts';
import { DEMO_CLIENT_TOKEN, type TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, inAppraisal, outboxEvents, refused, staff, startApp } from './drive.ts';

const who = staff['H21.10'];
const items = [{ componentCode: 'TP02', description: 'Bản sao giấy phép đã cấp', reason: 'Bản sao không rõ nét' }];
const ask = { type: 'request_supplement', items, reason: 'Hồ sơ cần bổ sung, hoàn thiện' };

describe('supplement after appraisal, RESTART mode', () => {
  let t: TestApp;
  let specialist: string;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00'); // Monday
    specialist = await t.login(who.specialist);
  });
  afterAll(() => t.close());

  it('restarts the 7 working days from the completion and returns to appraisal', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    expect(d.dueAt).toBe('2026-03-11T17:00:00+07:00');

    at(t, '2026-03-05 16:00'); // third working day after receipt, still in time
    const asked = await act(t, specialist, d.id, ask);
    expect(asked).toMatchObject({ state: 'SUPPLEMENT_REQUESTED', nationalStatus: 5, queueDueAt: null });
    const waiting = await view(t, specialist, d.id);
    expect(waiting.dates.pausedSince).toBe('2026-03-05T16:00:00+07:00');
    expect(waiting.supplementCount).toBe(1);
    expect(waiting.supplements).toEqual([
      expect.objectContaining({ stage: 'PROCESSING', round: 1, items, previousDueAt: '2026-03-11T17:00:00+07:00', newDueAt: null, completedAt: null }),
    ]);
    await assertDerivable(t, d.id); // mid-way too, not only at the end
    // the applicant's side (through the portal client) may complete; the department may not act meanwhile
    await refused(t, specialist, d.id, { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Đủ điều kiện' } }, 409);

    at(t, '2026-03-10 10:00');
    const done = await act(t, DEMO_CLIENT_TOKEN, d.id, { type: 'complete_supplement', componentsProvided: ['TP02'] });
    expect(done).toMatchObject({ state: 'APPRAISAL', step: 'appraisal', nationalStatus: 4, assigneeId: asked.assigneeId });
    // Wed 11 (1), Thu 12, Fri 13, Mon 16, Tue 17, Wed 18, Thu 19 (7)
    expect(done.dueAt).toBe('2026-03-19T17:00:00+07:00');

    const after = await view(t, specialist, d.id);
    expect(after.dates).toMatchObject({ pausedSince: null, currentDueAt: '2026-03-19T17:00:00+07:00', originalDueAt: '2026-03-19T17:00:00+07:00' });
    expect(after.pausedMs).toBe((4 * 24 + 18) * 3_600_000); // Thu 16:00 → Tue 10:00, kept for the KPI subtraction
    expect(after.supplements[0]).toMatchObject({
      previousDueAt: '2026-03-11T17:00:00+07:00',
      newDueAt: '2026-03-19T17:00:00+07:00',
      completedAt: '2026-03-10T10:00:00+07:00',
    });
    expect(after.dueExplanation[0].kind).toBe('pause');
    expect(after.dueExplanation.at(-1)).toMatchObject({ kind: 'due', at: '2026-03-19T17:00:00+07:00' });
    const [event] = await outboxEvents(t, d.id, 'dossier.supplemented');
    expect(event!.payload).toEqual({ previousDueAt: '2026-03-11T10:00:00.000Z', newDueAt: '2026-03-19T10:00:00.000Z' });
    // the specialist goes on where they stopped
    const forwarded = await act(t, specialist, d.id, { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Đã bổ sung đủ' } });
    expect(forwarded.state).toBe('AWAITING_APPROVAL');
    await assertDerivable(t, d.id);
  });

  it('refuses a second request: once and complete (guard maxSupplementRounds)', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    at(t, '2026-03-02 14:00');
    await act(t, specialist, d.id, ask);
    at(t, '2026-03-03 09:00');
    const done = await act(t, await t.login(DESK), d.id, { type: 'complete_supplement' });
    expect(done.dueAt).toBe('2026-03-12T17:00:00+07:00'); // 7 working days from Tue 03/03
    at(t, '2026-03-03 10:00'); // still within 3 working days of receipt: only the rounds guard fails
    const error = await refused(t, specialist, d.id, ask, 403);
    expect(error.code).toBe('dossier.actionNotPermitted');
    expect(error.guards).toEqual(['guard.maxSupplementRounds']);
    expect((await view(t, specialist, d.id)).supplementCount).toBe(1);
    await assertDerivable(t, d.id);
  });

  it('refuses a request later than 3 working days after receipt (guard withinWorkingDaysOfReceipt)', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    at(t, '2026-03-06 08:00'); // the fourth working day
    const error = await refused(t, specialist, d.id, ask, 403);
    expect(error.guards).toEqual(['guard.withinWorkingDaysOfReceipt']);
    const full = await view(t, specialist, d.id);
    expect(full.state).toBe('APPRAISAL');
    expect(full.allowedActions.find((a: { id: string }) => a.id === 'request_supplement')).toMatchObject({ allowed: false });
    await assertDerivable(t, d.id);
  });
});
