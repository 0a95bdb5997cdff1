// A dossier submitted on motcua's own portal leaves with its code (as DVCQG hands one out at
// submission), and keeps it at receipt; MOTCUA_ONLINE_CODE_AT=RECEIPT restores code-at-receipt.
// DVCQG dossiers never get a motcua code before receipt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, create } from '../support/dossier-fixtures.ts';
import { DEMO_CLIENT_TOKEN, type TestApp } from '../support/test-app.ts';
import { at, baseSubmission, DESK, startApp, submitOnline, vn } from './drive.ts';

const FULL_ONLINE = '1.004230';

describe.each([
  { codeAt: 'SUBMISSION', expectCodeAtSubmission: true },
  { codeAt: 'RECEIPT', expectCodeAtSubmission: false },
])('portal dossier codes with MOTCUA_ONLINE_CODE_AT=$codeAt', ({ codeAt, expectCodeAtSubmission }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-09T09:00:00+07:00', { MOTCUA_ONLINE_CODE_AT: codeAt });
  });
  afterAll(() => t.close());

  it('gives the code at the moment it should, and receipt keeps or allocates it', async () => {
    at(t, '2026-03-09 09:00');
    const portal = await create(t, DEMO_CLIENT_TOKEN, await baseSubmission(t, FULL_ONLINE, { channel: 'PORTAL' }));
    const dvcqg = await submitOnline(t, FULL_ONLINE, vn('2026-03-09 08:55'));
    expect(dvcqg.code).toBeNull();
    if (expectCodeAtSubmission) expect(portal.code).toBe('H21.02-260309-0001');
    else expect(portal.code).toBeNull();

    at(t, '2026-03-09 10:00');
    const desk = await t.login(DESK);
    const receivedDvcqg = await act(t, desk, dvcqg.id, { type: 'receive' });
    const receivedPortal = await act(t, desk, portal.id, { type: 'receive' });
    if (expectCodeAtSubmission) {
      expect(receivedPortal.code).toBe('H21.02-260309-0001');
      expect(receivedDvcqg.code).toBe('H21.02-260309-0002');
    } else {
      expect(receivedDvcqg.code).toBe('H21.02-260309-0001');
      expect(receivedPortal.code).toBe('H21.02-260309-0002');
    }
    const lookup = await t.request('GET', `/api/v1/public/dossiers/${encodeURIComponent(receivedPortal.code)}`);
    expect(lookup.status).toBe(200);
  });
});
