// Issue 21: the typed client in clients/typescript is generated from the document the server
// publishes (the committed schema.d.ts must equal a fresh generation), and it works against a real
// listening motcua: openapi-fetch over HTTP on port 0, paths and bodies typed by the contract.
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMotcuaClient } from '../../clients/typescript/index.ts';
import { clientSchemaFrom, SCHEMA_FILE } from '../../clients/typescript/generate.ts';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let baseUrl: string;

beforeAll(async () => {
  t = await startTestApp();
  await t.app.http.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
});
afterAll(() => t.close());

describe('the typed client (openapi-typescript + openapi-fetch)', () => {
  it('is generated from the current document: the committed schema.d.ts is up to date (npm run api:client)', async () => {
    const fresh = await clientSchemaFrom(t.app.http.swagger());
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(committed === fresh, 'clients/typescript/schema.d.ts is stale: run `npm run api:client`').toBe(true);
  });

  it('reads the public catalogue, signs in and reads a signed-in resource over HTTP', async () => {
    const anonymous = createMotcuaClient(baseUrl);
    const live = await anonymous.GET('/api/v1/health/live');
    expect(live.response.status).toBe(200);
    const procedure = await anonymous.GET('/api/v1/procedures/{code}', { params: { path: { code: '1.004230' } } });
    expect(procedure.error).toBeUndefined();
    expect(procedure.data?.code).toBe('1.004230');
    const missing = await anonymous.GET('/api/v1/procedures/{code}', { params: { path: { code: '9.999999' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.error.code).toBeTruthy();

    const signIn = await anonymous.POST('/api/v1/auth/login', { body: { username: 'quantri', password: DEMO_PASSWORD } });
    expect(signIn.error).toBeUndefined();
    const officer = createMotcuaClient(baseUrl, signIn.data!.token);
    const health = await officer.GET('/api/v1/health');
    expect(health.data?.status).toBe('ok');
    const refused = await anonymous.GET('/api/v1/health');
    expect(refused.response.status).toBe(401);
  });
});
