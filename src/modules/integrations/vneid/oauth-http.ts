/** Small HTTP helpers of the simulator: bounded form bodies, JSON and OAuth error replies. */
import type { IncomingMessage, ServerResponse } from 'node:http';

type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_token';

export class OAuthError extends Error {
  readonly code: OAuthErrorCode;
  readonly description: string;
  readonly status: number;
  constructor(code: OAuthErrorCode, description: string, status = 400) {
    super(description);
    this.code = code;
    this.description = description;
    this.status = status;
  }
}

const MAX_BODY = 16 * 1024;

/** Reads an application/x-www-form-urlencoded body (anything else, or too big, is an invalid request). */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new OAuthError('invalid_request', 'body must be application/x-www-form-urlencoded');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new OAuthError('invalid_request', 'body too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

export function sendHtml(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-frame-options': 'DENY' });
  res.end(body);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
}

export function sendOAuthError(res: ServerResponse, e: OAuthError): void {
  const headers: Record<string, string> = {};
  if (e.code === 'invalid_client' && e.status === 401) headers['www-authenticate'] = 'Basic realm="vneid"';
  if (e.code === 'invalid_token') headers['www-authenticate'] = `Bearer error="invalid_token", error_description="${e.description}"`;
  sendJson(res, e.status, { error: e.code, error_description: e.description }, headers);
}

/** Client credentials from `client_secret_basic` (RFC 6749 §2.3.1: form-encoded, then base64) or `client_secret_post`. */
export function clientCredentials(req: IncomingMessage, form: URLSearchParams): { clientId: string; clientSecret: string } {
  const header = req.headers.authorization;
  const postedSecret = form.get('client_secret');
  if (header?.toLowerCase().startsWith('basic ')) {
    if (postedSecret !== null) throw new OAuthError('invalid_request', 'use one client authentication method only');
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) throw new OAuthError('invalid_client', 'malformed basic credentials', 401);
    const unform = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        throw new OAuthError('invalid_client', 'malformed basic credentials', 401);
      }
    };
    return { clientId: unform(decoded.slice(0, colon)), clientSecret: unform(decoded.slice(colon + 1)) };
  }
  const clientId = form.get('client_id');
  if (clientId && postedSecret !== null) return { clientId, clientSecret: postedSecret };
  throw new OAuthError('invalid_client', 'client authentication required', 401);
}
