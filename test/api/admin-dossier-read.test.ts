// Issue 11, item 15 (part): administrators administer and read no dossier (ADR 0008). The demo
// administrator `quantri` holds ADMIN over the whole province: a dossier does not exist for it,
// by id, by code or in any list, while the province's supervisor still reads it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDossier, type MadeDossier } from '../factories/index.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('an administrator and the dossiers of its agencies', () => {
  let t: TestApp;
  let dossier: MadeDossier;
  beforeAll(async () => {
    t = await startTestApp();
    dossier = await makeDossier(t, { state: 'RECEIVED' });
  }, 180_000);
  afterAll(async () => t?.close());

  it('cannot open a dossier by id or by code: it does not exist for it (404)', async () => {
    const admin = await t.login('quantri');
    for (const ref of [dossier.id, dossier.code!]) {
      const res = await t.request('GET', `/api/v1/dossiers/${encodeURIComponent(ref)}`, { token: admin });
      expect(res.status, ref).toBe(404);
      expect(res.body.error.code).toBe('dossier.notFound');
    }
    const files = await t.request('GET', `/api/v1/dossiers/${dossier.id}/documents`, { token: admin });
    expect(files.status).toBe(404);
  });

  it('lists none, in the scope view or the work view', async () => {
    const admin = await t.login('quantri');
    for (const url of ['/api/v1/dossiers', '/api/v1/dossiers?view=work', `/api/v1/dossiers?q=${encodeURIComponent(dossier.code!)}`]) {
      const res = await t.request('GET', url, { token: admin });
      if (res.status === 200) expect(res.body.items, url).toEqual([]);
      else expect(res.status, url).toBe(400);
    }
  });

  it('while the supervisor of the province reads it', async () => {
    const res = await t.request('GET', `/api/v1/dossiers/${dossier.id}`, { token: await t.login('giamsat') });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(dossier.id);
  });
});
