// Sequential inter-agency processing (paper, DOMAIN §4.5): each agency's task opens when the previous
// one is done, with its own budget counted from then. Cross-level processing: a provincial dossier may
// involve a central unit (marked crossLevel), never a lower-level one (a ward).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, ensureOfficer, inAppraisal, refused, staff, startApp } from './drive.ts';

const part = (agencyCode: string, role: 'LEAD' | 'COOPERATING', amount: number) => ({
  agencyCode,
  role,
  budget: { amount, unit: 'WORKING_DAY' },
  instructions: `Phần việc của ${agencyCode} theo phiếu chuyển xử lý`,
});
type Task = { id: string; agency: { code: string }; status: string; dueAt: string | null; crossLevel: boolean };

describe('sequential and cross-level inter-agency processing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
  });
  afterAll(() => t.close());

  it('opens the next task only when the previous one is done', async () => {
    const who = staff['H21.11'];
    const d = await inAppraisal(t, '1.005074', who);
    const specialist = await t.login(who.specialist);
    const finance = await t.login('taichinh.chuyenvien');
    const home = await t.login('noivu.chuyenvien');
    at(t, '2026-03-03 10:00');
    const participants = [part('H21.14', 'COOPERATING', 3), part('H21.15', 'COOPERATING', 2), part('H21.11', 'LEAD', 2)];
    await act(t, specialist, d.id, { type: 'start_interagency', mode: 'SEQUENTIAL', participants });
    const tasks = async () => (await view(t, specialist, d.id)).tasks as Task[];
    expect((await tasks()).map((k) => [k.agency.code, k.status, k.dueAt])).toEqual([
      ['H21.14', 'OPEN', '2026-03-06T17:00:00+07:00'], // 3 WD from Tue 03/03
      ['H21.15', 'WAITING', null],
      ['H21.11', 'WAITING', null],
    ]);
    const [first, second, third] = (await tasks()).map((k) => k.id);
    expect((await refused(t, home, d.id, { type: 'complete_task', taskId: second!, outcome: 'Chưa tới lượt' }, 409)).code).toBe('dossier.taskNotOpen');

    at(t, '2026-03-05 15:00');
    await act(t, finance, d.id, { type: 'complete_task', taskId: first!, outcome: 'Ý kiến của Sở Tài chính' });
    expect((await tasks()).map((k) => [k.status, k.dueAt])).toEqual([
      ['DONE', '2026-03-06T17:00:00+07:00'],
      ['OPEN', '2026-03-09T17:00:00+07:00'], // 2 WD from Thu 05/03: Fri 06, Mon 09
      ['WAITING', null],
    ]);
    await refused(t, specialist, d.id, { type: 'complete_task', taskId: third!, outcome: 'Chưa tới lượt' }, 409);

    at(t, '2026-03-09 09:00');
    await act(t, home, d.id, { type: 'complete_task', taskId: second!, outcome: 'Ý kiến của Sở Nội vụ' });
    expect((await tasks())[2]).toMatchObject({ status: 'OPEN', dueAt: '2026-03-11T17:00:00+07:00' });
    at(t, '2026-03-10 09:00');
    await act(t, specialist, d.id, { type: 'complete_task', taskId: third!, outcome: 'Tổng hợp' });
    expect((await act(t, specialist, d.id, { type: 'forward' })).state).toBe('AWAITING_APPROVAL');

    const log = (await dossierRepo.listActions(t.app.database.db, d.id)).filter((a) => a.type === 'complete_task');
    expect(log.map((a) => (a.payload as { nextTaskId: string | null }).nextTaskId)).toEqual([second, third, null]);
    expect((await view(t, specialist, d.id)).actions.filter((a: { type: string }) => a.type === 'complete_task').map((a: { to: { agency: { code: string } } }) => a.to.agency.code)).toEqual([
      'H21.15', 'H21.11', 'H21.11',
    ]);
    await assertDerivable(t, d.id);
  });

  it('cross-level with a central unit is allowed and marked; a ward is refused (2.000488, judicial record)', async () => {
    at(t, '2026-03-02 09:00');
    await ensureOfficer(t, 'tuphap.truongphong', [{ role: 'DEPARTMENT_HEAD', agencyCode: 'H21.12' }]);
    const d = await inAppraisal(t, '2.000488', { head: 'tuphap.truongphong', specialist: 'tuphap.chuyenvien' });
    const specialist = await t.login('tuphap.chuyenvien');
    const central = await t.login('lltp.chuyenvien');
    expect((await t.request('GET', `/api/v1/dossiers/${d.id}`, { token: central })).status).toBe(404);

    const lower = await refused(t, specialist, d.id, { type: 'start_interagency', mode: 'PARALLEL', participants: [part('H21.12', 'LEAD', 3), part('H21.55', 'COOPERATING', 2)] }, 400);
    expect(lower.code).toBe('error.validation');
    expect(lower.issues).toEqual([expect.objectContaining({ path: 'body.participants', message: expect.stringContaining('cấp trên') })]);
    expect((await view(t, specialist, d.id)).state).toBe('APPRAISAL');

    at(t, '2026-03-02 14:00');
    const participants = [part('H21.12', 'LEAD', 5), part('H21.70', 'COOPERATING', 3), part('G12.20', 'COOPERATING', 3)];
    const started = await act(t, specialist, d.id, { type: 'start_interagency', mode: 'PARALLEL', participants });
    expect(started.state).toBe('INTERAGENCY');
    const tasks = (await view(t, central, d.id)).tasks as Task[]; // the central unit sees the dossier now
    expect(tasks.map((k) => [k.agency.code, k.crossLevel, k.dueAt])).toEqual([
      ['H21.12', true, '2026-03-09T17:00:00+07:00'],
      ['H21.70', true, '2026-03-05T17:00:00+07:00'],
      ['G12.20', true, '2026-03-05T17:00:00+07:00'],
    ]);
    at(t, '2026-03-04 10:00');
    await act(t, central, d.id, { type: 'complete_task', taskId: tasks[2]!.id, outcome: 'Không có án tích trong cơ sở dữ liệu quốc gia' });
    await act(t, await t.login('congan.canbo'), d.id, { type: 'complete_task', taskId: tasks[1]!.id, outcome: 'Đã tra cứu hồ sơ' });
    await act(t, specialist, d.id, { type: 'complete_task', taskId: tasks[0]!.id, outcome: 'Đủ căn cứ cấp phiếu' });
    const forwarded = await act(t, specialist, d.id, { type: 'forward' });
    expect(forwarded).toMatchObject({ state: 'AWAITING_APPROVAL', code: d.code });
    const full = await view(t, specialist, d.id);
    expect(full.receivingAgency.code).toBe('H21.02'); // the result goes back through the receiving desk
    expect(full.actions.find((a: { type: string; from: { agency: { code: string } } }) => a.type === 'complete_task' && a.from.agency.code === 'G12.20').to.agency.code).toBe('H21.12');
    await assertDerivable(t, d.id);
  });
});
