// Issue 11, item 15: rate limits. One app with tight limits (the test app's defaults do not bite, so
// the rest of the suite can sign in freely) and MOTCUA_TRUST_PROXY on, so each test calls from its own
// address (X-Forwarded-For). 429 answers are in motcua's error format, in Vietnamese, with
// Retry-After. Sign-in and code limits count in PostgreSQL: a second motcua on the same database
// (another process, as far as the limits know) sees the same count; the public look-up counts per process.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type Motcua } from '../../src/app.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { errorHandler } from '../../src/platform/http/error-handler.ts';
import { installRateLimits, limitOfRoute, RATE_LIMIT_NAMES, type RateLimitSettings } from '../../src/platform/http/rate-limit.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { multipartFile } from '../support/multipart.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { webClient } from '../support/web-client.ts';

const TIGHT = {
  MOTCUA_TRUST_PROXY: 'true',
  MOTCUA_RATE_LIMIT_SIGN_IN: '3/1m',
  MOTCUA_RATE_LIMIT_ONE_TIME_CODE: '3/1m',
  MOTCUA_RATE_LIMIT_PUBLIC_LOOKUP: '5/1m',
  MOTCUA_RATE_LIMIT_VERIFY_UPLOAD: '2/1m',
};

let t: TestApp;
let second: Motcua | undefined;

beforeAll(async () => {
  t = await startTestApp('2026-03-02T09:00:00+07:00', TIGHT);
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

const from = (ip: string) => ({ 'x-forwarded-for': ip });
const signIn = (ip: string, username = 'khong.co.ai') => t.request('POST', '/api/v1/auth/login', { headers: from(ip), body: { username, password: 'sai-mat-khau-1' } });

function expectLimited(res: { status: number; body: any; headers: Record<string, unknown> }, seconds: number) {
  expect(res.status).toBe(429);
  expect(res.body.error.code).toBe('error.rateLimited');
  expect(res.body.error.message).toBe(`Bạn thao tác quá nhanh. Vui lòng thử lại sau ${seconds} giây.`);
  expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
  expect(res.headers['retry-after']).toBe(String(seconds));
}

describe('rate limits', () => {
  it('sign-in over the API: the fourth attempt in a minute from one address is 429 with Retry-After, the same for the web form', async () => {
    for (let i = 0; i < 3; i++) expect((await signIn('203.0.113.1')).status).toBe(401);
    t.clock.advance(20_000);
    expectLimited(await signIn('203.0.113.1'), 40);
    // English on request.
    const en = await t.request('POST', '/api/v1/auth/login', { headers: { ...from('203.0.113.1'), 'accept-language': 'en' }, body: { username: 'x', password: 'y' } });
    expect(en.body.error.message).toBe('Too many attempts. Please try again in 40 seconds.');
    // The back-office form shares the count (one limit for both channels) and answers with a page.
    const c = webClient(t);
    await c.get('/can-bo/dang-nhap');
    const page = await c.post('/can-bo/dang-nhap', { username: 'khong.co.ai', password: 'x' }, from('203.0.113.1'));
    expect(page.status).toBe(429);
    expect(page.headers['retry-after']).toBe('40');
    expect(page.headers['content-type']).toMatch(/text\/html/);
    // Another address is not affected; after the window the first one may try again.
    expect((await signIn('203.0.113.2')).status).toBe(401);
    t.clock.advance(40_000);
    expect((await signIn('203.0.113.1')).status).toBe(401);
  });

  it('the sign-in count is shared through the database: a second process sees the first one\'s attempts', async () => {
    const config = loadConfig({ MOTCUA_ENV: 'test', LOG_LEVEL: 'silent', MOTCUA_DEMO_DATA: 'never', MOTCUA_DATA_DIR: t.app.config.dataDir, ...TIGHT });
    second = await createApp(config, { clock: t.clock, database: t.app.database, logger: createLogger('silent') });
    const on = (app: Motcua, path: string, ip: string, body?: object) =>
      app.http.inject({ method: body ? 'POST' : 'GET', url: path, headers: from(ip), ...(body ? { payload: body } : {}) });
    const login = { username: 'khong.co.ai', password: 'sai-mat-khau-1' };
    expect((await on(t.app, '/api/v1/auth/login', '198.51.100.7', login)).statusCode).toBe(401);
    expect((await on(second, '/api/v1/auth/login', '198.51.100.7', login)).statusCode).toBe(401);
    expect((await on(t.app, '/api/v1/auth/login', '198.51.100.7', login)).statusCode).toBe(401);
    expect((await on(second, '/api/v1/auth/login', '198.51.100.7', login)).statusCode).toBe(429);
    // The public look-up counts in each process (ADR 0019): the second process starts from zero.
    for (let i = 0; i < 5; i++) expect((await on(t.app, '/api/v1/public/dossiers/KHONG-CO', '198.51.100.8')).statusCode).not.toBe(429);
    expect((await on(t.app, '/api/v1/public/dossiers/KHONG-CO', '198.51.100.8')).statusCode).toBe(429);
    expect((await on(second, '/api/v1/public/dossiers/KHONG-CO', '198.51.100.8')).statusCode).not.toBe(429);
  });

  it('the public look-up: API and portal page share one count per address', async () => {
    const ip = '192.0.2.10';
    for (let i = 0; i < 3; i++) expect((await t.request('GET', `/api/v1/public/dossiers/MA-${i}`, { headers: from(ip) })).status).not.toBe(429);
    const c = webClient(t);
    expect((await c.get('/tra-cuu/MA-X', from(ip))).status).not.toBe(429);
    expect((await c.get('/tra-cuu?ma=MA-Y', from(ip))).status).not.toBe(429);
    const page = await c.get('/tra-cuu/MA-Z', from(ip));
    expect(page.status).toBe(429);
    expect(page.headers['retry-after']).toBe('60');
    expectLimited(await t.request('GET', '/api/v1/public/dossiers/MA-9', { headers: from(ip) }), 60);
  });

  it('verification uploads: the third in a minute is refused before its body is read', async () => {
    const ip = '192.0.2.20';
    const upload = (url: string) => {
      const form = multipartFile(Buffer.from('%PDF-1.4\n%%EOF\n'), 'ket-qua.pdf', 'application/pdf');
      return t.app.http.inject({ method: 'POST', url, headers: { ...form.headers, ...from(ip) }, payload: form.body });
    };
    expect((await upload('/api/v1/public/verify')).statusCode).not.toBe(429);
    expect((await upload('/verify')).statusCode).not.toBe(429);
    const refused = await upload('/api/v1/public/verify');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(JSON.parse(refused.body).error.code).toBe('error.rateLimited');
    expect((await upload('/verify')).statusCode).toBe(429);
  });

  it('the one-time code page is limited per address too (the per-account lock is the other half)', async () => {
    const ip = '192.0.2.30';
    const c = webClient(t);
    await c.get('/can-bo/dang-nhap');
    // Without a pending session the page sends the browser back to the password, but the attempt counts.
    for (let i = 0; i < 3; i++) expect((await c.post('/can-bo/dang-nhap/ma-xac-thuc', { code: '000000' }, from(ip))).status).not.toBe(429);
    expect((await c.post('/can-bo/dang-nhap/ma-xac-thuc', { code: '000000' }, from(ip))).status).toBe(429);
  });

  it('without MOTCUA_TRUST_PROXY a forged X-Forwarded-For buys nothing: the socket address counts', async () => {
    const plain = loadConfig({ MOTCUA_ENV: 'test' });
    expect(plain.trustProxy).toBe(false);
    expect(loadConfig({ MOTCUA_ENV: 'test', MOTCUA_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ MOTCUA_ENV: 'test', MOTCUA_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    const app = Fastify({ trustProxy: false });
    app.setErrorHandler(errorHandler);
    const clock = new ManualClock('2026-03-02T09:00:00+07:00');
    const settings = tightSettings({ feedback: { max: 1, windowMs: 60_000 } });
    await installRateLimits(app as never, { db: undefined as never, clock, settings });
    app.post('/api/v1/feedback', async () => ({ ok: true }));
    await app.ready();
    expect((await app.inject({ method: 'POST', url: '/api/v1/feedback', headers: from('1.1.1.1') })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/v1/feedback', headers: from('2.2.2.2') })).statusCode).toBe(429);
    await app.close();
  });
});

function tightSettings(over: Partial<RateLimitSettings['limits']>): RateLimitSettings {
  const limits = Object.fromEntries(RATE_LIMIT_NAMES.map((n) => [n, { max: 1000, windowMs: 60_000 }])) as RateLimitSettings['limits'];
  return { enabled: true, limits: { ...limits, ...over } };
}

describe('the limits table and settings', () => {
  it('future feedback and assistant endpoints fall under their limits by URL alone', () => {
    expect(limitOfRoute('POST', '/api/v1/feedback')).toBe('feedback');
    expect(limitOfRoute('POST', '/api/v1/public/feedback/:dossierCode')).toBe('feedback');
    expect(limitOfRoute('POST', '/gop-y')).toBe('feedback');
    expect(limitOfRoute('POST', '/api/v1/assistant/ask')).toBe('assistant');
    expect(limitOfRoute('POST', '/tro-ly')).toBe('assistant');
    expect(limitOfRoute('POST', '/api/v1/feedbacks-admin')).toBeUndefined();
    expect(limitOfRoute('GET', '/api/v1/procedures')).toBeUndefined();
    // HEAD runs the GET handler: the same look-up, the same limit.
    expect(limitOfRoute('HEAD', '/api/v1/public/dossiers/:dossierCode')).toBe('publicLookup');
  });

  it('reads MOTCUA_RATE_LIMIT_* as <max>/<window> and refuses anything else by name', () => {
    const c = loadConfig({ MOTCUA_ENV: 'production', MOTCUA_SECRET_KEY: 'a'.repeat(64), MOTCUA_OIDC_ISSUER: 'https://id.example.vn', MOTCUA_RATE_LIMIT_SIGN_IN: '10/15m', MOTCUA_RATE_LIMIT_ASSISTANT: '5/1h' });
    expect(c.rateLimits.limits.signIn).toEqual({ max: 10, windowMs: 15 * 60_000 });
    expect(c.rateLimits.limits.assistant).toEqual({ max: 5, windowMs: 3_600_000 });
    expect(c.rateLimits.limits.publicLookup).toEqual({ max: 60, windowMs: 60_000 });
    expect(c.rateLimits.enabled).toBe(true);
    expect(() => loadConfig({ MOTCUA_RATE_LIMIT_SIGN_IN: '10 per minute' })).toThrow(ConfigError);
    expect(() => loadConfig({ MOTCUA_RATE_LIMIT_SIGN_IN: '10 per minute' })).toThrow(/MOTCUA_RATE_LIMIT_SIGN_IN/);
    expect(loadConfig({ MOTCUA_RATE_LIMIT_ENABLED: 'false' }).rateLimits.enabled).toBe(false);
  });
});
