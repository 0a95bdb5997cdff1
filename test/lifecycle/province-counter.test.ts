// The full counter path of a provincial procedure: receipt at the service centre, transfer under
// the 15:00 rule, assignment, appraisal, four-eyes approval, signature, issue, return at the desk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierView } from '../../src/modules/dossiers/index.ts';
import { deriveState } from '../../src/modules/dossiers/index.ts';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act, create, officerId, submission, view } from '../support/dossier-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('provincial procedure at the counter', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('2026-03-02T09:00:00+07:00'); // Monday
  });
  afterAll(() => t.close());

  it('goes from receipt to return, with code, due date, results and a derivable log', async () => {
    const desk = await t.login('motcua.tinh');
    const created = await create(t, desk, await submission(t, '1.004230')); // 7 working days
    expect(created.state).toBe('SUBMITTED');
    expect(created.code).toBeNull();

    const received = await act(t, desk, created.id, { type: 'receive' });
    expect(received.code).toMatch(/^H21\.02-260302-\d{4}$/);
    expect(received.state).toBe('RECEIVED');
    expect(received.dueAt).toBe('2026-03-11T17:00:00+07:00'); // Tue 03 … Wed 11 = 7 working days
    const afterReceipt = await view(t, desk, created.id);
    expect(afterReceipt.dates.transferDueAt).toBe('2026-03-02T17:00:00+07:00'); // before 15:00 → same day
    expect(afterReceipt.dueExplanation.at(-1).kind).toBe('due');

    await act(t, desk, created.id, { type: 'transfer' });
    const head = await t.login('khcn.truongphong');
    const specialistId = await officerId(t, 'khcn.chuyenvien');
    const assigned = await act(t, head, created.id, { type: 'assign', assigneeId: specialistId });
    expect(assigned.state).toBe('APPRAISAL');
    expect(assigned.assigneeId).toBe(specialistId);

    const other = await t.login('khcn.chuyenvien2');
    await act(t, other, created.id, { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Đủ điều kiện' } }, 403);

    t.clock.advance(2 * 86_400_000);
    const specialist = await t.login('khcn.chuyenvien'); // sessions last 12 hours: sign in again two days later
    const forwarded = await act(t, specialist, created.id, { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Hồ sơ đủ điều kiện cấp lại.' } });
    expect(forwarded.state).toBe('AWAITING_APPROVAL');

    const leader = await t.login('khcn.giamdoc');
    await act(t, leader, created.id, { type: 'approve' });
    await act(t, leader, created.id, { type: 'sign' });
    const clerk = await t.login('khcn.vanthu');
    const issued = await act(t, clerk, created.id, { type: 'issue_result', documentNumber: '125/GP-SKHCN' });
    expect(issued.state).toBe('RESULT_READY');
    expect(issued.nationalStatus).toBe(9);
    expect(issued.timeliness).toBe('EARLY');

    const deskNow = await t.login('motcua.tinh'); // a new session, days later
    const returned = await act(t, deskNow, created.id, { type: 'return_result', method: 'AT_DESK', receivedBy: 'Nguyễn Văn An' });
    expect(returned.state).toBe('RETURNED');
    expect(returned.nationalStatus).toBe(10);

    const full = await view(t, deskNow, created.id);
    expect(DossierView.safeParse(full).success).toBe(true);
    expect(full.results).toHaveLength(1);
    expect(full.results[0].code).toBe(`${received.code}-KQ1`);
    expect(full.results[0].documentNumber).toBe('125/GP-SKHCN');
    expect(full.actions.map((a: { type: string }) => a.type)).toEqual([
      'submit', 'receive', 'transfer', 'assign', 'forward', 'approve', 'sign', 'issue_result', 'return_result',
    ]);
    expect(full.allowedActions).toEqual([]);

    const db = t.app.database.db;
    const row = await dossierRepo.findDossier(db, created.id);
    const derived = deriveState(await dossierRepo.listActions(db, created.id));
    for (const [k, v] of Object.entries(derived)) expect((row as Record<string, unknown>)[k], k).toEqual(v);
  });
});
