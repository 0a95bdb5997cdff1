// Fees (DOMAIN §4.10 paymentState, §12): on a fee-bearing procedure the result is not issued before the
// fee is paid in full or waived; a demand sends the dossier to AWAITING_PAYMENT (DVCQG 6) and the
// recorded payment brings it back to the step it came from. 1.003868 (non-commercial publication licence,
// 48 000 đ) republished with payment before the result, for the demand path; 1.004470 (postal licence,
// 15 000 000 đ, paid before processing) for a fee collected at the desk before the dossier goes on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, inAppraisal, offeredIds, publishNextVersion, receivedAtDesk, refused, staff, startApp, toIssuing } from './drive.ts';

const who = staff['H21.10'];
const FEE = 48_000;
const POSTAL_FEE = 15_000_000;

describe('payment of fees', () => {
  let t: TestApp;
  let desk: string;
  let specialist: string;
  let clerk: string;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    expect(await publishNextVersion(t, '1.003868', { paymentTiming: 'BEFORE_RESULT' })).toBe(2);
    desk = await t.login(DESK);
    specialist = await t.login(who.specialist);
    clerk = await t.login(who.clerk);
  });
  afterAll(() => t.close());

  it('demand during appraisal → AWAITING_PAYMENT (6); the exact amount pays and returns to appraisal', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.003868', who);
    expect(d.dueAt).toBe('2026-03-16T17:00:00+07:00'); // 10 working days: Tue 03/03 … Mon 16/03
    const before = await view(t, desk, d.id);
    expect(before).toMatchObject({ paymentState: 'DUE', fees: { total: FEE } });

    at(t, '2026-03-03 10:00');
    const demanded = await act(t, specialist, d.id, { type: 'request_payment' });
    expect(demanded).toMatchObject({ state: 'AWAITING_PAYMENT', step: 'payment', nationalStatus: 6, paymentState: 'DUE' });
    await refused(t, specialist, d.id, { type: 'record_payment', method: 'CASH', amount: FEE }, 403); // the desk collects
    const wrong = await refused(t, desk, d.id, { type: 'record_payment', method: 'CASH', amount: 1_500_000 }, 400);
    expect(wrong.issues).toEqual([expect.objectContaining({ path: 'body.amount' })]);
    expect((await view(t, desk, d.id)).paymentState).toBe('DUE');
    await assertDerivable(t, d.id);

    at(t, '2026-03-03 14:00');
    const paid = await act(t, desk, d.id, { type: 'record_payment', method: 'BANK_TRANSFER', amount: FEE, reference: 'UNC 0302/2026' });
    expect(paid).toMatchObject({ state: 'APPRAISAL', step: 'appraisal', nationalStatus: 4, paymentState: 'PAID', assigneeId: await (async () => (await view(t, desk, d.id)).assigneeId)() });
    await refused(t, desk, d.id, { type: 'record_payment', method: 'CASH', amount: FEE }, 409); // nothing left to pay

    await toIssuing(t, d.id, who);
    expect(await act(t, clerk, d.id, { type: 'issue_result', documentNumber: '15/GP-SKHCN' })).toMatchObject({ state: 'RESULT_READY', nationalStatus: 9 });
    expect(await act(t, desk, d.id, { type: 'return_result', method: 'AT_DESK' })).toMatchObject({ state: 'RETURNED', paymentState: 'PAID' });
    const full = await view(t, desk, d.id);
    expect(full.actions.map((a: { type: string }) => a.type).slice(4, 6)).toEqual(['request_payment', 'record_payment']);
    await assertDerivable(t, d.id);
  });

  it('a waiver settles the fee as well', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.003868', who);
    await act(t, specialist, d.id, { type: 'request_payment' });
    expect(await act(t, desk, d.id, { type: 'record_payment', method: 'WAIVED', amount: 0, reference: 'Miễn theo Thông tư 291/2016/TT-BTC' })).toMatchObject({
      state: 'APPRAISAL',
      paymentState: 'WAIVED',
    });
    await toIssuing(t, d.id, who);
    expect((await act(t, clerk, d.id, { type: 'issue_result' })).state).toBe('RESULT_READY');
    await assertDerivable(t, d.id);
  });

  it('the result is not issued while the fee is unpaid (guard paymentSettled)', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.003868', who);
    await toIssuing(t, d.id, who);
    const error = await refused(t, clerk, d.id, { type: 'issue_result' }, 403);
    expect(error.guards).toEqual(['guard.paymentSettled']);
    expect((await view(t, clerk, d.id)).state).toBe('ISSUING');
    await assertDerivable(t, d.id);
  });

  // Regression (found as a bug): the issuing step did not offer record_payment, so an unpaid dossier there was stuck.
  it('the fee can still be recorded when an unpaid dossier waits at issuing, and then it is issued', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.003868', who);
    await toIssuing(t, d.id, who);
    await refused(t, clerk, d.id, { type: 'issue_result' }, 403);
    expect(await act(t, desk, d.id, { type: 'record_payment', method: 'CASH', amount: FEE })).toMatchObject({ paymentState: 'PAID' });
    expect((await act(t, clerk, d.id, { type: 'issue_result' })).state).toBe('RESULT_READY');
  });

  // Regression (found as a bug): request_payment set paymentState back to DUE after the fee had been paid.
  it('does not demand a fee that is already paid', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.003868', who);
    await act(t, specialist, d.id, { type: 'request_payment' });
    await act(t, desk, d.id, { type: 'record_payment', method: 'CASH', amount: FEE });
    expect((await refused(t, specialist, d.id, { type: 'request_payment' }, 409)).code).toBe('dossier.paymentNotDue');
    expect((await view(t, desk, d.id)).paymentState).toBe('PAID');
  });

  it('no fee, no demand', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    expect((await view(t, desk, d.id)).paymentState).toBe('NOT_REQUIRED');
    expect((await refused(t, specialist, d.id, { type: 'request_payment' }, 409)).code).toBe('dossier.paymentNotDue');
    await toIssuing(t, d.id, who);
    expect((await act(t, clerk, d.id, { type: 'issue_result' })).state).toBe('RESULT_READY');
    expect((await refused(t, desk, d.id, { type: 'record_payment', method: 'CASH', amount: 0 }, 403)).guards).toEqual(['guard.paymentDue']);
    await assertDerivable(t, d.id);
  });

  it('a fee due before processing is collected at the desk before the transfer (1.004470)', async () => {
    at(t, '2026-03-02 09:00');
    const received = await receivedAtDesk(t, '1.004470');
    const blocked = await refused(t, desk, received.id, { type: 'transfer' }, 403);
    expect(blocked.guards).toEqual(['guard.paymentSettled']);
    const offered = offeredIds(await view(t, desk, received.id));
    expect(offered).toContain('record_payment');
    expect(await act(t, desk, received.id, { type: 'record_payment', method: 'CASH', amount: POSTAL_FEE })).toMatchObject({ state: 'RECEIVED', paymentState: 'PAID' });
    expect((await act(t, desk, received.id, { type: 'transfer' })).state).toBe('ASSIGNED');
    await assertDerivable(t, received.id);
  });

  // Regression (found as a gap): allowedActions offered record_payment on a fee-free dossier.
  it('does not offer record_payment when there is nothing to pay', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    await toIssuing(t, d.id, who);
    await act(t, clerk, d.id, { type: 'issue_result' });
    const offered = offeredIds(await view(t, desk, d.id));
    expect(offered).toEqual(['return_result']);
  });
});
