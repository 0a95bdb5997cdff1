// Online dossiers from DVCQG: the 8-working-hour intake clock (Decree 45/2020, DOMAIN §4.2(3), example D),
// receipt with code and due date, the one complete request to supplement before receipt (Form 02),
// and refusal at intake (Form 03).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act, view } from '../support/dossier-fixtures.ts';
import { DEMO_CLIENT_TOKEN, type TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, offeredIds, refused, startApp, submitAtDesk, submitOnline, vn } from './drive.ts';

describe('online intake through DVCQG', () => {
  let t: TestApp;
  let desk: string;
  beforeAll(async () => {
    t = await startApp('2026-03-06T16:05:00+07:00'); // Friday
    desk = await t.login(DESK);
  });
  afterAll(() => t.close());

  it('Fri 16:00 → intake due Mon 16:30; receipt gives the code, the 7-working-day due date and status 2', async () => {
    at(t, '2026-03-06 16:05');
    const created = await submitOnline(t, '1.004230', vn('2026-03-06 16:00'));
    expect(created).toMatchObject({ state: 'SUBMITTED', nationalStatus: 1, code: null, channel: 'DVCQG' });
    expect(created.submittedAt).toBe('2026-03-06T16:00:00+07:00'); // the portal's time, not the arrival
    // Fri 16:00–17:00 = 1 h; Mon 07:30–11:30 = 4 h (5 h); 13:30–16:30 = 3 h (8 h)
    expect(created.dueAt).toBe('2026-03-09T16:30:00+07:00');
    const before = await view(t, desk, created.id);
    expect(before.dates.intakeDueAt).toBe('2026-03-09T16:30:00+07:00');
    expect(before.dates.receivedAt).toBeNull();
    expect(offeredIds(before)).toEqual([
      'receive', 'request_intake_supplement', 'reject', 'withdraw',
    ]);

    at(t, '2026-03-09 10:00');
    const received = await act(t, desk, created.id, { type: 'receive' });
    expect(received).toMatchObject({ state: 'RECEIVED', nationalStatus: 2, code: 'H21.02-260309-0001' });
    // 7 working days from Mon 09/03: Tue 10 … Wed 18 (no holiday in between)
    expect(received.dueAt).toBe('2026-03-18T17:00:00+07:00');
    const after = await view(t, desk, created.id);
    expect(after.dates.receivedAt).toBe('2026-03-09T10:00:00+07:00');
    expect(after.dates.originalDueAt).toBe('2026-03-18T17:00:00+07:00');
    expect(after.dates.transferDueAt).toBeNull(); // electronic dossiers move at once, no paper transfer
    const log = await dossierRepo.listActions(t.app.database.db, created.id);
    expect(log[1]!.payload).toMatchObject({ code: 'H21.02-260309-0001', dueAt: '2026-03-18T17:00:00+07:00', intakeOnTime: true });
    await assertDerivable(t, created.id);
  });

  it('submitted on Saturday → the clock starts Monday 07:30 and ends Tuesday 08:00', async () => {
    at(t, '2026-03-07 10:30');
    const created = await submitOnline(t, '1.004230', vn('2026-03-07 10:00'));
    expect(created.dueAt).toBe('2026-03-10T08:00:00+07:00'); // Mon 7.5 h + Tue 07:30–08:00
    await assertDerivable(t, created.id);
  });

  it('a late receipt is recorded as intake not on time; only integration clients may backdate submission', async () => {
    at(t, '2026-03-10 09:00');
    const late = await submitOnline(t, '1.004230', vn('2026-03-09 08:00')); // intake due Tue 08:30
    at(t, '2026-03-10 09:30');
    await act(t, desk, late.id, { type: 'receive' });
    const log = await dossierRepo.listActions(t.app.database.db, late.id);
    expect(log[1]!.payload).toMatchObject({ intakeOnTime: false });

    const future = await submitOnline(t, '1.004230', vn('2026-03-11 09:00'));
    expect(future.submittedAt).toBe('2026-03-10T09:30:00+07:00'); // a time in the future is clamped to now
    const paper = await submitAtDesk(t, '1.004230', { submittedAt: vn('2026-03-01 09:00') });
    expect(paper.submittedAt).toBe('2026-03-10T09:30:00+07:00'); // a desk officer cannot backdate
    expect(paper.dueAt).toBeNull(); // paper dossiers have no intake clock
    for (const d of [late, future, paper]) await assertDerivable(t, d.id);
  });

  it('asks once for the missing component, the applicant completes through DVCQG, then the desk receives', async () => {
    at(t, '2026-03-09 08:00');
    const created = await submitOnline(t, '1.004230', vn('2026-03-09 08:00'), {
      components: [{ code: 'TP01', provided: false }, { code: 'TP02', provided: true }],
    });
    expect(created.dueAt).toBe('2026-03-10T08:30:00+07:00');
    const missing = await refused(t, desk, created.id, { type: 'receive' }, 403);
    expect(missing.guards).toEqual(['guard.requiredComponentsProvided']);

    at(t, '2026-03-09 10:00');
    const items = [{ componentCode: 'TP01', description: 'Đơn đề nghị cấp lại giấy phép', reason: 'Chưa nộp đơn theo mẫu' }];
    const asked = await act(t, desk, created.id, { type: 'request_intake_supplement', items, reason: 'Hồ sơ chưa đầy đủ' });
    expect(asked).toMatchObject({ state: 'INTAKE_SUPPLEMENT', nationalStatus: 5, code: null });
    await refused(t, desk, created.id, { type: 'receive' }, 409); // nothing to receive while waiting

    at(t, '2026-03-10 14:00');
    const done = await act(t, DEMO_CLIENT_TOKEN, created.id, { type: 'complete_intake_supplement', componentsProvided: ['TP01'] });
    expect(done).toMatchObject({ state: 'SUBMITTED', nationalStatus: 1 });
    // a new 8-hour clock from the completion: Tue 14:00–17:00 3 h, Wed 07:30–11:30 4 h, 13:30–14:30 1 h
    expect(done.dueAt).toBe('2026-03-11T14:30:00+07:00');

    at(t, '2026-03-11 09:00');
    const received = await act(t, desk, created.id, { type: 'receive' });
    expect(received).toMatchObject({ state: 'RECEIVED', nationalStatus: 2, code: 'H21.02-260311-0001' });
    expect(received.dueAt).toBe('2026-03-20T17:00:00+07:00'); // 7 working days from Wed 11/03

    const full = await view(t, desk, created.id);
    expect(full.supplements).toEqual([
      expect.objectContaining({ stage: 'INTAKE', round: 1, items, reason: 'Hồ sơ chưa đầy đủ', requestedAt: '2026-03-09T10:00:00+07:00', completedAt: '2026-03-10T14:00:00+07:00' }),
    ]);
    expect(full.components.find((c: { code: string }) => c.code === 'TP01').provided).toBe(true);
    const completion = full.actions.find((a: { type: string }) => a.type === 'complete_intake_supplement');
    expect(completion.actor.kind).not.toBe('officer');
    expect(completion.actor.role).toBe('APPLICANT');
    expect(completion.onBehalfOf).toBe('TAX_CODE:0100109106');
    await assertDerivable(t, created.id);
  });

  it('refusal at intake is terminal: status 3, no code, no further action', async () => {
    at(t, '2026-03-12 08:00');
    const created = await submitOnline(t, '1.004230', vn('2026-03-12 07:45'));
    at(t, '2026-03-12 09:00');
    const rejected = await act(t, desk, created.id, { type: 'reject_intake', reason: 'Thủ tục không thuộc thẩm quyền tiếp nhận' });
    expect(rejected).toMatchObject({ state: 'REJECTED_AT_INTAKE', nationalStatus: 3, code: null });

    const full = await view(t, desk, created.id);
    expect(full.allowedActions).toEqual([]);
    expect(full.dates.finishedAt).toBe('2026-03-12T09:00:00+07:00');
    expect(full.actions.at(-1)).toMatchObject({ type: 'reject_intake', reason: 'Thủ tục không thuộc thẩm quyền tiếp nhận' });
    const again = await refused(t, desk, created.id, { type: 'receive' }, 409);
    expect(again.code).toBe('dossier.illegalAction');
    expect(again.allowedActions).toEqual([]);
    await refused(t, DEMO_CLIENT_TOKEN, created.id, { type: 'withdraw', reason: 'Rút hồ sơ' }, 409);
    await assertDerivable(t, created.id);
  });

  // Regression (found as a gap): DOMAIN §4.2(1),(3) — the desk asks for what is missing once, in full (một lần đầy đủ). The
  // intake step offers request_intake_supplement without any guard, so a second round is accepted.
  it('asks for an intake supplement only once', async () => {
    at(t, '2026-03-13 08:00');
    const created = await submitOnline(t, '1.004230', vn('2026-03-13 07:45'));
    const items = [{ componentCode: 'TP02', description: 'Bản sao giấy phép cũ', reason: 'Chưa nộp' }];
    await act(t, desk, created.id, { type: 'request_intake_supplement', items, reason: 'Hồ sơ chưa đầy đủ' });
    await act(t, DEMO_CLIENT_TOKEN, created.id, { type: 'complete_intake_supplement', componentsProvided: ['TP02'] });
    const again = await refused(t, desk, created.id, { type: 'request_intake_supplement', items, reason: 'Lại thiếu' }, 403);
    expect(again.code).toBe('dossier.actionNotPermitted');
  });
});
