// Inter-agency processing in parallel (Decree 61/2018 Art. 19(6), DOMAIN §4.5): 1.005074 (new upper
// secondary school, Sở GD&ĐT H21.11, 30 working days) goes to Tài chính and Nội vụ at once, each part a
// task with its own budget; the lead agency completes last; the participants see the dossier, others not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, ensureOfficer, inAppraisal, refused, staff, startApp } from './drive.ts';

const who = staff['H21.11'];
const part = (agencyCode: string, role: 'LEAD' | 'COOPERATING', amount: number, unit = 'WORKING_DAY') => ({
  agencyCode,
  role,
  budget: { amount, unit },
  instructions: `Phần việc của ${agencyCode}: thẩm định theo chức năng`,
});

describe('parallel inter-agency processing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    await ensureOfficer(t, 'xaydung.chuyenvien', [{ role: 'SPECIALIST', agencyCode: 'H21.16' }]);
  });
  afterAll(() => t.close());

  it('opens every task at once, lets the lead finish only last, then forwards to approval', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.005074', who);
    expect(d.dueAt).toBe('2026-04-13T17:00:00+07:00'); // 30 working days: Tue 03/03 … Mon 13/04
    const specialist = await t.login(who.specialist);
    const finance = await t.login('taichinh.chuyenvien');
    const home = await t.login('noivu.chuyenvien');
    const building = await t.login('xaydung.chuyenvien');

    at(t, '2026-03-03 10:00');
    const participants = [part('H21.11', 'LEAD', 10), part('H21.14', 'COOPERATING', 5), part('H21.15', 'COOPERATING', 16, 'WORKING_HOUR')];
    expect((await refused(t, specialist, d.id, { type: 'start_interagency', mode: 'PARALLEL', participants: participants.map((p) => ({ ...p, role: 'LEAD' })) }, 400)).issues).toBeDefined();
    await refused(t, specialist, d.id, { type: 'start_interagency', mode: 'PARALLEL', participants: [...participants, part('H21.14', 'COOPERATING', 2)] }, 400);
    await refused(t, await t.login(who.head), d.id, { type: 'start_interagency', mode: 'PARALLEL', participants }, 403);
    const started = await act(t, specialist, d.id, { type: 'start_interagency', mode: 'PARALLEL', participants });
    expect(started).toMatchObject({ state: 'INTERAGENCY', step: 'interagency', nationalStatus: 4 });

    const full = await view(t, specialist, d.id);
    expect(full.tasks.map((k: { agency: { code: string }; role: string; status: string; dueAt: string; crossLevel: boolean; mode: string }) => [k.agency.code, k.role, k.status, k.dueAt, k.crossLevel, k.mode])).toEqual([
      ['H21.11', 'LEAD', 'OPEN', '2026-03-17T17:00:00+07:00', false, 'PARALLEL'], // 10 WD
      ['H21.14', 'COOPERATING', 'OPEN', '2026-03-10T17:00:00+07:00', false, 'PARALLEL'], // 5 WD
      ['H21.15', 'COOPERATING', 'OPEN', '2026-03-05T11:00:00+07:00', false, 'PARALLEL'], // 16 working hours
    ]);
    const [lead, financeTask, homeTask] = full.tasks.map((k: { id: string }) => k.id) as string[];
    await assertDerivable(t, d.id);

    // visibility: the participants see the dossier, the Department of Construction does not
    expect((await t.request('GET', `/api/v1/dossiers/${d.id}`, { token: finance })).status).toBe(200);
    expect((await t.request('GET', `/api/v1/dossiers/${d.id}`, { token: building })).status).toBe(404);
    await refused(t, building, d.id, { type: 'complete_task', taskId: financeTask, outcome: 'Không liên quan' }, 404);
    await refused(t, finance, d.id, { type: 'complete_task', taskId: homeTask, outcome: 'Làm thay' }, 403); // not its task

    const leadFirst = await refused(t, specialist, d.id, { type: 'complete_task', taskId: lead, outcome: 'Đã thẩm định' }, 409);
    expect(leadFirst.code).toBe('dossier.leadLast');
    expect((await refused(t, specialist, d.id, { type: 'forward' }, 403)).guards).toEqual(['guard.allTasksCompleted']);

    at(t, '2026-03-05 10:00');
    await act(t, finance, d.id, { type: 'complete_task', taskId: financeTask, outcome: 'Đảm bảo nguồn kinh phí' });
    at(t, '2026-03-06 09:00'); // after the 16 working hours of Nội vụ
    await act(t, home, d.id, { type: 'complete_task', taskId: homeTask, outcome: 'Thống nhất biên chế' });
    at(t, '2026-03-09 09:00');
    await act(t, specialist, d.id, { type: 'complete_task', taskId: lead, outcome: 'Tổng hợp ý kiến, đủ điều kiện' });
    await refused(t, finance, d.id, { type: 'complete_task', taskId: financeTask, outcome: 'Lần nữa' }, 409);

    const done = await act(t, specialist, d.id, { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Đủ điều kiện thành lập' } });
    expect(done).toMatchObject({ state: 'AWAITING_APPROVAL', nationalStatus: 4 });
    const after = await view(t, specialist, d.id);
    expect(after.tasks.map((k: { status: string; completedAt: string }) => [k.status, k.completedAt])).toEqual([
      ['DONE', '2026-03-09T09:00:00+07:00'],
      ['DONE', '2026-03-05T10:00:00+07:00'],
      ['DONE', '2026-03-06T09:00:00+07:00'],
    ]);
    expect(after.actions.at(-1).actionId).toBe('interagency_done');
    const completions = (await dossierRepo.listActions(t.app.database.db, d.id)).filter((a) => a.type === 'complete_task');
    expect(completions.map((a) => (a.payload as { onTime: boolean }).onTime)).toEqual([true, false, true]);
    expect(after.actions.filter((a: { type: string }) => a.type === 'complete_task').map((a: { from: { agency: { code: string } } }) => a.from.agency.code)).toEqual([
      'H21.14', 'H21.15', 'H21.11',
    ]);
    await assertDerivable(t, d.id);
  });

  it('is only offered by the inter-agency workflow', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', staff['H21.10']);
    const error = await refused(t, await t.login('khcn.chuyenvien'), d.id, { type: 'start_interagency', mode: 'PARALLEL', participants: [part('H21.10', 'LEAD', 2)] }, 409);
    expect(error.code).toBe('dossier.illegalAction');
    expect(error.allowedActions!.map((a) => a.id)).not.toContain('start_interagency');
    await assertDerivable(t, d.id);
  });
});
