// Acting on a dossier needs the assignment, not just the role (DOMAIN §4.4 R); an assignee must be a
// specialist of the competent agency; and whoever received or appraised a dossier may not decide on it
// (four-eyes rule, guard notSameActorAs on approve/refuse).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, create, officerId, submission, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, ensureOfficer, receivedAtDesk, refused, staff, startApp, transferFromDesk } from './drive.ts';

const who = staff['H21.10'];
const opinion = { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Đủ điều kiện cấp.' } };

describe('assignment and the four-eyes rule', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
  });
  afterAll(() => t.close());

  it('only the department head assigns, only a specialist of the agency, and only the assignee forwards', async () => {
    const desk = await t.login(DESK);
    const head = await t.login(who.head);
    const d = await receivedAtDesk(t, '1.004230');
    await act(t, desk, d.id, { type: 'transfer' });

    const mine = await officerId(t, who.specialist);
    await refused(t, await t.login(who.specialist), d.id, { type: 'assign', assigneeId: mine }, 403); // not a head
    await refused(t, await t.login('gddt.truongphong'), d.id, { type: 'assign', assigneeId: mine }, 404); // another department
    for (const username of [who.leader, 'taichinh.chuyenvien']) {
      const error = await refused(t, head, d.id, { type: 'assign', assigneeId: await officerId(t, username) }, 400);
      expect(error.issues).toEqual([expect.objectContaining({ path: 'body.assigneeId' })]);
    }
    await refused(t, head, d.id, { type: 'assign', assigneeId: '01900000-0000-7000-8000-000000000000' }, 400);

    const assigned = await act(t, head, d.id, { type: 'assign', assigneeId: mine });
    expect(assigned).toMatchObject({ state: 'APPRAISAL', assigneeId: mine, nationalStatus: 4 });
    const work = async (u: string) =>
      ((await t.request('GET', '/api/v1/dossiers?view=work', { token: await t.login(u) })).body.items as { id: string }[]).map((i) => i.id);
    expect(await work(who.specialist)).toContain(d.id);
    expect(await work('khcn.chuyenvien2')).not.toContain(d.id);

    const other = await t.login('khcn.chuyenvien2');
    const error = await refused(t, other, d.id, opinion, 403);
    expect(error.code).toBe('dossier.actionNotPermitted');
    expect(error.guards).toEqual(['guard.assignedToActor']);
    const seen = await view(t, other, d.id);
    expect(seen.allowedActions.find((a: { id: string }) => a.id === 'submit_opinion')).toMatchObject({ allowed: false, reasons: ['hồ sơ không được phân công cho bạn'] });

    expect((await act(t, await t.login(who.specialist), d.id, opinion)).state).toBe('AWAITING_APPROVAL');
    await assertDerivable(t, d.id);
  });

  it('a leader who appraised the dossier may not approve or refuse it (2.000488, Sở Tư pháp)', async () => {
    at(t, '2026-03-02 10:00');
    await ensureOfficer(t, 'tuphap.truongphong', [{ role: 'DEPARTMENT_HEAD', agencyCode: 'H21.12' }]);
    await ensureOfficer(t, 'tuphap.giamdoc', [{ role: 'LEADER', agencyCode: 'H21.12' }]);
    const d = await receivedAtDesk(t, '2.000488');
    expect(d.dueAt).toBe('2026-03-12T17:00:00+07:00'); // 10 calendar days: Tue 03 … Thu 12
    await transferFromDesk(t, d.id);
    const both = await t.login('tuphap.chuyenvien'); // SPECIALIST and LEADER at H21.12
    await act(t, await t.login('tuphap.truongphong'), d.id, { type: 'assign', assigneeId: await officerId(t, 'tuphap.chuyenvien') });
    await act(t, both, d.id, opinion);

    for (const decision of [{ type: 'approve' }, { type: 'refuse', reason: 'Không đủ điều kiện' }]) {
      const error = await refused(t, both, d.id, decision, 403);
      expect(error.guards).toEqual(['guard.notSameActorAs']);
      expect(error.message).toContain('submit_opinion');
      expect(error.message).toContain('bốn mắt');
    }
    const approved = await act(t, await t.login('tuphap.giamdoc'), d.id, { type: 'approve' });
    expect(approved).toMatchObject({ state: 'SIGNING', nationalStatus: 4 });
    await assertDerivable(t, d.id);
  });

  it('a leader who received the dossier at the ward desk may not approve it', async () => {
    await ensureOfficer(t, 'pleiku.kiemnhiem', [{ role: 'DESK_OFFICER', agencyCode: 'H21.55' }, { role: 'LEADER', agencyCode: 'H21.55' }]);
    const both = await t.login('pleiku.kiemnhiem');
    const created = await create(t, both, await submission(t, '1.004873', { competentAgencyCode: 'H21.55', receivingDeskCode: 'H21.55.MC' }));
    await act(t, both, created.id, { type: 'receive' });
    await act(t, both, created.id, { type: 'transfer' });
    await act(t, await t.login('pleiku.motcua'), created.id, opinion); // commune steps: no assignment
    const error = await refused(t, both, created.id, { type: 'approve' }, 403);
    expect(error.guards).toEqual(['guard.notSameActorAs']);
    expect(error.message).toContain('receive');
    expect((await act(t, await t.login('pleiku.chutich'), created.id, { type: 'approve' })).state).toBe('SIGNING');
    await assertDerivable(t, created.id);
  });

  // Regression (found as a bug): the four-eyes guard names the action ids 'receive' and 'submit_opinion'. On the inter-agency
  // workflow the appraiser reaches approval through 'interagency_done' instead, so a leader who
  // appraised the dossier (and ran the inter-agency step) may approve it himself.
  it('the four-eyes rule also holds when the appraiser forwards through inter-agency processing', async () => {
    at(t, '2026-03-02 11:00');
    await ensureOfficer(t, 'tuphap.truongphong', [{ role: 'DEPARTMENT_HEAD', agencyCode: 'H21.12' }]);
    const d = await receivedAtDesk(t, '2.000488');
    await transferFromDesk(t, d.id);
    const both = await t.login('tuphap.chuyenvien');
    await act(t, await t.login('tuphap.truongphong'), d.id, { type: 'assign', assigneeId: await officerId(t, 'tuphap.chuyenvien') });
    const participants = [{ agencyCode: 'H21.12', role: 'LEAD', budget: { amount: 2, unit: 'WORKING_DAY' }, instructions: 'Tra cứu, xác minh' }];
    await act(t, both, d.id, { type: 'start_interagency', mode: 'PARALLEL', participants });
    const [task] = (await view(t, both, d.id)).tasks;
    await act(t, both, d.id, { type: 'complete_task', taskId: task.id, outcome: 'Đủ điều kiện cấp phiếu' });
    expect((await act(t, both, d.id, { type: 'forward' })).state).toBe('AWAITING_APPROVAL');
    const error = await refused(t, both, d.id, { type: 'approve' }, 403);
    expect(error.guards).toEqual(['guard.notSameActorAs']);
  });
});
