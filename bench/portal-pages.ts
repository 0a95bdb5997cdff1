// `node --import tsx bench/portal-pages.ts` — the citizen portal's pages: server time and weight.
// motcua runs as its own process on a fresh embedded database with the demo data (or on
// DATABASE_URL); pages are fetched over loopback by a closed loop of BENCH_CONCURRENCY clients for
// BENCH_SECONDS each, after a warm-up. The baseline, in the same run, is the JSON API answering the
// same question (the page's data without the page), so the difference is what rendering costs.
// Weight is the HTML plus the page furniture every page loads (stylesheet and script), before
// images and fonts, uncompressed and gzipped. Targets (issue 4): p95 ≤ 50 ms, ≤ 60 KB.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Pool } from 'undici';
import { DEMO_CLIENT_TOKEN } from '../src/modules/identity/seed/demo-officers.ts';
import { assetBytes } from '../src/web/assets.ts';
import { organisation, sampleForm } from '../test/support/dossier-fixtures.ts';
import { startServer } from './lib/server.ts';
import { closedLoop, fmt, type Summary } from './lib/stats.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const say = (s: string): void => void process.stdout.write(`${s}\n`);

interface Target {
  name: string;
  page: string;
  api?: string;
  headers?: Record<string, string>;
}

async function measure(pool: Pool, url: string, headers: Record<string, string>): Promise<Summary> {
  return closedLoop(CONCURRENCY, 2, SECONDS, async () => {
    const res = await pool.request({ method: 'GET', path: url, headers: { accept: 'text/html', ...headers } });
    await res.body.arrayBuffer();
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}`);
  });
}

async function weight(base: string, url: string, headers: Record<string, string>): Promise<{ html: number; gz: number }> {
  const res = await fetch(base + url, { headers: { accept: 'text/html', ...headers } });
  const body = Buffer.from(await res.arrayBuffer());
  return { html: body.length, gz: gzipSync(body).length };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-portal-'));
  const env: Record<string, string> = { MOTCUA_DATA_DIR: dataDir, MOTCUA_DEMO_DATA: 'always', MOTCUA_OCR_WORKERS: '0', MOTCUA_VNEID_SIMULATOR: 'true', MOTCUA_VNEID_SIMULATOR_PORT: '3951', MOTCUA_PUBLIC_URL: 'http://127.0.0.1:3950' };
  if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
  const server = await startServer(env, 3950);
  try {
    const pool = new Pool(server.url, { connections: CONCURRENCY });
    // One dossier submitted on the portal channel, so the look-up page has something to show.
    const code = await portalDossierCode(server.url);
    // A citizen signed in through the simulated VNeID (the real code flow), for the personal pages.
    const cookie = await citizenCookie(server.url);
    const targets: Target[] = [
      { name: 'home', page: '/' },
      { name: 'search "cap giay phep"', page: '/thu-tuc?q=cap%20giay%20phep', api: '/api/v1/procedures?q=cap%20giay%20phep' },
      { name: 'procedure page', page: '/thu-tuc/1.004230', api: '/api/v1/procedures/1.004230' },
      { name: 'my dossiers (signed in)', page: '/ho-so-cua-toi', headers: { cookie } },
      { name: 'notifications (signed in)', page: '/thong-bao', headers: { cookie } },
      ...(code ? [{ name: 'public look-up', page: `/tra-cuu/${encodeURIComponent(code)}`, api: `/api/v1/public/dossiers/${encodeURIComponent(code)}` }] : []),
    ];
    const furniture = assetBytes();
    say(`motcua portal pages — ${os.cpus().length} vCPU, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, closed loop of ${CONCURRENCY} clients × ${SECONDS} s after 2 s warm-up`);
    say(`page furniture (site.css + enhance.js, cached after the first page): ${(furniture / 1024).toFixed(1)} KB`);
    say('');
    say('| page | p50 ms | p95 ms | p99 ms | pages/s | API p95 ms (same data as JSON) | HTML KB | HTML+CSS+JS KB | gzip HTML KB |');
    say('|---|---|---|---|---|---|---|---|---|');
    for (const tgt of targets) {
      const h = tgt.headers ?? {};
      const page = await measure(pool, tgt.page, h);
      const api = tgt.api ? await measure(pool, tgt.api, {}) : undefined;
      const w = await weight(server.url, tgt.page, h);
      say(`| ${tgt.name} | ${fmt(page.p50)} | ${fmt(page.p95)} | ${fmt(page.p99)} | ${fmt(page.perSecond, 0)} | ${api ? fmt(api.p95) : '—'} | ${fmt(w.html / 1024)} | ${fmt((w.html + furniture) / 1024)} | ${fmt(w.gz / 1024)} |`);
    }
    await pool.close();
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Submits one dossier (a printing company's, with valid sample answers) on the PORTAL channel and returns its code. */
async function portalDossierCode(base: string): Promise<string | undefined> {
  const procedure = (await fetch(`${base}/api/v1/procedures/1.004230`).then((r) => r.json())) as { eform: Parameters<typeof sampleForm>[0] };
  const body = { procedureCode: '1.004230', channel: 'PORTAL', applicant: organisation, formData: sampleForm(procedure.eform), deliveryMethod: 'AT_DESK' };
  const res = await fetch(`${base}/api/v1/dossiers`, { method: 'POST', headers: { authorization: `Bearer ${DEMO_CLIENT_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as { code?: string; error?: { message: string } };
  if (!res.ok) say(`(no look-up page measured: submission refused — ${json.error?.message ?? res.status})`);
  return json.code ?? undefined;
}

/** Signs the demo citizen in through the simulator: portal → provider → account chosen → callback → session cookie. */
async function citizenCookie(base: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response): void => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!, value.join('='));
    }
  };
  const header = (): string => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const start = await fetch(`${base}/dang-nhap/vneid?next=%2Fho-so-cua-toi`, { redirect: 'manual' });
  keep(start);
  const authorize = new URL(start.headers.get('location')!);
  const form = new URLSearchParams(authorize.searchParams);
  form.set('account', '064201007890'); // a demo citizen with no organisation: straight back to the portal
  const back = await fetch(new URL('/authorize', authorize), { method: 'POST', body: form, redirect: 'manual' });
  const callback = await fetch(back.headers.get('location')!, { headers: { cookie: header() }, redirect: 'manual' });
  keep(callback);
  if (!jar.has('mc_portal')) throw new Error(`sign-in through the simulator failed (${callback.status})`);
  return header();
}

await main();
