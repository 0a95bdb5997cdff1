// Timeliness classes (DOMAIN §5.5): on time ⇔ end of processing ≤ appointment; EARLY = finished on a
// working day before the due day (a configurable split: MOTCUA_SPLIT_EARLY=false folds it into ON_TIME).
// End of processing is the time the result is ready (status 9), not the return. The variant without
// the split is in config-variants.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, issuedAt, staff, startApp } from './drive.ts';

const who = staff['H21.10'];

describe('timeliness with the EARLY split (default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
  });
  afterAll(() => t.close());

  it('EARLY the working day before, ON_TIME on the due day up to 17:00:00, LATE a second after', async () => {
    const results = await issuedAt(t, who, ['2026-03-10 16:59', '2026-03-11 07:45', '2026-03-11 17:00:00', '2026-03-11 17:00:01', '2026-03-12 09:00']);
    expect(results.map((r) => r.timeliness)).toEqual(['EARLY', 'ON_TIME', 'ON_TIME', 'LATE', 'LATE']);

    const desk = await t.login(DESK);
    const [early, , , late] = results;
    // the return, even after the due date, does not change the class: processing ended at status 9
    at(t, '2026-03-13 10:00');
    const returned = await act(t, desk, early!.id, { type: 'return_result', method: 'AT_DESK', receivedBy: 'Nguyễn Văn An' });
    expect(returned).toMatchObject({ state: 'RETURNED', timeliness: 'EARLY' });
    expect((await view(t, desk, early!.id)).dates.finishedAt).toBe('2026-03-10T16:59:00+07:00');

    const list = await t.request('GET', '/api/v1/dossiers?procedure=1.004230&state=RESULT_READY,RETURNED', { token: desk });
    const classes = Object.fromEntries(list.body.items.map((i: { id: string; timeliness: string }) => [i.id, i.timeliness]));
    expect(results.map((r) => classes[r.id])).toEqual(['EARLY', 'ON_TIME', 'ON_TIME', 'LATE', 'LATE']);
    const lookup = await t.request('GET', `/api/v1/public/dossiers/${late!.code}`);
    expect(lookup.body).toMatchObject({ timeliness: 'LATE', finishedAt: '2026-03-11T17:00:01+07:00', overdue: false });
    for (const r of results) await assertDerivable(t, r.id);
  });
});
