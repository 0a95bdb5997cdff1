// A browser-like client over app.http.inject for page tests: keeps cookies, follows nothing by
// itself, posts url-encoded forms with the CSRF token read from the last page, and can open a
// portal or back-office session directly (for tests that are not about signing in).
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../src/platform/crypto/hashing.ts';
import { webSessions } from '../../src/platform/http/web-sessions.tables.ts';
import type { CitizenSessionData } from '../../src/web/portal/citizen-session.ts';
import { findOfficerByUsername } from '../../src/modules/identity/index.ts';
import type { TestApp } from './test-app.ts';

export interface PageResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  /** The Location header of a redirect, if any. */
  location: string | undefined;
}

export interface WebClient {
  cookies: Map<string, string>;
  get(url: string, headers?: Record<string, string>): Promise<PageResponse>;
  /** Posts a form; `_csrf` is added from the last page read unless given. */
  post(url: string, form: Record<string, string | string[]>, headers?: Record<string, string>): Promise<PageResponse>;
  /** Posts a multipart form (files as {name, type, data}). */
  postMultipart(url: string, fields: Record<string, string>, files: { field: string; name: string; type: string; data: Buffer }[]): Promise<PageResponse>;
  /** The CSRF token in the last page read. */
  csrf(): string | undefined;
}

export function csrfFrom(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
}

export function webClient(t: TestApp): WebClient {
  const cookies = new Map<string, string>();
  let lastCsrf: string | undefined;
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const take = (res: { statusCode: number; headers: PageResponse['headers']; body: string }): PageResponse => {
    const set = res.headers['set-cookie'];
    for (const c of Array.isArray(set) ? set : set ? [String(set)] : []) {
      const [pair, ...attrs] = c.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      const expired = attrs.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || value === '') cookies.delete(name!.trim());
      else cookies.set(name!.trim(), value);
    }
    const token = csrfFrom(res.body);
    if (token) lastCsrf = token;
    const location = res.headers.location;
    return { status: res.statusCode, headers: res.headers, body: res.body, location: typeof location === 'string' ? location : undefined };
  };
  return {
    cookies,
    csrf: () => lastCsrf,
    async get(url, headers = {}) {
      const res = await t.app.http.inject({ method: 'GET', url, headers: { accept: 'text/html', cookie: cookieHeader(), ...headers } });
      return take(res);
    },
    async post(url, form, headers = {}) {
      const body = new URLSearchParams();
      const withToken = { ...(lastCsrf !== undefined ? { _csrf: lastCsrf } : {}), ...form };
      for (const [k, v] of Object.entries(withToken)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
      const res = await t.app.http.inject({
        method: 'POST',
        url,
        headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(), ...headers },
        payload: body.toString(),
      });
      return take(res);
    },
    async postMultipart(url, fields, files) {
      const boundary = `----motcua${randomBytes(8).toString('hex')}`;
      const parts: Buffer[] = [];
      const all = { ...(lastCsrf !== undefined ? { _csrf: lastCsrf } : {}), ...fields };
      for (const [k, v] of Object.entries(all)) parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
      for (const f of files) {
        parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${f.field}"; filename="${f.name}"\r\ncontent-type: ${f.type}\r\n\r\n`), f.data, Buffer.from('\r\n'));
      }
      parts.push(Buffer.from(`--${boundary}--\r\n`));
      // As the browser does with the page's upload forms: the token rides in the action URL (checked before the body is read).
      const token = all._csrf;
      const target = token === undefined || /[?&]_csrf=/.test(url) ? url : `${url}${url.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(token)}`;
      const res = await t.app.http.inject({
        method: 'POST',
        url: target,
        headers: { accept: 'text/html', 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: cookieHeader() },
        payload: Buffer.concat(parts),
      });
      return take(res);
    },
  };
}

async function openSession(t: TestApp, client: WebClient, audience: 'portal' | 'backoffice', subject: string, data: object): Promise<void> {
  const secret = randomBytes(32).toString('base64url');
  const now = t.clock.now();
  await t.app.database.db.insert(webSessions).values({
    idHash: sha256Hex(secret),
    audience,
    subject,
    data: data as Record<string, unknown>,
    csrf: randomBytes(32).toString('base64url'),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + 12 * 3_600_000),
  });
  client.cookies.set(audience === 'portal' ? 'mc_portal' : 'mc_office', secret);
}

/** A demo citizen (valid personal id from Gia Lai, born 1990) unless other claims are given. */
export const demoCitizen: CitizenSessionData = {
  personalId: '064090001234',
  fullName: 'Nguyễn Văn An',
  birthDate: '1990-05-12',
  sex: 'male',
  phone: '0912345678',
  email: 'an.nguyen@example.vn',
  address: '12 Hùng Vương, phường Pleiku, tỉnh Gia Lai',
  organisations: [{ taxCode: '0100109106', name: 'Công ty TNHH Ánh Dương', role: 'LEGAL_REPRESENTATIVE', address: '5 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai' }],
  actingFor: null,
};

/** Signs a citizen in without the identity provider (tests that are not about sign-in). */
export async function signInCitizen(t: TestApp, client: WebClient, claims: Partial<CitizenSessionData> = {}): Promise<CitizenSessionData> {
  const data = { ...demoCitizen, ...claims };
  await openSession(t, client, 'portal', data.personalId, data);
  return data;
}

/** Signs a demo officer in without the sign-in page (tests that are not about sign-in). */
export async function signInOfficer(t: TestApp, client: WebClient, username: string): Promise<void> {
  const officer = await findOfficerByUsername(t.app.database.db, username);
  if (!officer) throw new Error(`no demo officer ${username}`);
  await openSession(t, client, 'backoffice', officer.id, { officerId: officer.id, fullName: officer.fullName, secondFactorDone: true });
}
