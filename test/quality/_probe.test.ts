import { afterAll, beforeAll, describe, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('probe', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(() => t.close());
  it('probes', async () => {
    const r = await t.request('GET', '/api/v1/openapi.json');
    console.log(r.status, Object.keys(r.body.paths).join('\n'));
    console.log(JSON.stringify(r.body.paths['/api/v1/dossiers/{id}/receive'].post.requestBody).slice(0, 400));
    const v = new Validator();
    const res = await v.validate(r.body);
    console.log(JSON.stringify(res).slice(0, 3000));
    console.log(t.app.http.printRoutes({ commonPrefix: false }));
  }, 120000);
});
