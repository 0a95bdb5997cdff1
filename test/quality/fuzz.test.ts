// Issue 11, "Done when": tens of thousands of hostile requests over every route and page — taken from
// Fastify's own route table, so a new route is fuzzed the day it lands — against a real listening server
// over keep-alive connections. Paths, parameters and query strings (random, malformed, percent-broken),
// JSON bodies (junk, mutated, prototype keys, deep, huge numbers), wrong content types, malformed and
// oversized multipart, oversized headers, bad cookies and bad CSRF tokens. Every request must be
// answered (no stalled connection: each within REQUEST_TIMEOUT_MS) and no answer may be a 5xx.
//
// FUZZ_REQUESTS sets the count (default 40,000 in CI, 4,000 elsewhere); FUZZ_SEED another sequence;
// FUZZ_CONNECTIONS the keep-alive connections used in parallel.
import type { AddressInfo } from 'node:net';
import { Agent, request as send } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainPdf } from '../../src/platform/storage/test-fixtures/pdf-fixtures.ts';
import { submitAtDesk } from '../lifecycle/drive.ts';
import { DEMO_CLIENT_TOKEN, startTestApp, type TestApp } from '../support/test-app.ts';
import { startVneid, type TestVneid } from '../support/vneid.ts';

const COUNT = Number(process.env.FUZZ_REQUESTS ?? (process.env.CI ? 40_000 : 4_000));
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
const CONNECTIONS = Number(process.env.FUZZ_CONNECTIONS ?? 12);
const REQUEST_TIMEOUT_MS = 15_000;

/** A small seeded generator (mulberry32): the same seed, the same requests. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number): boolean => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof prng>;

const HOSTILE_TEXT = [
  '',
  ' ',
  '%',
  '%ZZ',
  '%00',
  '%C0%AF',
  '%E0%A4%A',
  '..',
  '../../etc/passwd',
  '%2e%2e%2f',
  '\u0000',
  'null',
  'undefined',
  '-1',
  '0',
  '1e309',
  '9'.repeat(40),
  'NaN',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  'Nguyễn Văn Ân',
  '😀'.repeat(10),
  '\ud800',
  'a'.repeat(300),
  'x'.repeat(5000),
  'H21.02-260302-0001',
  '019cac46-1500-7000-8000-000000000001',
  '2026-02-30',
  '2026-13-01T25:61:00Z',
];

function randomText(r: Rng): string {
  switch (r.int(4)) {
    case 0:
      return r.pick(HOSTILE_TEXT);
    case 1:
      return Array.from({ length: r.int(30) }, () => String.fromCharCode(r.int(0x2fff))).join('');
    case 2:
      return Array.from({ length: r.int(12) }, () => r.pick(['a', 'Z', '9', '-', '_', '.', 'đ', 'Ư', ' ', '/', '?', '#', '&', '='])).join('');
    default:
      return String(r.pick([r.int(1000), -r.int(1000), r.next(), 2 ** 53 + 1]));
  }
}

/** encodeURIComponent, except that a lone surrogate becomes its (invalid) UTF-8 bytes instead of throwing. */
function encode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
}

/** Encodes for a URL, sometimes correctly, sometimes not at all, sometimes with broken escapes. */
function urlPiece(r: Rng, s: string): string {
  const mode = r.int(10);
  if (mode < 7) return encode(s);
  // eslint-disable-next-line no-control-regex -- control characters are what this breaks on purpose
  if (mode < 9) return s.replace(/[\s#?\u0000-\u001f\u007f-\uffff]/g, (c) => encode(c).replace(/%[0-9A-F]{2}$/, '%Z'));
  return `${encode(s)}%${r.pick(['', '2', 'G1', 'ff'])}`;
}

function randomJson(r: Rng, depth = 0): unknown {
  const kind = depth > 6 ? r.int(4) : r.int(8);
  switch (kind) {
    case 0:
      return randomText(r);
    case 1:
      return r.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 63, Number.MAX_SAFE_INTEGER + 2]);
    case 2:
      return r.pick([true, false, null]);
    case 3:
      return r.pick(['2026-03-02', '064195012345', '0100109106', 'TP01', '1.004230', 'H21.10', 'receive', 'APPROVE']);
    case 4:
    case 5:
      return Array.from({ length: r.int(4) }, () => randomJson(r, depth + 1));
    default: {
      const keys = ['type', 'id', 'code', 'username', 'password', 'reason', 'components', 'formData', 'applicant', 'procedureCode', 'channel', 'note', 'expectedVersion', '__proto__', 'constructor', 'definition', 'items', 'grants', 'q', 'limit', randomText(r)];
      const obj: Record<string, unknown> = {};
      for (let i = r.int(6); i > 0; i--) obj[r.pick(keys)] = randomJson(r, depth + 1);
      return obj;
    }
  }
}

function deep(n: number): string {
  return `${'['.repeat(n)}${']'.repeat(n)}`;
}

interface Fixture {
  tokens: string[];
  values: string[];
  pdf: Buffer;
}

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string;
  what: string;
}

function multipart(r: Rng, fx: Fixture): { body: Buffer; contentType: string; what: string } {
  const boundary = `----fuzz${r.int(1e9)}`;
  const file = r.pick([fx.pdf, Buffer.from(randomText(r)), Buffer.alloc(r.int(40_000), r.int(256)), Buffer.from('%PDF-1.7\n%broken')]);
  const field = r.pick(['file', 'file', 'tep', '', '__proto__']);
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${r.pick(['a.pdf', '../../x.pdf', 'Giấy tờ.pdf', '', 'a"b.pdf'])}"\r\nContent-Type: application/pdf\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const whole = Buffer.concat([head, file, tail]);
  switch (r.int(6)) {
    case 0:
      return { body: whole.subarray(0, r.int(whole.length)), contentType: `multipart/form-data; boundary=${boundary}`, what: 'multipart cut off' };
    case 1:
      return { body: whole, contentType: 'multipart/form-data', what: 'multipart without boundary' };
    case 2:
      return { body: whole, contentType: `multipart/form-data; boundary=other${boundary}`, what: 'multipart with a wrong boundary' };
    case 3:
      return { body: Buffer.from(`--${boundary}\r\nContent-Disposition form-data\r\n\r\nx\r\n--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}`, what: 'multipart with a malformed part header' };
    case 4: {
      const fields = Array.from({ length: 15 }, (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\n${'v'.repeat(r.int(6000))}\r\n`).join('');
      return { body: Buffer.concat([Buffer.from(fields), whole]), contentType: `multipart/form-data; boundary=${boundary}`, what: 'multipart with too many or too large fields' };
    }
    default:
      return { body: whole, contentType: `multipart/form-data; boundary=${boundary}`, what: 'multipart' };
  }
}

/** One hostile request to `route` (or, sometimes, to a path no route has). */
function generate(r: Rng, routes: { method: string; url: string }[], fx: Fixture): FuzzRequest {
  const route = r.pick(routes);
  let method = r.chance(0.9) ? route.method : r.pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
  let path = route.url.replace(/:[A-Za-z_]+|\*/g, () => urlPiece(r, r.chance(0.5) ? r.pick(fx.values) : randomText(r)));
  if (r.chance(0.05)) path = `/${Array.from({ length: 1 + r.int(5) }, () => urlPiece(r, randomText(r))).join('/')}`;
  if (r.chance(0.03)) path = `${path}${r.pick(['//', '/.', '/..', '%2F', ';x=1', '#frag'])}`;
  if (r.chance(0.6)) {
    const pairs = Array.from({ length: r.int(6) }, () => `${urlPiece(r, r.pick(['q', 'code', 'limit', 'offset', 'cursor', 'state', 'view', '_csrf', 'lang', 'page', randomText(r)]))}=${urlPiece(r, r.chance(0.5) ? r.pick(fx.values) : randomText(r))}`);
    if (r.chance(0.1)) pairs.push('a[b][c]=1', 'a=1&a=2', '=', '&&', '%');
    path += `?${pairs.join('&')}`;
  }
  const headers: Record<string, string> = {};
  const what: string[] = [];
  if (r.chance(0.5)) headers.authorization = r.chance(0.8) ? `Bearer ${r.pick(fx.tokens)}` : r.pick(['Bearer', 'Bearer ', 'Basic YTpi', `Bearer ${randomText(r).replace(/[^\x21-\x7e]/g, '')}`, 'Bearer mc_' + 'x'.repeat(500)]);
  if (r.chance(0.4)) headers.accept = r.pick(['text/html', 'application/json', '*/*', 'text/html;q=0.1, application/json', 'image/png']);
  if (r.chance(0.3)) headers['accept-language'] = r.pick(['vi', 'en', 'en-US,en;q=0.9', '*', 'zz', ';;;', 'x'.repeat(200)]);
  if (r.chance(0.25)) {
    headers.cookie = r.pick([
      `mc_portal=${randomText(r).replace(/[^\x21-\x7e]/g, '')}`,
      `mc_office=${'a'.repeat(r.int(200))}; mc_csrf=${r.int(1e9)}`,
      'mc_lang=zz',
      'mc_csrf=; mc_portal=',
      '=;=;;',
      `mc_office=%E0%A4%A; mc_portal="unterminated`,
    ]);
    what.push('bad cookie');
  }
  if (r.chance(0.03)) {
    // Past Node's header limit (16 KiB): refused by the HTTP parser itself, with 431.
    headers['x-padding'] = 'p'.repeat(20_000 + r.int(20_000));
    what.push('oversized header');
  }
  if (r.chance(0.1)) headers['idempotency-key'] = r.pick(['short', 'k'.repeat(200), randomText(r).replace(/[^\x21-\x7e]/g, '') || 'x', `fuzz-${r.int(1e9)}`]);
  let body: Buffer | string | undefined;
  if (method !== 'GET' && method !== 'HEAD' && r.chance(0.85)) {
    switch (r.int(9)) {
      case 0:
      case 1:
        body = JSON.stringify(randomJson(r));
        headers['content-type'] = 'application/json';
        what.push('json');
        break;
      case 2:
        body = r.pick(['{', '{"a":', '[1,2', '"x', '\ufeff{}', '{"a":1}{"b":2}', deep(5000), '{"__proto__":{"x":1}}', 'null', '']);
        headers['content-type'] = r.pick(['application/json', 'application/json; charset=latin1', 'application/json; charset=utf-16']);
        what.push('malformed json');
        break;
      case 3:
        body = `_csrf=${urlPiece(r, randomText(r))}&${urlPiece(r, randomText(r))}=${urlPiece(r, randomText(r))}&username=a&password=b&code=${urlPiece(r, r.pick(fx.values))}`;
        headers['content-type'] = 'application/x-www-form-urlencoded';
        what.push('form with a bad CSRF token');
        break;
      case 4:
      case 5: {
        const m = multipart(r, fx);
        body = m.body;
        headers['content-type'] = m.contentType;
        what.push(m.what);
        break;
      }
      case 6:
        body = randomText(r);
        headers['content-type'] = r.pick(['text/plain', 'application/xml', 'application/octet-stream', 'image/png', 'application/x-www-form-urlencoded; charset=zz', ';', 'multipart/mixed']);
        what.push('wrong content type');
        break;
      case 7:
        body = `{"note":"${'x'.repeat(1_100_000)}"}`;
        headers['content-type'] = 'application/json';
        what.push('oversized json');
        break;
      default:
        body = JSON.stringify(randomJson(r));
        what.push('json without content type');
    }
  }
  if (method === 'HEAD' && body !== undefined) method = 'POST';
  return { method, path, headers, ...(body !== undefined ? { body } : {}), what: what.join(', ') };
}

describe('fuzz over every route and page, on a real server with keep-alive connections', () => {
  let t: TestApp;
  let vneid: TestVneid;
  let origin: string;
  let fx: Fixture;
  let routes: { method: string; url: string }[];

  beforeAll(async () => {
    // The portal's sign-in talks to an identity provider: the simulated VNeID, over the network, so that
    // /dang-nhap/* reaches its real code instead of answering 503 "provider unreachable".
    vneid = await startVneid();
    t = await startTestApp('2026-03-02T09:00:00+07:00', { MOTCUA_TOKEN_TTL_HOURS: '2160', ...vneid.env });
    await t.app.http.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
    const tokens = await Promise.all(['motcua.tinh', 'khcn.chuyenvien', 'khcn.giamdoc', 'quantri', 'giamsat'].map((u) => t.login(u)));
    const dossier = await submitAtDesk(t, '1.004470');
    fx = {
      tokens: [...tokens, DEMO_CLIENT_TOKEN],
      values: [dossier.id as string, 'TP01', '1.004230', '1.004470', 'H21.10', 'H21', 'VN', '2026', '2026-03-02', '1', 'khcn.chuyenvien', '019cac46-1500-7000-8000-000000000001', 'H21.10-260302-0001-KQ1', 'vi', 'en'],
      pdf: await plainPdf(1),
    };
    routes = t.app.http.routeTable.filter((r) => r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(50);
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    await vneid?.close();
  });

  it(`${COUNT} requests: no 5xx, none left unanswered`, async () => {
    const agent = new Agent({ connections: CONNECTIONS, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: REQUEST_TIMEOUT_MS, bodyTimeout: REQUEST_TIMEOUT_MS });
    const r = prng(SEED);
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const stalls: string[] = [];
    const covered = new Set<string>();
    let issued = 0;
    const started = Date.now();

    const one = async (): Promise<void> => {
      while (issued < COUNT && failures.length + stalls.length < 20) {
        issued++;
        const req = generate(r, routes, fx);
        const describe = () => `${req.method} ${req.path.slice(0, 200)} [${req.what}]`;
        try {
          const res = await send(`${origin}${req.path.startsWith('/') ? '' : '/'}${req.path}`, {
            method: req.method as 'GET',
            headers: req.headers,
            ...(req.body !== undefined ? { body: req.body } : {}),
            dispatcher: agent,
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          });
          const text = await res.body.text();
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          covered.add(req.path.split('?')[0]!.split('/').slice(0, 4).join('/'));
          if (res.statusCode >= 500) failures.push(`${describe()} → ${res.statusCode} ${text.slice(0, 300)}`);
        } catch (error) {
          const e = error as Error & { code?: string };
          // A timeout is a stalled connection; the server closing the socket after an answer it sent
          // (oversized headers: 431 and close) is not — undici reports what it could not read.
          if (e.name === 'TimeoutError' || e.code === 'UND_ERR_HEADERS_TIMEOUT' || e.code === 'UND_ERR_BODY_TIMEOUT') stalls.push(`${describe()} → no answer in ${REQUEST_TIMEOUT_MS} ms`);
          else statuses.set(-1, (statuses.get(-1) ?? 0) + 1);
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, one));
    await agent.close();
    const seconds = (Date.now() - started) / 1000;
    const summary = `${issued} requests in ${seconds.toFixed(1)} s (${Math.round(issued / seconds)}/s) over ${CONNECTIONS} keep-alive connections, ${routes.length} routes; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`;
    process.stdout.write(`${summary}\n`);
    expect(stalls, summary).toEqual([]);
    expect(failures, summary).toEqual([]);
    expect(issued).toBe(COUNT);
    // Connection errors are the server closing after 431/413 answers, never more than a small share.
    expect(statuses.get(-1) ?? 0, summary).toBeLessThan(COUNT * 0.05);
  }, 600_000);
});
