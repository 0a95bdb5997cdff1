// Issue 11, item 12: security headers on every answer. HSTS in production; nosniff, referrer
// policy and no framing everywhere; a content security policy on every HTML page — the
// verification page and its refusals included — and on JSON.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, PAGE_CSP } from '../../src/platform/http/server.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const base = { logger: createLogger('silent'), version: 'test', publicUrl: 'http://127.0.0.1' };

describe('headers set by the HTTP server itself', () => {
  it('give an HTML answer without its own policy the pages’ policy, JSON a policy that loads nothing, and leave a route’s own policy and PDFs alone', async () => {
    const app = await createHttpServer(base);
    app.get('/bare-page', async (_req, reply) => reply.type('text/html; charset=utf-8').send('<p>bare</p>'));
    app.get('/own-policy', async (_req, reply) => reply.type('text/html').header('content-security-policy', "default-src 'none'").send('<p>own</p>'));
    app.get('/data', async () => ({ ok: true }));
    app.get('/file.pdf', async (_req, reply) => reply.type('application/pdf').send(Buffer.from('%PDF-1.7\n')));
    await app.ready();
    try {
      const page = await app.inject({ url: '/bare-page' });
      expect(page.headers['content-security-policy']).toBe(PAGE_CSP);
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect((await app.inject({ url: '/own-policy' })).headers['content-security-policy']).toBe("default-src 'none'");
      expect((await app.inject({ url: '/data' })).headers['content-security-policy']).toMatch(/^default-src 'none'; frame-ancestors 'none'/);
      const notFound = await app.inject({ url: '/api/v1/nothing-here' });
      expect(notFound.statusCode).toBe(404);
      expect(notFound.headers['content-security-policy']).toMatch(/^default-src 'none'/);
      const pdf = await app.inject({ url: '/file.pdf' });
      // Chromium's PDF viewer does not render under object-src 'none': files get no policy, only nosniff.
      expect(pdf.headers['content-security-policy']).toBeUndefined();
      for (const res of [page, notFound, pdf]) {
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['referrer-policy']).toBe('same-origin');
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['strict-transport-security']).toBeUndefined();
      }
    } finally {
      await app.close();
    }
  });

  it('send Strict-Transport-Security when asked (production)', async () => {
    const app = await createHttpServer({ ...base, hsts: true });
    app.get('/data', async () => ({ ok: true }));
    await app.ready();
    try {
      expect((await app.inject({ url: '/data' })).headers['strict-transport-security']).toBe('max-age=31536000');
      expect((await app.inject({ url: '/nowhere' })).headers['strict-transport-security']).toBe('max-age=31536000');
    } finally {
      await app.close();
    }
  });
});

describe('headers of the whole application', () => {
  let t: TestApp;
  let production: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    production = await startTestApp(undefined, {
      MOTCUA_ENV: 'production',
      MOTCUA_SECRET_KEY: randomBytes(32).toString('hex'),
      MOTCUA_OIDC_ISSUER: 'https://vneid.example.invalid',
      MOTCUA_OIDC_CLIENT_SECRET: 'a-real-secret-from-vneid',
    });
  });
  afterAll(async () => {
    await t?.close();
    await production?.close();
  });

  it('the verification page and its refusals carry a content security policy', async () => {
    const html = { accept: 'text/html' };
    const responses = [
      await t.request('GET', '/verify', { headers: html }),
      await t.request('GET', '/verify/KHONG-CO-MA-NAY', { headers: html }),
      await t.request('GET', '/verify?code=KHONG-CO', { headers: html }),
      // A body that is not multipart: refused on the page.
      await t.request('POST', '/verify', { headers: { ...html, 'content-type': 'application/x-www-form-urlencoded' }, body: 'code=x' }),
      await t.request('GET', '/khong-co-trang-nay', { headers: html }),
    ];
    for (const res of responses) {
      expect(res.status).toBeLessThan(500);
      expect(res.headers['content-security-policy'], `${res.status} ${String(res.headers['content-type'])}`).toMatch(/default-src '(self|none)'/);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS in production, on pages and on the API', async () => {
    for (const url of ['/verify', '/api/v1/procedures?q=giay%20phep']) {
      const res = await production.request('GET', url, { headers: { accept: 'text/html' } });
      expect(res.status, url).toBe(200);
      expect(res.headers['strict-transport-security'], url).toBe('max-age=31536000');
    }
  });
});
