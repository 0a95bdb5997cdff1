/**
 * The validating proxy of the API test suite (issue 21; ADR 0027): every
 * /api/v1 exchange a test makes through test-app.ts is checked against the
 * OpenAPI document the server publishes, with Ajv (JSON Schema 2020-12, the
 * dialect of OpenAPI 3.1) — the validator Fastify itself is built on.
 *
 * - Responses, always: the status must be documented for the operation, the
 *   Content-Type must be one the document lists for that status, and a JSON
 *   body must match its schema.
 * - Requests, when the server accepted them (2xx): the path and query
 *   parameters the document names and the JSON body must match it. A request the
 *   server refused is a negative test's business; a request it accepted that
 *   the document calls invalid is a contract that lies.
 *
 * Violations are collected per app and test-app.ts's close() fails the test
 * file on any, so the whole API suite is the contract check.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type Doc = { paths: Record<string, Record<string, any>>; components?: Record<string, any> };

export interface Exchange {
  method: string;
  url: string;
  requestContentType?: string | undefined;
  requestBody?: unknown;
  status: number;
  responseContentType?: string | undefined;
  responseBody: unknown;
}

interface Compiled {
  doc: Doc;
  ajv: Ajv2020;
  templates: { path: string; regex: RegExp; params: string[]; literalLength: number }[];
  validators: Map<string, ValidateFunction>;
}

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
let compiled: Compiled | undefined;

/** The document is the same for every app of a test process: compiled once, validators built on first use. */
export function contractOf(doc: Doc): Compiled {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema(doc as object, 'openapi');
  const templates = Object.keys(doc.paths).map((path) => {
    const params: string[] = [];
    const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
      params.push(name);
      return '([^/]+)';
    });
    return { path, regex: new RegExp(`^${source}$`), params, literalLength: path.replace(/\{\w+\}/g, '').length };
  });
  // A literal segment wins over a parameter (/dossiers/{id} vs a fixed path), as in Fastify's router.
  templates.sort((a, b) => b.literalLength - a.literalLength);
  compiled = { doc, ajv, templates, validators: new Map() };
  return compiled;
}

function pointer(...parts: string[]): string {
  return 'openapi#/' + parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

function validator(c: Compiled, ref: string): ValidateFunction {
  let v = c.validators.get(ref);
  if (!v) {
    v = c.ajv.compile({ $ref: ref });
    c.validators.set(ref, v);
  }
  return v;
}

function essence(type: string | undefined): string {
  return String(type ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Query and path values arrive as text; the document's types say what they mean (as Fastify's coercion does). */
function coerce(value: string, schema: any): unknown {
  const type = Array.isArray(schema?.type) ? schema.type.find((t: string) => t !== 'null') : schema?.type;
  if ((type === 'integer' || type === 'number') && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function errorsOf(v: ValidateFunction): string {
  return (v.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}

/** The violations of one exchange (empty when it keeps to the document, or is not an API operation). */
export function checkExchange(c: Compiled, x: Exchange): string[] {
  const [rawPath, rawQuery = ''] = x.url.split('?') as [string, string?];
  if (!rawPath.startsWith('/api/v1/') || rawPath === '/api/v1/openapi.json') return [];
  const method = x.method.toLowerCase();
  const found = c.templates.map((t) => ({ t, m: t.regex.exec(rawPath) })).find(({ t, m }) => m && c.doc.paths[t.path]?.[method]);
  // Paths the API does not have: the 404 is the router's; nothing in the document to check against.
  if (!found) return [];
  const { t, m } = found;
  const op = c.doc.paths[t.path]![method];
  const where = `${x.method} ${t.path} → ${x.status}`;
  const out: string[] = [];

  const response = op.responses?.[String(x.status)] ?? op.responses?.[`${String(x.status)[0]}XX`] ?? op.responses?.default;
  if (!response) out.push(`${where}: status not documented`);
  else if (response.content) {
    const type = essence(x.responseContentType);
    const media = response.content[type] ? type : response.content['*/*'] ? '*/*' : undefined;
    if (!media) out.push(`${where}: Content-Type ${type || '(none)'} not documented (${Object.keys(response.content).join(', ')})`);
    else if (media === 'application/json') {
      const status = op.responses[String(x.status)] ? String(x.status) : `${String(x.status)[0]}XX`;
      const v = validator(c, pointer('paths', t.path, method, 'responses', status, 'content', media, 'schema'));
      if (!v(x.responseBody)) out.push(`${where}: response body: ${errorsOf(v)}`);
    }
  }

  if (x.status >= 200 && x.status < 300) {
    const params: any[] = op.parameters ?? [];
    t.params.forEach((name, i) => {
      const p = params.find((q) => q.in === 'path' && q.name === name);
      if (!p) return void out.push(`${where}: path parameter ${name} not documented`);
      const index = params.indexOf(p);
      const v = validator(c, pointer('paths', t.path, method, 'parameters', String(index), 'schema'));
      if (!v(coerce(decodeURIComponent(m![i + 1]!), p.schema))) out.push(`${where}: path parameter ${name}: ${errorsOf(v)}`);
    });
    const query = new URLSearchParams(rawQuery);
    for (const name of new Set(query.keys())) {
      const p = params.find((q) => q.in === 'query' && q.name === name);
      // Parameters the document does not name are not its business (OpenAPI does not forbid them; routes
      // that care refuse them with a 400 of their own).
      if (!p) continue;
      const index = params.indexOf(p);
      const values = query.getAll(name);
      const isArray = p.schema?.type === 'array';
      const value = isArray ? values.map((s) => coerce(s, p.schema.items)) : coerce(values[0]!, p.schema);
      const v = validator(c, pointer('paths', t.path, method, 'parameters', String(index), 'schema'));
      if (!v(value)) out.push(`${where}: query parameter ${name}: ${errorsOf(v)}`);
    }
    if (x.requestBody !== undefined && op.requestBody) {
      const type = essence(x.requestContentType) || 'application/json';
      if (!op.requestBody.content?.[type]) out.push(`${where}: request Content-Type ${type} not documented`);
      else if (type === 'application/json') {
        const v = validator(c, pointer('paths', t.path, method, 'requestBody', 'content', type, 'schema'));
        if (!v(x.requestBody)) out.push(`${where}: request body: ${errorsOf(v)}`);
      }
    } else if (x.requestBody !== undefined && !op.requestBody && typeof x.requestBody === 'object' && Object.keys(x.requestBody as object).length > 0) {
      out.push(`${where}: request body sent but the operation documents none`);
    }
  }
  return out;
}
