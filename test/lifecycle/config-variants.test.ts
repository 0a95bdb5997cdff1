// The reporting choices DOMAIN marks as unconfirmed are configuration (§4.10, §5.5): with
// MOTCUA_REFUSAL_SYNC_STATUS=8 a refusal after appraisal is reported to DVCQG as 8 instead of 9, and with
// MOTCUA_SPLIT_EARLY=false results finished before the due day are ON_TIME rather than EARLY.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { DESK, inAppraisal, issuedAt, refusedAfterAppraisal, staff, startApp, toIssuing } from './drive.ts';

const who = staff['H21.10'];

describe('MOTCUA_REFUSAL_SYNC_STATUS=8 and MOTCUA_SPLIT_EARLY=false', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00', { MOTCUA_REFUSAL_SYNC_STATUS: '8', MOTCUA_SPLIT_EARLY: 'false' });
  });
  afterAll(() => t.close());

  it('a refused dossier shows status 8 while its state stays RESULT_READY; approvals keep 9', async () => {
    const d = await refusedAfterAppraisal(t, '1.004230', who);
    expect(d.issued).toMatchObject({ state: 'RESULT_READY', nationalStatus: 8, timeliness: 'ON_TIME' });
    const desk = await t.login(DESK);
    const full = await view(t, desk, d.id);
    expect(full).toMatchObject({ nationalStatus: 8, decision: 'REFUSED', results: [expect.objectContaining({ kind: 'REFUSAL', code: `${d.code}-KQ1` })] });
    expect((await t.request('GET', `/api/v1/public/dossiers/${d.code}`)).body.nationalStatus).toBe(8);
    expect(await act(t, desk, d.id, { type: 'return_result', method: 'AT_DESK' })).toMatchObject({ state: 'RETURNED', nationalStatus: 10 });

    const approved = await inAppraisal(t, '1.004230', who);
    await toIssuing(t, approved.id, who);
    expect(await act(t, await t.login(who.clerk), approved.id, { type: 'issue_result' })).toMatchObject({ state: 'RESULT_READY', nationalStatus: 9 });
    await assertDerivable(t, d.id);
  });

  it('without the EARLY split, early results are ON_TIME and late ones stay LATE', async () => {
    const results = await issuedAt(t, who, ['2026-03-04 10:00', '2026-03-11 16:00', '2026-03-12 08:00']);
    expect(results.map((r) => r.timeliness)).toEqual(['ON_TIME', 'ON_TIME', 'LATE']);
    await assertDerivable(t, results[0]!.id);
  });
});
