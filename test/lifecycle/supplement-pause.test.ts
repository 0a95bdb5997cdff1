// PAUSE mode (DOMAIN §5.1, §5.5): an administrator publishes a new version of a procedure whose
// supplements pause the clock instead of restarting it. The working time left when the supplement was
// asked is kept: new due = completion + remaining working time. Dossiers created before keep the
// version (and the RESTART rule) they started with (DOMAIN §4.4: pin each dossier to its version).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, officerId, view } from '../support/dossier-fixtures.ts';
import { DEMO_CLIENT_TOKEN, type TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, staff, submitAtDesk, startApp, nextVersionBody } from './drive.ts';

const who = staff['H21.10'];
const CODE = '1.004230';

/** The admin input for a new version: the published one as GET shows it, with other supplement rules. */

describe('supplement in PAUSE mode, from a newly published procedure version', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T08:00:00+07:00'); // Monday
  });
  afterAll(() => t.close());

  it('keeps the remaining working time; older dossiers keep version 1 and RESTART', async () => {
    const desk = await t.login(DESK);
    const admin = await t.login('quantri');
    const old = await submitAtDesk(t, CODE); // pinned to version 1 before the change

    const body = await nextVersionBody(t, CODE, { supplementMode: 'PAUSE' });
    const notAdmin = await t.request('POST', `/api/v1/admin/procedures/${CODE}/versions`, { token: desk, body });
    expect(notAdmin.status).toBe(403);
    const drafted = await t.request('POST', `/api/v1/admin/procedures/${CODE}/versions`, { token: admin, body });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    expect(drafted.body).toEqual({ code: CODE, version: 2, status: 'DRAFT' });
    expect((await t.request('GET', `/api/v1/procedures/${CODE}`)).body.version).toBe(1); // a draft changes nothing
    const published = await t.request('POST', `/api/v1/admin/procedures/${CODE}/versions/2/publish`, { token: admin });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect((await t.request('GET', `/api/v1/procedures/${CODE}`)).body).toMatchObject({ version: 2, supplementMode: 'PAUSE' });
    expect((await t.request('GET', `/api/v1/procedures/${CODE}?version=1`)).body).toMatchObject({ version: 1, supplementMode: 'RESTART' });

    at(t, '2026-03-02 08:30');
    const fresh = await submitAtDesk(t, CODE);
    expect((await view(t, desk, old.id)).procedure.version).toBe(1);
    expect((await view(t, desk, fresh.id)).procedure.version).toBe(2);

    // both received Mon 09:00 (due Wed 11/03 17:00), both asked Tue 10:00, both completed Mon 09/03 14:00
    at(t, '2026-03-02 09:00');
    const head = await t.login(who.head);
    const specialistId = await officerId(t, who.specialist);
    for (const d of [old, fresh]) {
      const received = await act(t, desk, d.id, { type: 'receive' });
      expect(received.dueAt).toBe('2026-03-11T17:00:00+07:00');
      await act(t, desk, d.id, { type: 'transfer' });
      await act(t, head, d.id, { type: 'assign', assigneeId: specialistId });
    }
    at(t, '2026-03-03 10:00');
    const specialist = await t.login(who.specialist);
    const items = [{ description: 'Tờ khai có chữ ký của người đại diện', reason: 'Thiếu chữ ký' }];
    for (const d of [old, fresh]) await act(t, specialist, d.id, { type: 'request_supplement', items, reason: 'Bổ sung chữ ký' });

    at(t, '2026-03-09 14:00');
    const pausedDone = await act(t, DEMO_CLIENT_TOKEN, fresh.id, { type: 'complete_supplement' });
    const restartedDone = await act(t, DEMO_CLIENT_TOKEN, old.id, { type: 'complete_supplement' });

    // left at Tue 03/03 10:00: 5 h that day + 6 days × 7.5 h = 50 working hours.
    // From Mon 09/03 14:00: 3 h, then Tue–Tue 6 × 7.5 h (48 h), then Wed 18/03 07:30–09:30.
    expect(pausedDone).toMatchObject({ state: 'APPRAISAL', dueAt: '2026-03-18T09:30:00+07:00' });
    expect(restartedDone).toMatchObject({ state: 'APPRAISAL', dueAt: '2026-03-18T17:00:00+07:00' }); // 7 WD from Mon 09/03

    const paused = await view(t, desk, fresh.id);
    expect(paused.pausedMs).toBe((6 * 24 + 4) * 3_600_000); // Tue 10:00 → Mon 14:00 of waiting
    expect(paused.dates).toMatchObject({ pausedSince: null, currentDueAt: '2026-03-18T09:30:00+07:00' });
    expect(paused.supplements[0]).toMatchObject({ previousDueAt: '2026-03-11T17:00:00+07:00', newDueAt: '2026-03-18T09:30:00+07:00' });
    const pause = paused.dueExplanation.at(-1);
    expect(pause.kind).toBe('pause');
    expect(pause.text).toContain('50.00');
    expect((await view(t, desk, old.id)).supplements[0]).toMatchObject({ previousDueAt: '2026-03-11T17:00:00+07:00', newDueAt: '2026-03-18T17:00:00+07:00' });

    await assertDerivable(t, fresh.id);
    await assertDerivable(t, old.id);
  });
});
