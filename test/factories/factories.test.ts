// The factories do what they say: the agency is in the directory and an officer can hold roles
// there, the officer's token and back-office client are signed in, the citizen is signed in on
// the portal and sees the company's dossiers, and every dossier is really in the state asked for,
// its action log deriving to the cached row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertDerivable } from '../lifecycle/assert-derivable.ts';
import { at, idOf, startApp } from '../lifecycle/drive.ts';
import type { TestApp } from '../support/test-app.ts';
import { makeAgency, makeCitizen, makeDossier, makeOfficer, reachableStates } from './index.ts';

describe('test factories', { timeout: 120_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    at(t, '2026-03-02 09:00');
  });
  afterAll(() => t.close());

  it('makeAgency: a new agency under its parent, where makeOfficer can grant roles', async () => {
    const agency = await makeAgency(t, { parentCode: 'H21.10' });
    const parent = await t.request('GET', '/api/v1/agencies/H21.10');
    expect(parent.body.children.map((c: { code: string }) => c.code)).toContain(agency.code);

    const officer = await makeOfficer(t, { roles: ['SPECIALIST', 'DEPARTMENT_HEAD'], agency: agency.code });
    const me = await t.request('GET', '/api/v1/me', { token: officer.token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: officer.id, name: `Cán bộ ${officer.username}` });
    const roles = (me.body.grants as { role: string; agency: { code: string } | null }[]).map((g) => `${g.role}@${g.agency?.code}`).sort();
    expect(roles).toEqual([`DEPARTMENT_HEAD@${agency.code}`, `SPECIALIST@${agency.code}`]);
  });

  it('makeOfficer: the back-office client is signed in; an existing demo officer is reused by name', async () => {
    const officer = await makeOfficer(t);
    const home = await officer.web.get('/can-bo');
    expect(home.status).toBe(200);
    expect(home.body).toContain(`Cán bộ ${officer.username}`);
    const demo = await makeOfficer(t, { username: 'khcn.chuyenvien' });
    expect((await t.request('GET', '/api/v1/me', { token: demo.token })).body.id).toBe(demo.id);
    expect((await demo.web.get('/can-bo')).status).toBe(200);
  });

  it('makeCitizen: signed in on the portal, acting for the company whose dossiers it then sees', async () => {
    const d = await makeDossier(t, { state: 'RECEIVED' });
    const { client, claims } = await makeCitizen(t, { actingFor: '0100109106' });
    const mine = await client.get('/ho-so-cua-toi');
    expect(mine.status).toBe(200);
    expect(mine.body).toContain(claims.fullName);
    expect(mine.body).toContain(d.code!);
  });

  it.each(reachableStates)('makeDossier: %s, reached by real actions whose log derives to it', async (state) => {
    const d = await makeDossier(t, { state });
    expect(d.view.state).toBe(state);
    const row = await assertDerivable(t, d.id);
    expect(row.state).toBe(state);
    expect(d.code).toBe(row.code);
  });

  it('makeDossier: another procedure goes to its own department', async () => {
    const d = await makeDossier(t, { state: 'APPRAISAL', procedureCode: '1.005074' });
    expect(d.staff?.specialist).toBe('gddt.chuyenvien');
    expect(d.view.assigneeId).toBe(await idOf(t, 'gddt.chuyenvien'));
  });
});
