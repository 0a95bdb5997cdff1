// A whole motcua (same composition root as production) on a fresh cloned database, driven in-process.
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createApp, type Motcua } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { DEMO_CLIENT_TOKEN, DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { checkExchange, contractOf } from './contract-check.ts';
import { cloneTemplate } from './template-db.ts';

export { DEMO_CLIENT_TOKEN };

export interface Response<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface TestApp {
  app: Motcua;
  clock: ManualClock;
  /** The database URL when running on PostgreSQL (for tests that start other processes). */
  url?: string | undefined;
  request<T = any>(method: string, url: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response<T>>;
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Files and the secret key of one test process live in its own temporary folder, shared by its apps
 * and by the child processes a test starts on the same database (they must open the signing keys
 * sealed in it).
 */
export function testDataDir(): string {
  return path.join(os.tmpdir(), `motcua-test-data-${process.pid}`);
}

/** Starts motcua on a fresh copy of the demo database, its clock set to `start` (Vietnam time). */
export async function startTestApp(start = '2026-03-02T09:00:00+07:00', env: Record<string, string> = {}): Promise<TestApp> {
  const clone = await cloneTemplate(inject('template'));
  const clock = new ManualClock(start);
  const dataDir = testDataDir();
  const config = loadConfig({ MOTCUA_ENV: 'test', LOG_LEVEL: 'silent', MOTCUA_DEMO_DATA: 'never', MOTCUA_DATA_DIR: dataDir, ...env });
  const app = await createApp(config, { clock, database: clone.database, logger: createLogger(process.env.MOTCUA_TEST_LOG === '1' ? 'error' : 'silent') });
  const tokens = new Map<string, { token: string; expiresAt: number }>();
  // Every /api/v1 exchange is checked against the published OpenAPI document; close() fails on any violation (contract-check.ts).
  const violations: string[] = [];
  const t: TestApp = {
    app,
    clock,
    url: clone.url,
    async request(method, url, opts = {}) {
      const res = await app.http.inject({
        method: method as 'GET',
        url,
        headers: { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...(opts.headers ?? {}) },
        ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
      });
      const text = res.body;
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON */
      }
      if (url.startsWith('/api/v1/') && process.env.MOTCUA_CONTRACT_CHECK !== 'off') {
        const contract = contractOf(app.http.swagger() as never);
        const requestType = Object.entries(opts.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
        const sent = opts.body === undefined || Buffer.isBuffer(opts.body) || typeof opts.body === 'string' ? undefined : opts.body;
        const responseType = res.headers['content-type'];
        violations.push(...checkExchange(contract, { method, url, requestContentType: requestType ?? (sent !== undefined ? 'application/json' : undefined), requestBody: sent, status: res.statusCode, responseContentType: typeof responseType === 'string' ? responseType : undefined, responseBody: body }));
      }
      return { status: res.statusCode, body: body as never, headers: res.headers };
    },
    async login(username) {
      // Reuse a session while the test clock says it is still valid, as a browser would.
      const cached = tokens.get(username);
      if (cached && cached.expiresAt > clock.now().getTime()) return cached.token;
      const res = await t.request('POST', '/api/v1/auth/login', { body: { username, password: DEMO_PASSWORD } });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(username, { token: res.body.token, expiresAt: Date.parse(res.body.expiresAt) });
      return res.body.token as string;
    },
    async close() {
      await app.close();
      await clone.drop();
      if (violations.length > 0) throw new Error(`The API contract was violated ${violations.length} time(s) (docs/api.md, "Contract checks"):\n${[...new Set(violations)].slice(0, 40).join('\n')}`);
    },
  };
  return t;
}
