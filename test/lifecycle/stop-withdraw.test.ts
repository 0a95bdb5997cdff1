// Stop and withdrawal (DOMAIN §4.7): the leader stops processing (STOPPED, DVCQG 8); the applicant
// withdraws — through the desk officer or through the portal's integration client (WITHDRAWN, 7).
// Both end processing for good.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, view } from '../support/dossier-fixtures.ts';
import { DEMO_CLIENT_TOKEN, type TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, inAppraisal, refused, staff, startApp, submitOnline, vn } from './drive.ts';

const who = staff['H21.10'];

describe('stop and withdrawal', () => {
  let t: TestApp;
  let desk: string;
  let leader: string;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    desk = await t.login(DESK);
    leader = await t.login(who.leader);
  });
  afterAll(() => t.close());

  async function expectTerminal(id: string, state: string, nationalStatus: number) {
    const full = await view(t, desk, id);
    expect(full).toMatchObject({ state, nationalStatus, allowedActions: [] });
    for (const body of [{ type: 'forward' }, { type: 'withdraw', reason: 'Rút lại lần nữa' }, { type: 'stop', reason: 'Dừng lần nữa' }]) {
      const error = await refused(t, body.type === 'stop' ? leader : desk, id, body, 409);
      expect(error.allowedActions).toEqual([]);
    }
    const closed = await t.request('GET', `/api/v1/dossiers?open=false&state=${state}`, { token: desk });
    expect(closed.body.items.map((i: { id: string }) => i.id)).toContain(id);
    await assertDerivable(t, id);
    return full;
  }

  it('the leader stops processing: STOPPED, status 8, with the reason', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    at(t, '2026-03-04 10:00');
    await refused(t, await t.login(who.specialist), d.id, { type: 'stop', reason: 'Doanh nghiệp giải thể' }, 403);
    const stopped = await act(t, leader, d.id, { type: 'stop', reason: 'Doanh nghiệp đã giải thể theo thông báo của Sở Tài chính' });
    expect(stopped).toMatchObject({ state: 'STOPPED', nationalStatus: 8, timeliness: 'EARLY' });
    const full = await expectTerminal(d.id, 'STOPPED', 8);
    expect(full.dates.finishedAt).toBe('2026-03-04T10:00:00+07:00');
    expect(full.actions.at(-1)).toMatchObject({ type: 'stop', reason: 'Doanh nghiệp đã giải thể theo thông báo của Sở Tài chính', actor: { role: 'LEADER' } });
  });

  it('the desk officer withdraws on the applicant’s request: WITHDRAWN, status 7', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    at(t, '2026-03-03 14:00');
    const withdrawn = await act(t, desk, d.id, { type: 'withdraw', reason: 'Công dân có đơn xin rút hồ sơ ngày 03/3/2026' });
    expect(withdrawn).toMatchObject({ state: 'WITHDRAWN', nationalStatus: 7 });
    const full = await expectTerminal(d.id, 'WITHDRAWN', 7);
    expect(full.actions.at(-1)).toMatchObject({ type: 'withdraw', actor: { name: 'Nguyễn Văn Tiếp', role: 'APPLICANT' }, onBehalfOf: 'TAX_CODE:0100109106' });
  });

  it('the integration client withdraws for the applicant, before and after receipt', async () => {
    at(t, '2026-03-02 10:00');
    const online = await submitOnline(t, '1.004230', vn('2026-03-02 09:45'));
    const early = await act(t, DEMO_CLIENT_TOKEN, online.id, { type: 'withdraw', reason: 'Nộp nhầm thủ tục' });
    expect(early).toMatchObject({ state: 'WITHDRAWN', nationalStatus: 7, code: null, timeliness: null });
    await expectTerminal(online.id, 'WITHDRAWN', 7);

    const received = await inAppraisal(t, '1.004230', who);
    const late = await act(t, DEMO_CLIENT_TOKEN, received.id, { type: 'withdraw', reason: 'Doanh nghiệp không còn nhu cầu' });
    expect(late).toMatchObject({ state: 'WITHDRAWN', nationalStatus: 7, code: received.code });
    await expectTerminal(received.id, 'WITHDRAWN', 7);
  });

  // Regression (found as a bug): the supplement step belongs to the receiving desk (H21.02), so its `stop` needs a LEADER of the
  // service centre; the department's leader, who decides on the dossier, gets 403 and nobody can stop.
  it('the department leader can stop a dossier whose applicant never supplements', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    await act(t, await t.login(who.specialist), d.id, { type: 'request_supplement', items: [{ description: 'Bản sao giấy phép', reason: 'Thiếu' }], reason: 'Bổ sung' });
    at(t, '2026-04-15 09:00');
    const stopped = await act(t, leader, d.id, { type: 'stop', reason: 'Quá hạn bổ sung mà công dân không bổ sung' });
    expect(stopped).toMatchObject({ state: 'STOPPED', nationalStatus: 8 });
  });
});
