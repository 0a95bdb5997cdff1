// The back office's home page (GET /can-bo: work-queue tabs with counts and the first page of the
// queue, as HTML for a signed-in officer) and its search by part of a name (GET /can-bo?q=…, what the
// page's search form sends) at BENCH_DOSSIERS dossiers, against in the same run (a) the same statements
// replayed through the bare driver and (b) the bare queue-list (or search) statement alone.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --import tsx bench/queue-page.ts
// Knobs: BENCH_DOSSIERS (1000000), BENCH_REQUESTS (200 sequential per officer, after 30 warm-up),
// BENCH_SECONDS (10, throughput loop), BENCH_CONCURRENCY (8), BENCH_POOL (16).
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Pool } from 'undici';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { sha256Hex } from '../src/platform/crypto/hashing.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { webSessions } from '../src/platform/http/web-sessions.tables.ts';
import { createLogger } from '../src/platform/logger.ts';
import { findOfficerByUsername } from '../src/modules/identity/index.ts';
import { bulkLoadDossiers } from './lib/bulk-load.ts';
import { Recorder, type Statement } from './lib/capture.ts';
import { openRawDriver } from './lib/raw-driver.ts';
import { createScratch, runOnScratch, type Scratch } from './lib/scratch-db.ts';
import { startServer } from './lib/server.ts';
import { closedLoop, fmt, summarise, type Summary } from './lib/stats.ts';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const POOL = Number(process.env.BENCH_POOL ?? 16);
const WARMUP = 30;
const OFFICERS = ['motcua.tinh', 'khcn.chuyenvien', 'khcn.giamdoc', 'pleiku.motcua'];
/**
 * Name searches, typed without diacritics as on a keyboard with no Vietnamese input method. Every
 * bulk-loaded owner is 'Nguyễn Văn Thử <n>': "van thu 12" matches about 1 % of the open dossiers (n
 * starting with 12), a realistic share for a family and middle name; "nguyen van" matches every open
 * dossier, the worst case for a trigram index (each match is read from the heap to be ordered).
 * A small trial run (BENCH_DOSSIERS under 100,000) searches "van thu 1" so that the desk still finds some.
 */
const SEARCHES = [
  { username: 'motcua.tinh', q: DOSSIERS >= 100_000 ? 'van thu 12' : 'van thu 1' },
  { username: 'khcn.chuyenvien', q: 'nguyen van' },
];
interface Scenario {
  label: string;
  username: string;
  path: string;
}
const SCENARIOS: Scenario[] = [
  ...OFFICERS.map((username) => ({ label: username, username, path: '/can-bo' })),
  ...SEARCHES.map((x) => ({ label: `${x.username} "${x.q}"`, username: x.username, path: `/can-bo?q=${encodeURIComponent(x.q)}` })),
];

const say = (s: string): void => void process.stdout.write(`${s}\n`);

async function sequential(n: number, fn: () => Promise<void>): Promise<Summary> {
  const latencies: number[] = [];
  for (let i = 0; i < n + WARMUP; i++) {
    const t0 = performance.now();
    await fn();
    if (i >= WARMUP) latencies.push(performance.now() - t0);
  }
  return summarise(latencies, latencies.reduce((a, b) => a + b, 0) / 1000);
}

/** BENCH_REUSE=<postgres url>: measure a database kept by an earlier run (BENCH_KEEP=1) instead of loading a new one. */
async function scratchDatabase(): Promise<Scratch> {
  const url = process.env.BENCH_REUSE;
  return url ? { kind: 'postgresql', url, env: { DATABASE_URL: url }, drop: async () => undefined } : createScratch();
}

/** On a busy machine motcua may take longer to start than startServer waits: wait for health here too. */
async function untilHealthy(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/api/v1/health/ready`)).ok) return;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('motcua did not start');
}

async function main(scratch: Scratch): Promise<void> {
  say(`queue page benchmark — ${scratch.kind}, ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}`);
  say(`settings: ${DOSSIERS.toLocaleString('en')} dossiers, ${REQUESTS} sequential requests per officer after ${WARMUP} warm-up, ${SECONDS} s throughput loop at concurrency ${CONCURRENCY}, pool ${POOL}`);
  const recorder = new Recorder();
  const config = loadConfig({ ...scratch.env, MOTCUA_ENV: 'development', MOTCUA_DEMO_DATA: process.env.BENCH_REUSE ? 'never' : 'always', LOG_LEVEL: 'warn', MOTCUA_DB_POOL_MAX: String(POOL) });
  const database = await openDatabase(
    scratch.kind === 'postgresql' ? { kind: 'postgresql', url: scratch.url!, poolMax: POOL, queryLog: recorder.log } : { kind: 'pglite', dataDir: `${scratch.dataDir}/pglite`, queryLog: recorder.log },
  );
  const app = await createApp(config, { database, logger: createLogger('warn') });
  const t0 = performance.now();
  if (!process.env.BENCH_REUSE) {
    await bulkLoadDossiers(database.db, DOSSIERS, (n) => process.stdout.write(`\rloading dossiers: ${n.toLocaleString('en')}`));
    say(`\rloaded ${DOSSIERS.toLocaleString('en')} dossiers in ${fmt((performance.now() - t0) / 1000)} s`);
  }

  // A back-office session per officer, opened directly (the sign-in page is not what is measured).
  const cookies = new Map<string, string>();
  for (const username of OFFICERS) {
    const officer = (await findOfficerByUsername(database.db, username))!;
    const secret = randomBytes(32).toString('base64url');
    const now = new Date();
    await database.db.insert(webSessions).values({
      idHash: sha256Hex(secret), audience: 'backoffice', subject: officer.id, data: { officerId: officer.id, fullName: officer.fullName, secondFactorDone: true },
      csrf: randomBytes(32).toString('base64url'), createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 12 * 3_600_000),
    });
    cookies.set(username, `mc_office=${secret}`);
  }
  const page = async (x: Scenario) => {
    const res = await app.http.inject({ method: 'GET', url: x.path, headers: { cookie: cookies.get(x.username)!, accept: 'text/html' } });
    if (res.statusCode !== 200) throw new Error(`GET ${x.path} as ${x.username} → ${res.statusCode}`);
    return res.body;
  };
  const captured: Record<string, { all: Statement[]; list: Statement[]; rows: number; bytes: number }> = {};
  for (const x of SCENARIOS) {
    await page(x);
    const { result, statements } = await recorder.record(() => page(x));
    const list = statements.filter((s) => /UNION ALL|ORDER BY queue_due_at/.test(s.sql));
    captured[x.label] = { all: statements, list, rows: (result.match(/<tr class=/g) ?? []).length, bytes: Buffer.byteLength(result) };
  }
  // The search scenarios must measure a search that finds something, not an empty page.
  for (const x of SCENARIOS) if (captured[x.label]!.rows === 0) throw new Error(`GET ${x.path} as ${x.username} showed no dossier`);
  await app.close();
  await database.close();

  say('\nmeasuring GET /can-bo and its name searches over HTTP (separate motcua process) …');
  const server = await startServer({ ...scratch.env, MOTCUA_DB_POOL_MAX: String(POOL) }, 32_000 + (process.pid % 1000));
  await untilHealthy(server.url);
  const http = new Pool(server.url, { connections: CONCURRENCY * 2, pipelining: 1 });
  const get = async (x: Scenario) => {
    const res = await http.request({ method: 'GET', path: x.path, headers: { cookie: cookies.get(x.username)!, accept: 'text/html' } });
    await res.body.text();
    if (res.statusCode !== 200) throw new Error(`GET ${x.path} as ${x.username} → ${res.statusCode}`);
  };
  const results: Record<string, { page: Summary; ceiling?: Summary; list?: Summary }> = {};
  for (const x of SCENARIOS) results[x.label] = { page: await sequential(REQUESTS, () => get(x)) };
  const homes = SCENARIOS.slice(0, OFFICERS.length);
  const throughput = await closedLoop(CONCURRENCY, 3, SECONDS, (i) => get(homes[i % homes.length]!));
  await http.close();
  await server.stop();

  say('measuring the ceiling (same statements, bare driver) …');
  const raw = await openRawDriver(scratch.kind === 'postgresql' ? { url: scratch.url!, poolMax: POOL } : { dataDir: `${scratch.dataDir}/pglite` });
  for (const x of SCENARIOS) {
    results[x.label]!.ceiling = await sequential(REQUESTS, async () => void (await raw.run(captured[x.label]!.all)));
    results[x.label]!.list = await sequential(REQUESTS, async () => void (await raw.run(captured[x.label]!.list)));
  }
  const rawThroughput = await closedLoop(CONCURRENCY, 3, SECONDS, async (i) => void (await raw.run(captured[OFFICERS[i % OFFICERS.length]!]!.all)));
  await raw.close();

  const cell = (s: Summary | undefined) => (s ? `${fmt(s.p50, 1)} / ${fmt(s.p95, 1)} / ${fmt(s.p99, 1)}` : '—');
  const width = Math.max(18, ...SCENARIOS.map((x) => x.label.length));
  say(`\n${'officer (search)'.padEnd(width)} ${'statements'.padStart(10)} ${'rows'.padStart(5)} ${'KB'.padStart(5)} ${'page p50/p95/p99 ms'.padStart(22)} ${'same SQL, bare driver'.padStart(22)} ${'list/search SQL alone'.padStart(22)}`);
  for (const x of SCENARIOS) {
    const r = results[x.label]!;
    const c = captured[x.label]!;
    say(`${x.label.padEnd(width)} ${String(c.all.length).padStart(10)} ${String(c.rows).padStart(5)} ${fmt(c.bytes / 1024, 0).padStart(5)} ${cell(r.page).padStart(22)} ${cell(r.ceiling).padStart(22)} ${cell(r.list).padStart(22)}`);
  }
  say(`\nthroughput, four officers in turn, concurrency ${CONCURRENCY}: page ${fmt(throughput.perSecond, 0)} req/s (p95 ${fmt(throughput.p95)} ms); same SQL through the bare driver ${fmt(rawThroughput.perSecond, 0)}/s (p95 ${fmt(rawThroughput.p95)} ms)`);
  say('\nHow: the statements of one GET /can-bo per officer, and of each name search, were captured in process (session, officer,');
  say('grants, counts, queue page or search, procedure names); the page was then requested over HTTP from a separate motcua process (undici, loopback),');
  say(`${REQUESTS} sequential requests per officer after ${WARMUP} of warm-up; the ceiling replays the captured statements through pg`);
  say('(or PGlite in process) with no motcua code in between; "list/search SQL alone" is only the page\'s list statement');
  say('(UNION ALL over the queue ranges, or the search ordered by due date).');
  say(`\nJSON: ${JSON.stringify({ kind: scratch.kind, dossiers: DOSSIERS, results, throughput, rawThroughput })}`);
}

runOnScratch(scratchDatabase, main, say);
