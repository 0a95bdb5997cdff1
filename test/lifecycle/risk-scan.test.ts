// Early warnings (DOMAIN §4.6): the deadline scan flags open dossiers at 70 % (WARN) and 90 % (AT_RISK)
// of the working time from receipt to the due date, and OVERDUE past it — a flag and an outbox event,
// never a state. Dossiers waiting for the applicant's supplement are not counted against the agency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, inAppraisal, outboxEvents, staff, startApp, submitOnline, toIssuing, vn } from './drive.ts';

const who = staff['H21.10'];

describe('deadline scan: WARN, AT_RISK, OVERDUE', () => {
  let t: TestApp;
  let desk: string;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    desk = await t.login(DESK);
  });
  afterAll(() => t.close());

  /** Runs the scan at a Vietnam local time (each call must fall in a new 5-minute slot). */
  async function scanAt(local: string) {
    at(t, local);
    await t.app.runner.schedulePeriodic();
    expect(await t.app.runner.runOnce()).toBeGreaterThanOrEqual(1);
  }
  const risk = async (id: string) => (await view(t, desk, id)).risk as string;
  const listed = async (level: string) =>
    ((await t.request('GET', `/api/v1/dossiers?risk=${level}&limit=200`, { token: desk })).body.items as { id: string }[]).map((i) => i.id);

  it('crosses the thresholds of a 7-working-day dossier at the computed instants', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who); // due Wed 11/03 17:00: 58.5 working hours
    const paused = await inAppraisal(t, '1.004230', who);
    at(t, '2026-03-03 10:00');
    await act(t, await t.login(who.specialist), paused.id, { type: 'request_supplement', items: [{ description: 'Bản sao giấy phép', reason: 'Thiếu' }], reason: 'Bổ sung hồ sơ' });
    at(t, '2026-03-09 08:00');
    const online = await submitOnline(t, '1.004230', vn('2026-03-09 08:00')); // intake due Tue 10/03 08:30
    at(t, '2026-03-09 09:00');
    const control = await inAppraisal(t, '1.004230', who); // due Wed 18/03

    // 70 % = 40.95 h → Mon 09/03 14:27; 90 % = 52.65 h → Wed 11/03 09:09
    const row = (await dossierRepo.findDossier(t.app.database.db, d.id))!;
    expect(row.warnAt?.toISOString()).toBe(new Date(vn('2026-03-09 14:27')).toISOString());
    expect(row.alertAt?.toISOString()).toBe(new Date(vn('2026-03-11 09:09')).toISOString());

    await scanAt('2026-03-09 14:24:59');
    expect(await risk(d.id)).toBe('NONE');
    await scanAt('2026-03-09 14:27:01');
    expect(await risk(d.id)).toBe('WARN');
    expect(await listed('WARN')).toEqual([d.id]);

    await scanAt('2026-03-10 08:35');
    expect(await risk(online.id)).toBe('OVERDUE'); // the 8-hour intake clock ran out
    await scanAt('2026-03-11 09:08:59');
    expect(await risk(d.id)).toBe('WARN');
    await scanAt('2026-03-11 09:10');
    expect(await risk(d.id)).toBe('AT_RISK');
    await scanAt('2026-03-11 17:00:00');
    expect(await risk(d.id)).toBe('AT_RISK'); // due at 17:00 is not yet overdue
    await scanAt('2026-03-11 17:05');
    const full = await view(t, desk, d.id);
    expect(full).toMatchObject({ risk: 'OVERDUE', overdue: true, state: 'APPRAISAL', nationalStatus: 4 });

    expect((await listed('OVERDUE')).sort()).toEqual([d.id, online.id].sort());
    expect(await listed('NONE')).toEqual(expect.arrayContaining([control.id, paused.id]));
    expect(await risk(paused.id)).toBe('NONE'); // the clock is stopped while the applicant supplements

    const events = await outboxEvents(t, d.id);
    expect(events.filter((e) => e.type.startsWith('dossier.risk.'))).toEqual([
      { type: 'dossier.risk.warn', payload: { code: d.code, risk: 'WARN' } },
      { type: 'dossier.risk.at_risk', payload: { code: d.code, risk: 'AT_RISK' } },
      { type: 'dossier.risk.overdue', payload: { code: d.code, risk: 'OVERDUE' } },
    ]);
    // the scan writes flags, not actions: the log still derives every other column
    await assertDerivable(t, d.id, { ignore: ['risk', 'updatedAt'] });
  });

  // Regression (found as a bug): the scan looks at every open dossier, and RESULT_READY is open (waiting for the applicant to
  // collect), so a dossier finished early is flagged OVERDUE — and an overdue event published — once
  // its due date passes, although processing ended on time (timeliness EARLY).
  it('does not flag a dossier whose result is ready on time and only awaits collection', async () => {
    at(t, '2026-03-16 09:00');
    const d = await inAppraisal(t, '1.004230', who); // due Wed 25/03 17:00
    at(t, '2026-03-17 10:00');
    await toIssuing(t, d.id, who);
    const ready = await act(t, await t.login(who.clerk), d.id, { type: 'issue_result' });
    expect(ready).toMatchObject({ state: 'RESULT_READY', timeliness: 'EARLY' });
    await scanAt('2026-03-27 09:00');
    expect(await outboxEvents(t, d.id, 'dossier.risk.overdue')).toEqual([]);
    expect(await risk(d.id)).toBe('NONE');
  });

  // Regression (found as a bug): the scan excludes dossiers paused for a supplement after appraisal (paused_since), but not an
  // online dossier waiting for the applicant's intake supplement: its 8-hour intake clock has run out,
  // so it is flagged OVERDUE against the desk while the desk has nothing to do.
  it('does not flag a dossier waiting for the applicant to complete the intake', async () => {
    at(t, '2026-03-30 08:00');
    const online = await submitOnline(t, '1.004230', vn('2026-03-30 08:00')); // intake due Tue 31/03 08:30
    await act(t, desk, online.id, {
      type: 'request_intake_supplement',
      items: [{ componentCode: 'TP02', description: 'Bản sao giấy phép', reason: 'Chưa nộp' }],
      reason: 'Hồ sơ chưa đầy đủ',
    });
    await scanAt('2026-04-02 09:00');
    expect(await risk(online.id)).toBe('NONE');
  });
});
