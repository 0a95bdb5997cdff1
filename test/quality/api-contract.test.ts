// Issue 21: the OpenAPI document is a contract integrators can build clients from. Checked with
// the tools they use: Redocly CLI (recommended rules, redocly.yaml) must find 0 errors and 0
// warnings; every operation has a unique, stable operationId from the one table
// (src/platform/http/openapi-contract.ts) and the security its route's `config.public` says; the
// bodies the server really sends for a stale expectedVersion and a wrong Content-Type match the
// document. (The validating check of every API test's exchanges is test/support/contract-check.ts.)
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/platform/http/openapi-contract.ts';
import { ROUTE_LIMITS } from '../../src/platform/http/rate-limit.ts';
import { checkExchange, contractOf } from '../support/contract-check.ts';
import { create, submission } from '../support/dossier-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const run = promisify(execFile);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

let t: TestApp;
let doc: { security?: unknown; paths: Record<string, Record<string, any>>; components?: Record<string, any> };

beforeAll(async () => {
  t = await startTestApp();
  doc = (await t.request('GET', '/api/v1/openapi.json')).body;
});
afterAll(() => t.close());

function operations() {
  const out: { method: string; path: string; op: any }[] = [];
  for (const [p, item] of Object.entries(doc.paths)) for (const m of METHODS) if (item[m]) out.push({ method: m.toUpperCase(), path: p, op: item[m] });
  return out;
}

describe('the OpenAPI contract (issue 21)', () => {
  it('passes Redocly lint with the recommended rules: 0 errors, 0 warnings', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'motcua-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(doc));
      const { stdout } = await run('npx', ['--no-install', 'redocly', 'lint', file, '--config', 'redocly.yaml', '--format', 'json'], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
      expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`).slice(0, 20)).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('gives every operation a unique verb-noun operationId from the one table, which names only real routes', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(50);
    const ids = ops.map((o) => o.op.operationId);
    for (const o of ops) expect(o.op.operationId, `${o.method} ${o.path}`).toMatch(/^[a-z]+[A-Z][A-Za-z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
    const documented = new Set(ops.map((o) => `${o.method} ${o.path.replace(/\{(\w+)\}/g, ':$1')}`));
    expect(Object.keys(OPERATIONS).filter((k) => !documented.has(k)), 'table entries without a route').toEqual([]);
  });

  it('derives security from config.public: the root denies by default, public operations say [], the others bearer — and the server agrees', async () => {
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(doc.components?.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const wrong: string[] = [];
    for (const { method, path: p, op } of operations()) {
      const url = p.replace(/\{\w+\}/g, 'x');
      const res = await t.request(method, url);
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (!isPublic) expect(op.security, `${method} ${p}`).toEqual([{ bearer: [] }]);
      if (isPublic === (res.status === 401)) wrong.push(`${method} ${p}: security ${JSON.stringify(op.security)}, anonymous call ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('documents the derived error statuses with the one error schema', () => {
    for (const { method, path: p, op } of operations()) {
      const statuses = Object.keys(op.responses);
      expect(statuses.some((s) => /^2\d\d$/.test(s)), `${method} ${p} has a success answer`).toBe(true);
      if (p !== '/api/v1/health/live') expect(statuses, `${method} ${p}`).toContain('503');
      if (op.security?.length) expect(statuses, `${method} ${p}`).toEqual(expect.arrayContaining(['401', '403']));
      if (op.requestBody) expect(statuses, `${method} ${p}`).toEqual(expect.arrayContaining(['413', '415']));
      // The readiness probe's 503 is its own report (which check failed), for load balancers, not an error body.
      for (const s of statuses.filter((x) => /^[45]\d\d$/.test(x) && !(p === '/api/v1/health/ready' && x === '503'))) {
        expect(op.responses[s].content?.['application/json']?.schema?.properties?.error?.required, `${method} ${p} ${s}`).toEqual(expect.arrayContaining(['code', 'message', 'requestId']));
      }
    }
    for (const limit of ROUTE_LIMITS) {
      if (typeof limit.url !== 'string' || !limit.url.startsWith('/api/')) continue;
      const op = doc.paths[limit.url.replace(/:(\w+)/g, '{$1}')]?.[limit.method.toLowerCase()];
      expect(Object.keys(op?.responses ?? {}), `${limit.method} ${limit.url}`).toContain('429');
    }
  });

  it('documents file answers with their media types and uploads as multipart bodies with their field and limit', () => {
    for (const p of ['/api/v1/dossiers/{id}/forms/{form}', '/api/v1/agencies/{code}/tracking-book', '/api/v1/results/{code}/content', '/api/v1/digitisations/{id}/content']) {
      expect(Object.keys(doc.paths[p]!.get.responses['200'].content), p).toEqual(['application/pdf']);
    }
    expect(Object.keys(doc.paths['/api/v1/dossiers/{id}/files/{fileId}/content']!.get.responses['200'].content)).toContain('image/jpeg');
    for (const p of ['/api/v1/dossiers/{id}/components/{code}/files', '/api/v1/dossiers/{id}/components/{code}/scans', '/api/v1/public/verify', '/api/v1/public/verify/signed-revision']) {
      const body = doc.paths[p]!.post.requestBody.content['multipart/form-data'].schema;
      expect(body.required, p).toEqual(['file']);
      expect(body.properties.file.description, p).toMatch(/MiB/);
      expect(Object.keys(doc.paths[p]!.post.responses), p).toEqual(expect.arrayContaining(['413', '415', '422']));
    }
    expect(doc.paths['/api/v1/public/verify/signed-revision']!.post.responses['200'].content['application/pdf']).toBeDefined();
  });

  it('answers a stale expectedVersion with a 409 whose body (error.version included) matches the document', async () => {
    const desk = await t.login('motcua.tinh');
    const created = await create(t, desk, await submission(t, '1.004230'));
    const stale = await t.request('POST', `/api/v1/dossiers/${created.id}/actions`, { token: desk, body: { type: 'receive', expectedVersion: 99 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('dossier.staleVersion');
    expect(typeof stale.body.error.version).toBe('number');
    const violations = checkExchange(contractOf(doc), { method: 'POST', url: `/api/v1/dossiers/${created.id}/actions`, status: 409, responseContentType: 'application/json', responseBody: stale.body });
    expect(violations).toEqual([]);
  });

  it('answers a wrong Content-Type with 415 everywhere: at sign-in as on uploads', async () => {
    for (const [type, payload] of [
      ['text/plain', '{"username":"a","password":"b"}'],
      ['application/x-www-form-urlencoded', 'username=a&password=b'],
    ] as const) {
      const res = await t.request('POST', '/api/v1/auth/login', { body: payload, headers: { 'content-type': type } });
      expect(res.status, type).toBe(415);
      expect(res.body.error.code).toBe('error.unsupportedMediaType');
    }
    const upload = await t.request('POST', '/api/v1/public/verify', { body: '{}', headers: { 'content-type': 'application/json' } });
    expect(upload.status).toBe(415);
  });

  it('the validating check is not a rubber stamp', () => {
    const c = contractOf(doc);
    expect(checkExchange(c, { method: 'GET', url: '/api/v1/procedures', status: 418, responseContentType: 'application/json', responseBody: {} })).toHaveLength(1);
    expect(checkExchange(c, { method: 'GET', url: '/api/v1/procedures/1.004230', status: 404, responseContentType: 'application/json', responseBody: { error: { code: 'x' } } })[0]).toMatch(/response body/);
    expect(checkExchange(c, { method: 'GET', url: '/api/v1/results/X/content', status: 200, responseContentType: 'text/html', responseBody: '' })[0]).toMatch(/Content-Type/);
    expect(checkExchange(c, { method: 'GET', url: '/api/v1/procedures?level=MARS', status: 200, responseContentType: 'application/json', responseBody: { items: [] } }).join()).toMatch(/query parameter level/);
  });
});
