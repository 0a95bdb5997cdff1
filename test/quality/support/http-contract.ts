// The error contract every answer must keep, whatever the input (ARCHITECTURE §3, brief):
// never a 5xx; every 4xx is `{error:{code,message,requestId}}` with non-empty strings and the
// request id echoed in `x-request-id`; validation failures name each field (`issues[].path/message`).
import type { TestApp } from '../../support/test-app.ts';

export interface RawResponse {
  status: number;
  body: unknown;
  headers: Record<string, string | string[] | number | undefined>;
}

/**
 * 400 codes that concern the request as a whole rather than a field, and so carry no `issues`:
 * unparseable or missing JSON, a malformed Idempotency-Key header, a malformed URL, and Fastify's generic client errors.
 * A new 400 code without issues fails the contract until it is added here deliberately.
 */
export const WHOLE_REQUEST_400_CODES = new Set(['error.badJson', 'error.emptyBody', 'error.idempotencyKeyFormat', 'error.badRequest', 'error.badUrl', 'upload.malformed']);

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Everything wrong with one answer against the error contract (empty when it is kept). */
export function contractViolations(res: RawResponse): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`status ${res.status}`);
  if (res.status < 400) return problems;
  const error = (res.body as { error?: Record<string, unknown> } | undefined)?.error;
  if (!error || typeof error !== 'object') return [...problems, `no error object in ${JSON.stringify(res.body)?.slice(0, 200)}`];
  if (!nonEmpty(error.code)) problems.push('error.code is empty');
  if (!nonEmpty(error.message)) problems.push('error.message is empty');
  if (!nonEmpty(error.requestId)) problems.push('error.requestId is empty');
  else if (res.headers['x-request-id'] !== error.requestId) problems.push('error.requestId differs from x-request-id');
  const issues = error.issues;
  if (issues !== undefined) {
    if (!Array.isArray(issues) || issues.length === 0) problems.push('issues is present but not a non-empty array');
    else if (!issues.every((i: { path?: unknown; message?: unknown }) => nonEmpty(i?.path) && nonEmpty(i?.message))) {
      problems.push(`an issue lacks path or message: ${JSON.stringify(issues).slice(0, 300)}`);
    }
  }
  if (res.status === 400 && issues === undefined && !WHOLE_REQUEST_400_CODES.has(String(error.code))) {
    problems.push(`400 ${String(error.code)} without issues`);
  }
  return problems;
}

/** Throws (with the request and the answer) when an answer breaks the contract; for use inside fast-check properties. */
export function assertContract(what: string, res: RawResponse): void {
  const problems = contractViolations(res);
  if (problems.length > 0) {
    throw new Error(`${what} → ${res.status}: ${problems.join('; ')}\n  body: ${JSON.stringify(res.body)?.slice(0, 400)}`);
  }
}

export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string | undefined>;
  /** An object is sent as JSON (unless a content-type says otherwise); a string is sent as it is. */
  payload?: unknown;
}

/** Sends a request through Fastify's inject with full control of headers and payload, and parses the answer. */
export async function send(t: TestApp, req: RawRequest): Promise<RawResponse> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers ?? {})) if (v !== undefined) headers[k] = v;
  let payload: string | undefined;
  if (req.payload !== undefined) {
    payload = typeof req.payload === 'string' ? req.payload : JSON.stringify(req.payload);
    if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  }
  const res = await t.app.http.inject({ method: req.method, url: req.url, headers, ...(payload !== undefined ? { payload } : {}) });
  let body: unknown = res.body;
  try {
    body = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    /* not JSON: the contract check reports it if it was an error */
  }
  return { status: res.statusCode, body, headers: res.headers };
}

export function describeRequest(req: RawRequest): string {
  const payload = req.payload === undefined ? '' : ` ${(typeof req.payload === 'string' ? req.payload : JSON.stringify(req.payload)).slice(0, 300)}`;
  return `${req.method} ${req.url.slice(0, 300)} ${JSON.stringify(req.headers ?? {}).slice(0, 300)}${payload}`;
}
