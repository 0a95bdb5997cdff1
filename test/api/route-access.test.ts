// Issue 11, item 14: authentication before validation, deny by default. Every /api/v1 route in
// Fastify's route table is called anonymously with parameters, query and body that would all fail
// validation: each one not marked `config: { public: true }` must answer 401 in motcua's error
// format (no schema details), never 400. The public surface is pinned here, so a route that
// becomes public does so on purpose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicRoute } from '../../src/platform/http/route-access.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The operations anyone may call. */
const PUBLIC = new Set([
  'GET /api/v1/openapi.json',
  'GET /api/v1/agencies',
  'GET /api/v1/agencies/:code',
  'GET /api/v1/desks',
  'GET /api/v1/admin-units',
  'GET /api/v1/calendar/due-date',
  'GET /api/v1/calendar/holidays',
  'GET /api/v1/calendar/:calendar/days',
  'GET /api/v1/procedures',
  'GET /api/v1/procedures/:code',
  'GET /api/v1/procedures/:code/versions',
  'GET /api/v1/fields',
  'GET /api/v1/public/dossiers/:dossierCode',
  'POST /api/v1/auth/login',
  'GET /api/v1/validation/personal-id/:id',
  'GET /api/v1/validation/tax-code/:code',
  'GET /api/v1/health/live',
  'GET /api/v1/health/ready',
  'GET /api/v1/public/results/:code',
  'POST /api/v1/public/verify',
  'POST /api/v1/public/verify/signed-revision',
  'GET /api/v1/workflows',
  'GET /api/v1/workflows/:key/:version',
]);

function apiRoutes() {
  const seen = new Set<string>();
  return t.app.http.routeTable
    .filter((r) => r.url.startsWith('/api/v1') && r.method !== 'HEAD' && r.method !== 'OPTIONS')
    .filter((r) => !seen.has(`${r.method} ${r.url}`) && seen.add(`${r.method} ${r.url}`));
}

/** Values no schema accepts: over-long parameters (yet under the router's 200), unknown query keys, a body of the wrong shape. */
const badUrl = (url: string) => `${url.replace(/:\w+/g, () => 'x'.repeat(150))}?khong_co=1&limit=-5`;

describe('authentication comes before validation (deny by default)', () => {
  it('every non-public /api/v1 operation answers an anonymous caller 401, never 400 with schema details', async () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const r of routes) {
      const id = `${r.method} ${r.url}`;
      const hasBody = !['GET', 'DELETE'].includes(r.method);
      const res = await t.request(r.method, badUrl(r.url), hasBody ? { body: { grants: 'nope', username: 42, unexpected: true } } : {});
      if (PUBLIC.has(id)) {
        if (res.status === 401) wrong.push(`${id}: public but answered 401`);
        continue;
      }
      if (res.status !== 401) wrong.push(`${id}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
      else {
        expect(res.body.error.code).toBe('error.unauthorized');
        expect(res.body.error.message).toMatch(/đăng nhập/i);
        expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
        expect(res.body.error.issues).toBeUndefined();
      }
    }
    expect(wrong).toEqual([]);
    // Every route named public here exists (a renamed route would silently leave the list).
    const ids = new Set(routes.map((r) => `${r.method} ${r.url}`));
    expect([...PUBLIC].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('refuses before reading the body: malformed JSON, a wrong media type and an unknown token are 401 too', async () => {
    const junk = await t.app.http.inject({ method: 'POST', url: '/api/v1/dossiers', headers: { 'content-type': 'application/json' }, payload: '{"procedure": ' });
    expect(junk.statusCode).toBe(401);
    const media = await t.app.http.inject({ method: 'POST', url: '/api/v1/admin/officers', headers: { 'content-type': 'text/x-unknown' }, payload: 'x' });
    expect(media.statusCode).toBe(401);
    const unknown = await t.request('POST', '/api/v1/admin/officers', { token: 'mct_' + 'a'.repeat(40), body: { bogus: true } });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('error.tokenInvalid');
  });

  it('a signed-in caller still gets the validation answer (400 with the field named)', async () => {
    const token = await t.login('quantri');
    const res = await t.request('POST', '/api/v1/admin/officers', { token, body: { bogus: true } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('error.validation');
    expect(res.body.error.issues.length).toBeGreaterThan(0);
  });

  it('reads the marker from the route options alone', () => {
    expect(isPublicRoute({ config: { public: true } })).toBe(true);
    expect(isPublicRoute({ config: {} })).toBe(false);
    expect(isPublicRoute({})).toBe(false);
  });
});
