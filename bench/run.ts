// `npm run bench` — measures motcua end to end over HTTP and, in the same run, the ceiling: the
// same SQL statements issued by the bare driver with no motcua code in between.
//   npm run bench                                   embedded PGlite (a temporary data folder)
//   DATABASE_URL=postgres://…/postgres npm run bench  a scratch database on that PostgreSQL server
// Knobs: BENCH_SECONDS (20), BENCH_CONCURRENCY (32), BENCH_DOSSIERS (1000000), BENCH_POOL (16).
import os from 'node:os';
import { Pool } from 'undici';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { createLogger } from '../src/platform/logger.ts';
import { sql } from 'drizzle-orm';
import { DEMO_PASSWORD } from '../src/modules/identity/seed/demo-officers.ts';
import { bulkLoadDossiers, sampleCodes } from './lib/bulk-load.ts';
import { createdIds, Recorder, substitute, type Statement } from './lib/capture.ts';
import { openRawDriver } from './lib/raw-driver.ts';
import { createScratch, runOnScratch, type Scratch } from './lib/scratch-db.ts';
import { startServer } from './lib/server.ts';
import { closedLoop, fmt, summarise, type Summary } from './lib/stats.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const POOL = Number(process.env.BENCH_POOL ?? 16);
const WARMUP = 3;
/** BENCH_ONLY=submissions,lookups,queues runs a subset (e.g. to profile one path with BENCH_PROFILE). */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'submissions,lookups,queues').split(','));
const PROCEDURE = '1.004230'; // a provincial licence, received at the provincial centre's desk
const QUEUE_OFFICERS = ['motcua.tinh', 'khcn.chuyenvien', 'khcn.giamdoc', 'pleiku.motcua'];
/**
 * BENCH_DESKS=one (default): every receipt at the provincial centre's desk, whose gapless daily code
 * counter serialises them — the worst case. BENCH_DESKS=all: receipts spread over every desk of the
 * province (any desk may receive any dossier), as a province's load arrives.
 */
const SPREAD = process.env.BENCH_DESKS === 'all';

const say = (s: string): void => void process.stdout.write(`${s}\n`);
const uuid = (): string => crypto.randomUUID();

function submissionBody(eform: { pages: { fields: { name: string; type: string; required?: boolean; options?: { value: string }[] }[] }[] }, components: { code: string }[]) {
  const value = (f: { type: string; options?: { value: string }[] }): unknown =>
    ({ taxCode: '0100109106', phone: '0912345678', personalId: '064095012345', number: 1, date: '2020-01-01', checkbox: true, email: 'a@example.vn' })[f.type] ??
    (f.type === 'select' ? f.options![0]!.value : 'Nội dung kê khai mẫu');
  return {
    procedureCode: PROCEDURE,
    channel: 'DESK',
    applicant: {
      type: 'ORGANISATION',
      person: { fullName: 'Nguyễn Văn An', personalId: '064095012345' },
      organisation: { name: 'Công ty TNHH In Phố Núi', taxCode: '0100109106' },
    },
    formData: Object.fromEntries(eform.pages.flatMap((p) => p.fields.filter((f) => f.required).map((f) => [f.name, value(f)]))),
    components: components.map((c) => ({ code: c.code, provided: true })),
  };
}

async function main(scratch: Scratch): Promise<void> {
  say(`motcua benchmark — ${scratch.kind}, ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}`);
  say(`receipts: ${SPREAD ? 'spread over every desk of the province' : "all at the provincial centre's desk (one gapless daily counter)"}`);
  say(`settings: ${SECONDS} s per measurement after ${WARMUP} s warm-up, concurrency ${CONCURRENCY}, ${DOSSIERS.toLocaleString('en')} seeded dossiers, pool ${POOL}`);
  // 1. Prepare in process: migrate, demo data, bulk load, and capture one request of each kind.
  const recorder = new Recorder();
  const config = loadConfig({ ...scratch.env, MOTCUA_ENV: 'development', MOTCUA_DEMO_DATA: 'always', LOG_LEVEL: 'warn', MOTCUA_DB_POOL_MAX: String(POOL) });
  const database = await openDatabase(
    scratch.kind === 'postgresql' ? { kind: 'postgresql', url: scratch.url!, poolMax: POOL, queryLog: recorder.log } : { kind: 'pglite', dataDir: `${scratch.dataDir}/pglite`, queryLog: recorder.log },
  );
  const app = await createApp(config, { database, logger: createLogger('warn') });
  const t0 = performance.now();
  await bulkLoadDossiers(database.db, DOSSIERS, (n) => process.stdout.write(`\rloading dossiers: ${n.toLocaleString('en')}`));
  say(`\rloaded ${DOSSIERS.toLocaleString('en')} dossiers in ${fmt((performance.now() - t0) / 1000)} s`);

  const inject = async (method: string, url: string, token?: string, body?: unknown) => {
    const res = await app.http.inject({ method: method as 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(body !== undefined ? { payload: body as object } : {}) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const tokenOf = async (username: string) => (await inject('POST', '/api/v1/auth/login', undefined, { username, password: DEMO_PASSWORD })).token as string;
  // A desk officer at every desk of the province (DESK_OFFICER on the whole tree), for the spread run.
  const admin = await tokenOf('quantri');
  await inject('POST', '/api/v1/admin/officers', admin, {
    username: 'bench.motcua', fullName: 'Cán bộ một cửa (đo tải)', password: DEMO_PASSWORD, grants: [{ role: 'DESK_OFFICER', agencyCode: 'H21' }],
  });
  const deskUser = SPREAD ? 'bench.motcua' : 'motcua.tinh';
  const desk = await tokenOf(deskUser);
  const desks = ((await inject('GET', '/api/v1/desks')).items as { code: string; agencyCode: string }[]).filter((d) => !SPREAD || d.agencyCode.startsWith('H21'));
  const proc = await inject('GET', `/api/v1/procedures/${PROCEDURE}`);
  const body = submissionBody(proc.eform, proc.components);
  // Warm every cache (token, procedure version, calendar, agencies) so the capture holds only per-request SQL.
  const warm = await inject('POST', '/api/v1/dossiers', desk, { ...body, receivingDeskCode: 'H21.02.QN' });
  await inject('POST', `/api/v1/dossiers/${warm.id}/receive`, desk, {});
  const submit = await recorder.record(() => inject('POST', '/api/v1/dossiers', desk, { ...body, receivingDeskCode: 'H21.02.QN' }));
  const receive = await recorder.record(() => inject('POST', `/api/v1/dossiers/${submit.result.id}/receive`, desk, {}));
  const codes = await sampleCodes(database.db, 20_000);
  for (const c of codes.slice(0, 400)) await inject('GET', `/api/v1/public/dossiers/${c}`); // load every procedure version once
  const lookup = await recorder.record(() => inject('GET', `/api/v1/public/dossiers/${codes[0]}`));
  const queues: Record<string, Statement[]> = {};
  for (const user of QUEUE_OFFICERS) {
    const token = await tokenOf(user);
    await inject('GET', '/api/v1/dossiers?view=work&limit=50', token);
    queues[user] = (await recorder.record(() => inject('GET', '/api/v1/dossiers?view=work&limit=50', token))).statements;
  }
  const refRows = (await database.db.execute(
    sql`SELECT id::text FROM agencies UNION ALL SELECT id::text FROM procedures UNION ALL SELECT id::text FROM procedure_versions
        UNION ALL SELECT id::text FROM workflow_definitions UNION ALL SELECT id::text FROM officers UNION ALL SELECT id::text FROM one_stop_desks
        UNION ALL SELECT id::text FROM api_clients`,
  )) as unknown as { rows: { id: string }[] };
  const reference = new Set(refRows.rows.map((r) => r.id.toLowerCase()));
  const pairStatements = [...submit.statements, ...receive.statements];
  const created = createdIds(pairStatements, reference);
  const code = String(receive.result.code);
  if (process.env.BENCH_DUMP_SQL) (await import('node:fs')).writeFileSync(process.env.BENCH_DUMP_SQL, JSON.stringify({ url: scratch.url, submit: submit.statements, receive: receive.statements, lookup: lookup.statements, queue: queues['motcua.tinh'] }));
  if (process.env.BENCH_SHOW_SQL) for (const s of [...pairStatements, ...lookup.statements]) say(`  ${s.sql.replace(/\s+/g, ' ').slice(0, 110)}`);
  say(`captured: submit ${submit.statements.length} statements, receive ${receive.statements.length}, look-up ${lookup.statements.length}, work queue ${queues['motcua.tinh']!.length}`);
  await app.close();
  await database.close();

  // 2. motcua over HTTP, as a separate process.
  const server = await startServer({ ...scratch.env, MOTCUA_DB_POOL_MAX: String(POOL) }, 31_000 + (process.pid % 1000));
  const http = new Pool(server.url, { connections: CONCURRENCY * 2, pipelining: 1 });
  const call = async (method: 'GET' | 'POST', path: string, token?: string, payload?: unknown) => {
    const res = await http.request({
      method,
      path,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(payload !== undefined ? { body: JSON.stringify(payload) } : {}),
    });
    const json = (await res.body.json()) as Record<string, unknown>;
    if (res.statusCode >= 300) throw new Error(`${method} ${path} → ${res.statusCode} ${JSON.stringify(json)}`);
    return json;
  };
  const deskToken = String((await call('POST', '/api/v1/auth/login', undefined, { username: deskUser, password: DEMO_PASSWORD })).token);
  const deskFor = (i: number) => (SPREAD ? desks[i % desks.length]! : desks.find((d) => d.code === 'H21.02.QN')!);
  const results: Record<string, { motcua: Summary; ceiling?: Summary }> = {};

  say('\nmeasuring motcua over HTTP …');
  if (ONLY.has('submissions')) results.submissions = {
    motcua: await closedLoop(CONCURRENCY, WARMUP, SECONDS, async (i) => {
      const created = await call('POST', '/api/v1/dossiers', deskToken, { ...body, receivingDeskCode: deskFor(i).code });
      await call('POST', `/api/v1/dossiers/${String(created.id)}/receive`, deskToken, {});
    }),
  };
  if (ONLY.has('lookups')) results.lookups = {
    motcua: await closedLoop(CONCURRENCY, WARMUP, SECONDS, async (i) => {
      await call('GET', `/api/v1/public/dossiers/${codes[i % codes.length]}`);
    }),
  };
  for (const user of ONLY.has('queues') ? QUEUE_OFFICERS : []) {
    const token = String((await call('POST', '/api/v1/auth/login', undefined, { username: user, password: DEMO_PASSWORD })).token);
    const latencies: number[] = [];
    for (let i = 0; i < 230; i++) {
      const t = performance.now();
      await call('GET', '/api/v1/dossiers?view=work&limit=50', token);
      if (i >= 30) latencies.push(performance.now() - t);
    }
    results[`queue:${user}`] = { motcua: summarise(latencies, latencies.reduce((a, b) => a + b, 0) / 1000) };
  }
  await http.close();
  await server.stop();

  // 3. The ceiling: the same statements through the bare driver.
  say('measuring the ceiling (same SQL, bare driver) …');
  const raw = await openRawDriver(scratch.kind === 'postgresql' ? { url: scratch.url!, poolMax: POOL } : { dataDir: `${scratch.dataDir}/pglite` });
  let n = 0;
  if (results.submissions) results.submissions.ceiling = await closedLoop(CONCURRENCY, WARMUP, SECONDS, async () => {
    const swap = new Map<string, string>(created.map((id) => [id, uuid()]));
    swap.set(code, `${code.slice(0, -4)}C${String(++n).padStart(7, '0')}`);
    const replay = substitute(pairStatements, swap);
    await raw.run(replay.slice(0, submit.statements.length));
    await raw.run(replay.slice(submit.statements.length));
  });
  if (results.lookups) results.lookups.ceiling = await closedLoop(CONCURRENCY, WARMUP, SECONDS, async (i) => {
    await raw.run(substitute(lookup.statements, new Map([[codes[0]!, codes[i % codes.length]!]])));
  });
  for (const user of ONLY.has('queues') ? QUEUE_OFFICERS : []) {
    const latencies: number[] = [];
    for (let i = 0; i < 230; i++) {
      const t = performance.now();
      await raw.run(queues[user]!);
      if (i >= 30) latencies.push(performance.now() - t);
    }
    results[`queue:${user}`]!.ceiling = summarise(latencies, latencies.reduce((a, b) => a + b, 0) / 1000);
  }
  await raw.close();

  // 4. Report.
  say(`\n${'measurement'.padEnd(30)} ${'motcua'.padStart(24)} ${'ceiling (bare driver)'.padStart(26)} ${'share'.padStart(7)}`);
  const row = (name: string, r: { motcua: Summary; ceiling?: Summary }, rate: boolean) => {
    const m = r.motcua;
    const c = r.ceiling;
    const cell = (s: Summary | undefined) => (s ? (rate ? `${fmt(s.perSecond, 0)}/s p99 ${fmt(s.p99)} ms` : `p50 ${fmt(s.p50, 2)} p95 ${fmt(s.p95, 2)} ms`) : '—');
    const share = c ? (rate ? m.perSecond / c.perSecond : c.p95 / m.p95) : Number.NaN;
    say(`${name.padEnd(30)} ${cell(m).padStart(24)} ${cell(c).padStart(26)} ${`${fmt(share * 100, 0)} %`.padStart(7)}`);
  };
  if (results.submissions) row('submissions (submit+receive)', results.submissions, true);
  if (results.lookups) row('public look-ups', results.lookups, true);
  for (const user of ONLY.has('queues') ? QUEUE_OFFICERS : []) row(`work queue ${user}`, results[`queue:${user}`]!, false);
  say('\nHow: closed loops of CONCURRENCY clients (undici) against a motcua process on loopback; the ceiling replays the');
  say('statements captured from one request of each kind (same SQL, parameters and transactions; new ids per iteration)');
  say('through pg (or PGlite in process). Work queues: 200 sequential requests after 30 warm-up, 50 items per page.');
  say(`\nJSON: ${JSON.stringify({ kind: scratch.kind, seconds: SECONDS, concurrency: CONCURRENCY, dossiers: DOSSIERS, results })}`);
}

runOnScratch(createScratch, main, say);
