import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.ts';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is live and ready; the database kind is shown to operators only', async () => {
    expect((await t.request('GET', '/api/v1/health/live')).body).toEqual({ status: 'ok' });
    expect((await t.request('GET', '/api/v1/health/ready')).body).toEqual({ status: 'ready' });
    const res = await t.request('GET', '/api/v1/health', { token: await t.login('quantri') });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database).toBe(process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite');
  });
});
