// The leader's decision and the return of the result (DOMAIN §4.4, §4.8, §4.10): approval or refusal
// after appraisal (Form 03 recorded as a REFUSAL result `<code>-KQ1`, DVCQG status 9; status 8 by
// configuration is in config-variants.test.ts), signature, issue by the records clerk, and return at
// the desk, by post or online.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, inAppraisal, refused, refusedAfterAppraisal, staff, startApp, toIssuing } from './drive.ts';

const who = staff['H21.10'];

describe('decision, signature, issue and return', () => {
  let t: TestApp;
  let desk: string;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    desk = await t.login(DESK);
  });
  afterAll(() => t.close());

  it('approval: result KQ1 issued with its number, returned by post only with a tracking number', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    at(t, '2026-03-04 10:00');
    await toIssuing(t, d.id, who);
    const issued = await act(t, await t.login(who.clerk), d.id, { type: 'issue_result', documentNumber: '125/GP-SKHCN' });
    expect(issued).toMatchObject({ state: 'RESULT_READY', nationalStatus: 9, deliveryState: 'READY', timeliness: 'EARLY' });
    const ready = await view(t, desk, d.id);
    expect(ready.decision).toBe('APPROVED');
    expect(ready.results).toEqual([
      expect.objectContaining({ code: `${d.code}-KQ1`, kind: 'APPROVAL', status: 'ISSUED', documentNumber: '125/GP-SKHCN', issuedAt: '2026-03-04T10:00:00+07:00' }),
    ]);
    expect(ready.allowedActions.find((a: { id: string }) => a.id === 'return_result')).toMatchObject({ allowed: true, to: 'returned' });

    const noTracking = await refused(t, desk, d.id, { type: 'return_result', method: 'BY_POST' }, 400);
    expect(noTracking.issues).toEqual([expect.objectContaining({ path: 'body.postalTracking' })]);
    at(t, '2026-03-05 08:00');
    const posted = await act(t, desk, d.id, { type: 'return_result', method: 'BY_POST', postalTracking: 'EB123456789VN' });
    expect(posted).toMatchObject({ state: 'RETURNED', nationalStatus: 10, deliveryState: 'POSTAL_ORDERED' });
    const full = await view(t, desk, d.id);
    expect(full).toMatchObject({ deliveryMethod: 'BY_POST', allowedActions: [] });
    expect(full.dates.returnedAt).toBe('2026-03-05T08:00:00+07:00');
    expect(full.dates.finishedAt).toBe('2026-03-04T10:00:00+07:00'); // end of processing = status 9, not the return
    await assertDerivable(t, d.id);
  });

  it('refusal after appraisal: REFUSAL result KQ1, status 9, returned online', async () => {
    at(t, '2026-03-02 09:00');
    const d = await refusedAfterAppraisal(t, '1.004230', who);
    expect(d.issued).toMatchObject({ state: 'RESULT_READY', nationalStatus: 9, deliveryState: 'READY' });
    const ready = await view(t, desk, d.id);
    expect(ready.decision).toBe('REFUSED');
    expect(ready.results).toEqual([
      expect.objectContaining({ code: `${d.code}-KQ1`, kind: 'REFUSAL', title: 'Văn bản từ chối giải quyết hồ sơ', documentNumber: '88/TB-SKHCN' }),
    ]);
    expect(ready.actions.find((a: { type: string }) => a.type === 'refuse').reason).toBe('Không đáp ứng điều kiện tại Điều 11 Nghị định 60/2014/NĐ-CP');
    const online = await act(t, desk, d.id, { type: 'return_result', method: 'ONLINE' });
    expect(online).toMatchObject({ state: 'RETURNED', nationalStatus: 10, deliveryState: 'READY' });
    await assertDerivable(t, d.id);
  });

  it('return at the desk is delivered on the spot; the leader may send the dossier back to appraisal', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    const specialist = await t.login(who.specialist);
    const leader = await t.login(who.leader);
    await act(t, specialist, d.id, { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Đủ điều kiện.' } });
    const back = await act(t, leader, d.id, { type: 'forward', actionId: 'send_back', note: 'Làm rõ năng lực thiết bị' });
    expect(back).toMatchObject({ state: 'APPRAISAL', step: 'appraisal', assigneeId: await (async () => (await view(t, specialist, d.id)).assigneeId)() });
    await toIssuing(t, d.id, who);
    await act(t, await t.login(who.clerk), d.id, { type: 'issue_result' });
    const returned = await act(t, desk, d.id, { type: 'return_result', method: 'AT_DESK', receivedBy: 'Nguyễn Văn An' });
    expect(returned).toMatchObject({ state: 'RETURNED', nationalStatus: 10, deliveryState: 'DELIVERED' });
    const full = await view(t, desk, d.id);
    expect(full.results[0].documentNumber).toBeNull();
    expect(full.actions.map((a: { actionId: string | null }) => a.actionId)).toEqual([
      null, 'receive', 'transfer', 'assign', 'submit_opinion', 'send_back', 'submit_opinion', 'approve', 'sign', 'issue_result', 'return_result',
    ]);
    await assertDerivable(t, d.id);
  });
});
