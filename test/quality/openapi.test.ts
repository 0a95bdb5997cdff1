// The OpenAPI document stays true (ARCHITECTURE §4, convention 10): it is a valid OpenAPI 3.1 document, it lists
// every route the server registers and no route it does not, it names the public paths exactly, and
// real answers of the public endpoints parse with the zod schemas the document is generated from.
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ProcedureView } from '../../src/modules/catalog/index.ts';
import { DossierCommandResult, DossierView, PublicDossierView } from '../../src/modules/dossiers/index.ts';
import { act, create, submission } from '../support/dossier-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/** Routes from Fastify's route tree (`printRoutes({ commonPrefix: false })`), as "METHOD /path/{param}". */
function registeredRoutes(tree: string): Set<string> {
  const routes = new Set<string>();
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const path = `${depth > 0 ? stack[depth - 1] : ''}${m[2]}`;
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      if (method === 'HEAD') continue; // Fastify adds HEAD to every GET by itself
      routes.add(`${method} ${path.replace(/:(\w+)/g, '{$1}')}`);
    }
  }
  return routes;
}

function documentedRoutes(doc: { paths: Record<string, Record<string, unknown>> }): Set<string> {
  const routes = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) if (item[method]) routes.add(`${method.toUpperCase()} ${path}`);
  }
  return routes;
}

function parses<T extends z.ZodType>(schema: T, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  expect(result.success, `${what}: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 5))}`).toBe(true);
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: { openapi: string; paths: Record<string, Record<string, any>>; components?: Record<string, any> };

  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.request('GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    doc = res.body;
  });
  afterAll(() => t.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? [], JSON.stringify(result.errors ?? []).slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the validator is not a rubber stamp: a broken copy is refused', async () => {
    const broken = structuredClone(doc) as Record<string, any>;
    broken.paths['/api/v1/health'].get.responses = { 200: { content: 'not an object' } };
    delete broken.info;
    expect((await new Validator().validate(broken as never)).valid).toBe(false);
  });

  it('documents every route the server registers, and nothing else', () => {
    const registered = registeredRoutes(t.app.http.printRoutes({ commonPrefix: false }));
    registered.delete('GET /api/v1/openapi.json'); // the document does not describe itself
    // HTML pages for people (the public verification page) are not part of the API contract.
    for (const r of registered) if (!r.split(' ')[1]!.startsWith('/api/')) registered.delete(r);
    expect(registered.size).toBeGreaterThan(30);
    const documented = documentedRoutes(doc);
    expect([...registered].filter((r) => !documented.has(r)), 'registered but not documented').toEqual([]);
    expect([...documented].filter((r) => !registered.has(r)), 'documented but not registered').toEqual([]);
    for (const r of documented) {
      const [method, path] = r.split(' ') as [string, string];
      expect(t.app.http.hasRoute({ method: method as 'GET', url: path.replace(/\{(\w+)\}/g, ':$1') }), r).toBe(true);
    }
  });

  it('names the required public paths exactly, with their path parameters and no security', () => {
    const publicPaths: [string, string[]][] = [
      ['/api/v1/health/live', []],
      ['/api/v1/health/ready', []],
      ['/api/v1/procedures', []],
      ['/api/v1/procedures/{code}', ['code']],
      ['/api/v1/calendar/due-date', []],
      ['/api/v1/validation/personal-id/{id}', ['id']],
      ['/api/v1/validation/tax-code/{code}', ['code']],
      ['/api/v1/public/dossiers/{dossierCode}', ['dossierCode']],
    ];
    for (const [path, params] of publicPaths) {
      const op = doc.paths[path]?.get;
      expect(op, path).toBeDefined();
      const inPath = (op.parameters ?? []).filter((p: { in: string }) => p.in === 'path').map((p: { name: string }) => p.name);
      expect(inPath.sort(), path).toEqual([...params].sort());
      for (const p of op.parameters ?? []) if (p.in === 'path') expect(p.required, `${path} ${p.name}`).toBe(true);
      expect(op.security ?? [], `${path} must not require sign-in`).toEqual([]);
      expect(Object.keys(op.responses ?? {}), path).toContain('200');
    }
  });

  it('documents the bearer security of signed-in operations and the error shape of their failures', () => {
    expect(doc.components?.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const signedIn = path.startsWith('/api/v1/admin/') || path.startsWith('/api/v1/dossiers') || path === '/api/v1/me' || path === '/api/v1/auth/logout';
        if (signedIn) {
          expect(op.security, `${method} ${path}`).toEqual([{ bearer: [] }]);
          expect(Object.keys(op.responses), `${method} ${path}`).toContain('401');
        }
        for (const status of Object.keys(op.responses ?? {}).filter((s) => /^4\d\d$/.test(s))) {
          const schema = op.responses[status].content?.['application/json']?.schema;
          expect(schema?.properties?.error?.required, `${method} ${path} ${status}`).toEqual(expect.arrayContaining(['code', 'message', 'requestId']));
        }
        if (['post', 'put', 'patch'].includes(method) && signedIn && !path.endsWith('/validate') && path !== '/api/v1/auth/logout') {
          const headers = (op.parameters ?? []).filter((p: { in: string }) => p.in === 'header').map((p: { name: string }) => p.name.toLowerCase());
          expect(headers, `${method} ${path} accepts Idempotency-Key`).toContain('idempotency-key');
        }
      }
    }
  });

  it('answers of the public endpoints and of the dossier commands parse with their zod response schemas', async () => {
    const desk = await t.login('motcua.tinh');
    const created = await create(t, desk, await submission(t, '1.004230'));
    parses(DossierCommandResult, created, 'POST /api/v1/dossiers');
    const received = await act(t, desk, created.id, { type: 'receive' });
    parses(DossierCommandResult, received, 'receive');
    const full = await t.request('GET', `/api/v1/dossiers/${created.id}`, { token: desk });
    parses(DossierView, full.body, 'GET /api/v1/dossiers/{id}');
    const byCode = await t.request('GET', `/api/v1/public/dossiers/${received.code}`);
    expect(byCode.status).toBe(200);
    parses(PublicDossierView, byCode.body, 'GET /api/v1/public/dossiers/{code}');
    // The public view is exactly the schema's fields: nothing more leaves the server.
    expect(Object.keys(byCode.body).sort()).toEqual(Object.keys(PublicDossierView.shape).sort());

    for (const code of ['1.004230', '1.001193', '1.005074', '2.000488']) {
      const proc = await t.request('GET', `/api/v1/procedures/${code}`);
      expect(proc.status).toBe(200);
      parses(ProcedureView, proc.body, `GET /api/v1/procedures/${code}`);
    }
    const health = await t.request('GET', '/api/v1/health', { token: await t.login('quantri') });
    expect(health.status).toBe(200);
    const healthSchema = doc.paths['/api/v1/health']!.get.responses['200'].content['application/json'].schema;
    expect(Object.keys(health.body).sort()).toEqual(Object.keys(healthSchema.properties).sort());
  });

  it('the documented status codes of the dossier command cover what the server answers', async () => {
    const op = doc.paths['/api/v1/dossiers/{id}/actions']!.post;
    // 413/415 (a body too large or not JSON) and 503 (database down, shutting down) are derived for every route (openapi-contract.ts).
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '413', '415', '422', '503'].sort());
    const desk = await t.login('motcua.tinh');
    const created = await create(t, desk, await submission(t, '1.004230'));
    const illegal = await t.request('POST', `/api/v1/dossiers/${created.id}/actions`, { token: desk, body: { type: 'approve' } });
    expect(illegal.status).toBe(409);
    expect(illegal.body.error.allowedActions.length).toBeGreaterThan(0);
    const errorSchema = op.responses['409'].content['application/json'].schema.properties.error;
    expect(Object.keys(errorSchema.properties)).toEqual(expect.arrayContaining(Object.keys(illegal.body.error)));
  });
});
