// "No input may produce a 500." Random, malformed and hostile requests — junk bodies, mutated valid
// bodies, prototype keys, odd headers, random path segments and query strings — at every write
// endpoint and at the GET endpoints with parameters. Each answer must keep the error contract
// (support/http-contract.ts). Part of every run carries real officer tokens and real dossier ids, so
// that validation deeper than sign-in and routing is reached. The classes of input that answered
// 500 at commit 3813945 are also pinned one by one in no-500.regressions.test.ts.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/modules/identity/index.ts';
import { versionInputOf } from '../../src/modules/catalog/seed/demo-procedure.ts';
import { demoProcedures } from '../../src/modules/catalog/seed/procedures/index.ts';
import { ActionInput } from '../../src/modules/dossiers/index.ts';
import { act, create, officerId, submission } from '../support/dossier-fixtures.ts';
import { DEMO_CLIENT_TOKEN, startTestApp, type TestApp } from '../support/test-app.ts';
import {
  acceptLanguage,
  authorization,
  bodyPart,
  contentType,
  dateString,
  encodeSegment,
  headerText,
  headersPart,
  junk,
  mutated,
  pathPart,
  plausible,
  query,
  queryPart,
  requestOf,
  segment,
  text,
  versionString,
  type Part,
} from './support/arbitraries.ts';
import { assertContract, describeRequest, send, type RawRequest } from './support/http-contract.ts';

/** Fixed, so that runs are repeatable; FUZZ_SEED=<n> (other inputs) and FUZZ_RUNS=<k> (k times the runs) explore by hand. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_302);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);

/** Calendar codes: the demo's VN, or a well-formed code of no calendar, or any text. */
const calendarCode: Part<string[]> = {
  good: fc.constant(['VN']),
  bad: fc.tuple(segment('XYZ', 'H21', 'VN_2', 'A'.repeat(20))),
};

/** Calendar dates the engine can work with (the lunar calendar covers 1800–2199). */
const goodDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Status codes seen per property, to show (and assert) that the fuzzing reaches past sign-in and validation. */
type Seen = Map<number, number>;

/** Runs the contract property over generated requests; on failure, reports the smallest failing request briefly. */
async function check(arb: fc.Arbitrary<RawRequest>, t: () => TestApp, numRuns: number): Promise<Seen> {
  const seen: Seen = new Map();
  const details = await fc.check(
    fc.asyncProperty(arb, async (req) => {
      const res = await send(t(), req);
      seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
      assertContract(describeRequest(req), res);
    }),
    { seed: SEED, numRuns: numRuns * RUNS, interruptAfterTimeLimit: 30_000 * RUNS },
  );
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`contract broken after ${details.numRuns} runs (seed ${SEED}, shrunk ${details.numShrinks}×):\n${cause.slice(0, 1500)}`);
  }
  return seen;
}

/** Asserts that some generated requests got past validation: an answer other than 400/401/415. */
function expectDepth(seen: Seen, ...wanted: number[]): void {
  const deep = [...seen.keys()].filter((s) => wanted.includes(s));
  expect(deep, `statuses seen: ${JSON.stringify(Object.fromEntries(seen))}`).not.toHaveLength(0);
}

type Url = (path: string[]) => string;

/** Write requests built from a path, a body and headers, any of which may be the hostile part. */
function writes(method: RawRequest['method'], url: Url, path: Part<string[]>, body: Part<unknown>, tokens: string[]): fc.Arbitrary<RawRequest> {
  return requestOf({ path, body, headers: headersPart(tokens) }).map(({ path: p, body: b, headers }) => ({
    method,
    url: url(p),
    headers,
    ...(b !== undefined ? { payload: b } : {}),
  }));
}

/** GET requests built from a path, a query string and headers, any of which may be the hostile part. */
function reads(url: Url, path: Part<string[]>, q: Part<string>, tokens: string[]): fc.Arbitrary<RawRequest> {
  return requestOf({ path, q, headers: headersPart(tokens) }).map(({ path: p, q: qs, headers }) => ({
    method: 'GET' as const,
    url: `${url(p)}${qs}`,
    headers: { authorization: headers.authorization, 'accept-language': headers['accept-language'] },
  }));
}

const noPath: Part<string[]> = { good: fc.constant([]), bad: fc.constant([]) };
const noQuery: Part<string> = { good: fc.constant(''), bad: query({ x: text }) };
const fixed = (u: string): Url => () => u;

/** A valid example body of every action type (taken as a whole, or mutated). */
function actionExamples(ids: { specialist: string }): Record<string, Record<string, unknown>> {
  const items = [{ componentCode: 'TP01', description: 'Bản sao giấy phép đã cấp', reason: 'Thiếu bản sao' }];
  return {
    receive: { type: 'receive', componentsProvided: [] },
    request_intake_supplement: { type: 'request_intake_supplement', items, reason: 'Hồ sơ còn thiếu giấy tờ' },
    complete_intake_supplement: { type: 'complete_intake_supplement', componentsProvided: ['TP01'], formData: {} },
    reject_intake: { type: 'reject_intake', reason: 'Không thuộc thẩm quyền' },
    transfer: { type: 'transfer' },
    assign: { type: 'assign', assigneeId: ids.specialist },
    forward: { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Hồ sơ đủ điều kiện' } },
    request_supplement: { type: 'request_supplement', items, reason: 'Cần bổ sung bản sao' },
    complete_supplement: { type: 'complete_supplement', componentsProvided: ['TP01'] },
    consult: { type: 'consult', agencyCode: 'H21.14', question: 'Xin ý kiến về mức phí', dueInWorkingDays: 3 },
    reply_consultation: { type: 'reply_consultation', consultationId: '019cac46-1500-7000-8000-000000000001', answer: 'Thống nhất' },
    start_interagency: {
      type: 'start_interagency',
      mode: 'PARALLEL',
      participants: [{ agencyCode: 'H21.70', role: 'LEAD', budget: { amount: 3, unit: 'WORKING_DAY' }, instructions: 'Xác minh nhân thân' }],
    },
    complete_task: { type: 'complete_task', taskId: '019cac46-1500-7000-8000-000000000002', outcome: 'Đã xác minh' },
    approve: { type: 'approve' },
    refuse: { type: 'refuse', reason: 'Không đủ điều kiện' },
    sign: { type: 'sign' },
    issue_result: { type: 'issue_result', documentNumber: '12/GP-SKHCN' },
    request_payment: { type: 'request_payment' },
    record_payment: { type: 'record_payment', method: 'CASH', amount: 15_000, reference: 'BL-0001' },
    return_result: { type: 'return_result', method: 'AT_DESK', receivedBy: 'Nguyễn Văn An' },
    extend: { type: 'extend', reason: 'Cần xác minh thêm tại cơ sở', extraWorkingDays: 3 },
    stop: { type: 'stop', reason: 'Người nộp đề nghị dừng' },
    withdraw: { type: 'withdraw', reason: 'Người nộp rút hồ sơ' },
  };
}

describe('no input produces a 500', () => {
  let t: TestApp;
  const app = () => t;
  let tokens: string[] = [];
  let adminTokens: string[] = [];
  /** Officers who may read dossiers: an administrator sees none (ADR 0008), so its answers are all 404. */
  let dossierTokens: string[] = [];
  let refs: string[] = [];
  let examples: Record<string, Record<string, unknown>> = {};
  let submissions: Record<string, unknown>[] = [];
  let definition: Record<string, unknown> = {};
  let workflowKey = '';

  beforeAll(async () => {
    t = await startTestApp();
    const names = ['motcua.tinh', 'khcn.truongphong', 'khcn.chuyenvien', 'khcn.giamdoc', 'khcn.vanthu', 'pleiku.motcua', 'giamsat', 'quantri'];
    const byName = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await t.login(n)] as const)));
    tokens = [...Object.values(byName), DEMO_CLIENT_TOKEN];
    adminTokens = [byName.quantri!, byName.giamsat!, byName['motcua.tinh']!];
    dossierTokens = tokens.filter((tk) => tk !== byName.quantri);
    const desk = byName['motcua.tinh']!;
    const specialist = await officerId(t, 'khcn.chuyenvien');

    // Dossiers in several states, so that action bodies reach the workflow, the guards and the effects.
    const body = await submission(t, '1.004230');
    const submitted = await create(t, desk, body);
    const received = await create(t, desk, body);
    await act(t, desk, received.id, { type: 'receive' });
    const appraisal = await create(t, desk, body);
    await act(t, desk, appraisal.id, { type: 'receive' });
    await act(t, desk, appraisal.id, { type: 'transfer' });
    await act(t, byName['khcn.truongphong']!, appraisal.id, { type: 'assign', assigneeId: specialist });
    const approval = await create(t, desk, body);
    await act(t, desk, approval.id, { type: 'receive' });
    await act(t, desk, approval.id, { type: 'transfer' });
    await act(t, byName['khcn.truongphong']!, approval.id, { type: 'assign', assigneeId: specialist });
    await act(t, byName['khcn.chuyenvien']!, approval.id, { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Đủ điều kiện' } });
    const birth = await submission(t, '1.001193', { competentAgencyCode: 'H21.55' });
    const ward = await create(t, byName['pleiku.motcua']!, birth);
    const wardReceived = await create(t, byName['pleiku.motcua']!, birth);
    const wr = await act(t, byName['pleiku.motcua']!, wardReceived.id, { type: 'receive' });
    const all = [submitted, received, appraisal, approval, ward, wardReceived];
    refs = [...all.map((d) => d.id as string), wr.code as string, 'H21.02-260302-0002'];
    examples = actionExamples({ specialist });
    submissions = [body, birth, { ...body, channel: 'DVCQG', submittedAt: '2026-03-01T20:00:00+07:00' }];
    const flows = (await t.request('GET', '/api/v1/workflows')).body.items as { key: string; version: number }[];
    const flow = flows.find((w) => w.key.startsWith('province-standard-'))!;
    workflowKey = flow.key;
    definition = (await t.request('GET', `/api/v1/workflows/${flow.key}/${flow.version}`)).body.definition;
    expect(definition).toHaveProperty('steps');
  });
  afterAll(() => t.close());

  describe('dossier writes', () => {
    it('POST /api/v1/dossiers', async () => {
      const body: Part<unknown> = {
        good: fc.constantFrom(...submissions).chain(plausible),
        bad: fc.constantFrom(...submissions).chain(mutated),
      };
      expectDepth(await check(writes('POST', fixed('/api/v1/dossiers'), noPath, body, tokens), app, 60), 201, 403, 404, 422);
    });

    it('POST /api/v1/dossiers/{id}/actions, for each action type', async () => {
      const types = ActionInput.options.map((o) => o.shape.type.value as string);
      expect(Object.keys(examples).sort(), 'an example body for every action type').toEqual([...types].sort());
      const all: Seen = new Map();
      for (const example of Object.values(examples)) {
        const seen = await check(writes('POST', ([id]) => `/api/v1/dossiers/${id}/actions`, pathPart(refs), bodyPart(example), dossierTokens), app, 8);
        for (const [status, n] of seen) all.set(status, (all.get(status) ?? 0) + n);
      }
      for (const status of [403, 404, 409]) expectDepth(all, status);
    });

    it('POST /api/v1/dossiers/{id}/receive', async () => {
      const body = bodyPart({ componentsProvided: ['TP01'], note: 'Đã nhận đủ', expectedVersion: 1 });
      expectDepth(await check(writes('POST', ([id]) => `/api/v1/dossiers/${id}/receive`, pathPart(refs), body, tokens), app, 30), 403, 404, 409);
    });
  });

  describe('sign-in and sign-out', () => {
    it('POST /api/v1/auth/login', async () => {
      // A wrong password for an account no other test here needs (so that lock-outs do not matter).
      const body = bodyPart({ username: 'noivu.chuyenvien', password: 'sai-mat-khau-2025' });
      expectDepth(await check(writes('POST', fixed('/api/v1/auth/login'), noPath, body, tokens), app, 25), 401, 423);
    });

    it('POST /api/v1/auth/logout', async () => {
      const sacrificial = [await t.login('taichinh.chuyenvien'), await t.login('tuphap.chuyenvien')];
      const body: Part<unknown> = { good: fc.constant(undefined), bad: junk };
      expectDepth(await check(writes('POST', fixed('/api/v1/auth/logout'), noPath, body, sacrificial), app, 30), 204, 401);
    });
  });

  describe('administration writes', () => {
    it('POST /api/v1/admin/officers and /api/v1/admin/api-clients', async () => {
      const officer = { username: 'fuzz.officer', fullName: 'Cán bộ thử nghiệm', password: 'matkhau-2025', grants: [{ role: 'SPECIALIST', agencyCode: 'H21.10', includeSubtree: false }] };
      expectDepth(await check(writes('POST', fixed('/api/v1/admin/officers'), noPath, bodyPart(officer), adminTokens), app, 40), 201, 403, 409);
      const client = { name: 'Hệ thống thử nghiệm', grants: [{ role: 'INTEGRATION', agencyCode: 'H21' }], tokenDays: 30 };
      expectDepth(await check(writes('POST', fixed('/api/v1/admin/api-clients'), noPath, bodyPart(client), adminTokens), app, 30), 201, 403);
    });

    it('POST /api/v1/admin/workflows, /validate and /{key}/{version}/publish', async () => {
      const validate = bodyPart({ definition, legalLimit: { amount: 15, unit: 'WORKING_DAY' } });
      expectDepth(await check(writes('POST', fixed('/api/v1/admin/workflows/validate'), noPath, validate, adminTokens), app, 30), 200, 403);
      const draft = bodyPart({ ...definition, key: 'fuzz-flow', version: 1 });
      expectDepth(await check(writes('POST', fixed('/api/v1/admin/workflows'), noPath, draft, adminTokens), app, 30), 201, 403, 409);
      const path: Part<string[]> = { good: fc.tuple(fc.constantFrom('fuzz-flow', workflowKey), fc.constantFrom('1', '2')), bad: fc.tuple(segment('fuzz-flow', workflowKey), versionString) };
      const publish = writes('POST', ([k, v]) => `/api/v1/admin/workflows/${k}/${v}/publish`, path, { good: fc.constant(undefined), bad: junk }, adminTokens);
      expectDepth(await check(publish, app, 30), 200, 403, 404, 409, 422);
    });

    it('POST /api/v1/admin/procedures/{code}/versions and …/{version}/publish', async () => {
      const demo = demoProcedures.find((p) => p.code === '1.004230')!;
      const input = versionInputOf(demo, { key: workflowKey, version: 1 }, demo.agencies === 'COMMUNES' ? ['H21.55'] : demo.agencies);
      const codes = ['1.004230', '9.999999', '1.004230.H21'];
      const draft = writes('POST', ([c]) => `/api/v1/admin/procedures/${c}/versions`, pathPart(codes), bodyPart(input), adminTokens);
      expectDepth(await check(draft, app, 30), 201, 403, 404);
      const path: Part<string[]> = { good: fc.tuple(fc.constantFrom(...codes), fc.constantFrom('1', '2', '3')), bad: fc.tuple(segment(...codes), versionString) };
      const publish = writes('POST', ([c, v]) => `/api/v1/admin/procedures/${c}/versions/${v}/publish`, path, { good: fc.constant(undefined), bad: junk }, adminTokens);
      expectDepth(await check(publish, app, 30), 200, 403, 404, 409, 422);
    });

    it('PUT/PATCH /api/v1/admin/calendar/{calendar}/days/{date} and PUT …/years/{year}', async () => {
      const day: Part<string[]> = {
        good: fc.tuple(calendarCode.good.map(([c]) => c!), goodDate),
        bad: fc.tuple(fc.oneof(calendarCode.good, calendarCode.bad).map(([c]) => c!), dateString.map(encodeSegment)),
      };
      const dayUrl: Url = ([c, d]) => `/api/v1/admin/calendar/${c}/days/${d}`;
      const row = { type: 'HOLIDAY', label: 'Nghỉ thử nghiệm', sourceDocument: 'Thông báo số 01/TB-UBND', optional: true, active: false };
      expectDepth(await check(writes('PUT', dayUrl, day, bodyPart(row), adminTokens), app, 40), 200, 403);
      expectDepth(await check(writes('PATCH', dayUrl, day, bodyPart({ active: false }), adminTokens), app, 30), 200, 403, 404);
      const year: Part<string[]> = {
        good: fc.tuple(calendarCode.good.map(([c]) => c!), fc.integer({ min: 1900, max: 2199 }).map(String)),
        bad: fc.tuple(fc.oneof(calendarCode.good, calendarCode.bad).map(([c]) => c!), fc.oneof(fc.integer({ min: 1800, max: 2300 }).map(String), versionString)),
      };
      const yearBody = bodyPart({ status: 'PROVISIONAL', sourceDocument: 'Thông báo số 02/TB-UBND' });
      expectDepth(await check(writes('PUT', ([c, y]) => `/api/v1/admin/calendar/${c}/years/${y}`, year, yearBody, adminTokens), app, 30), 200, 403);
    });

    it('POST /api/v1/admin/jobs/{id}/retry', async () => {
      const path = pathPart(['dossiers.deadline-scan@2026-03-02T02:00:00.000Z', 'x:019cac46-1500-7000-8000-000000000001']);
      expectDepth(await check(writes('POST', ([id]) => `/api/v1/admin/jobs/${id}/retry`, path, { good: fc.constant(undefined), bad: junk }, adminTokens), app, 30), 403, 404);
    });
  });

  describe('reads with parameters', () => {
    it('GET /api/v1/calendar/due-date and /holidays and /{calendar}/days', async () => {
      // Good starts and amounts stay where the lunar calendar (1800–2199) can follow them; hostile ones go anywhere.
      const startIn = (min: string, max: string) =>
        fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().replace('Z', '+07:00')));
      const start = startIn('1990-01-01T00:00:00Z', '2100-12-31T00:00:00Z');
      const good = {
        start,
        amount: fc.integer({ min: 0, max: 1000 }).map(String),
        unit: fc.constantFrom('working_days', 'working_hours', 'days', 'hours', 'months'),
        agency: fc.constantFrom('H21.10', 'H21.55', '000.00.10.H21', 'H21.09'),
        procedure: fc.constantFrom('1.004230', '1.001193'),
      };
      const hostile = {
        ...good,
        start: fc.oneof(start, start.map((s) => s.slice(0, 10)), startIn('0001-01-01T00:00:00Z', '9999-12-31T00:00:00Z'), fc.constantFrom('0000-01-01T00:00:00Z', '2199-12-31T23:00:00Z')),
        amount: fc.oneof(good.amount, fc.integer({ min: 0, max: 3650 }).map(String), fc.constantFrom('-1', '0.5', '1e2', 'abc', '', '3651', '3650')),
        unit: fc.constantFrom('working_days', 'weeks', 'WORKING_DAYS', ''),
        agency: fc.constantFrom('H21.10', 'ZZZ', ''),
        procedure: fc.constantFrom('1.004230', '9.999999', 'x'),
      };
      const due = queryPart(hostile, ['start', 'amount', 'unit'], good);
      expectDepth(await check(reads(fixed('/api/v1/calendar/due-date'), noPath, due, tokens), app, 60), 200, 404);
      const holidays = queryPart({ year: fc.oneof(fc.integer({ min: 1850, max: 2250 }).map(String), versionString), agency: fc.constantFrom('H21.10', 'ZZZ') }, ['year'], {
        year: fc.integer({ min: 1900, max: 2199 }).map(String),
        agency: fc.constantFrom('H21.10', 'H21.55'),
      });
      expectDepth(await check(reads(fixed('/api/v1/calendar/holidays'), noPath, holidays, tokens), app, 30), 200, 404);
      const days = queryPart({ from: dateString, to: dateString }, ['from', 'to'], { from: goodDate, to: goodDate });
      expectDepth(await check(reads(([c]) => `/api/v1/calendar/${c}/days`, calendarCode, days, tokens), app, 30), 200);
    });

    it('GET /api/v1/validation/personal-id/{id} and /tax-code/{code}', async () => {
      const id: Part<string[]> = { good: fc.tuple(fc.stringMatching(/^\d{9}(\d{3})?$/)), bad: fc.tuple(fc.oneof(fc.stringMatching(/^\d{8,13}$/), segment('064095012345'))) };
      const known = queryPart({ birthDate: dateString, sex: fc.constantFrom('male', 'female', 'other') }, [], { birthDate: goodDate, sex: fc.constantFrom('male', 'female') });
      expectDepth(await check(reads(([i]) => `/api/v1/validation/personal-id/${i}`, id, known, tokens), app, 40), 200);
      const code: Part<string[]> = { good: fc.tuple(fc.stringMatching(/^\d{10}(-\d{3})?$/)), bad: fc.tuple(fc.oneof(fc.stringMatching(/^\d{9,14}-?\d{0,4}$/), segment('0100109106'))) };
      expectDepth(await check(reads(([c]) => `/api/v1/validation/tax-code/${c}`, code, noQuery, tokens), app, 40), 200);
    });

    it('GET /api/v1/procedures (search), /procedures/{code} and /{code}/versions', async () => {
      const good = {
        q: fc.constantFrom('cap giay phep in', 'khai sinh', 'bưu chính', 'giay phep buu chin', '1.001193', 'chứng thực'),
        field: fc.constantFrom('H21-XBIN', 'H21-BUUC'),
        agency: fc.constantFrom('H21.10', 'H21.55', '000.00.10.H21'),
        level: fc.constantFrom('PROVINCE', 'COMMUNE'),
        online: fc.constantFrom('FULL', 'PARTIAL', 'NONE'),
        lifeEvent: fc.constantFrom('birth', 'business'),
        limit: fc.integer({ min: 1, max: 100 }).map(String),
        offset: fc.integer({ min: 0, max: 50 }).map(String),
      };
      const hostile = {
        ...good,
        q: text.filter((s) => s.length < 300),
        field: fc.constantFrom('XBIN', '', 'H21-XBIN'),
        agency: fc.constantFrom('ZZZ', 'H21.10'),
        level: fc.constantFrom('CENTRAL', 'province'),
        online: fc.constantFrom('YES', 'FULL'),
        lifeEvent: fc.constantFrom('war', 'birth'),
        limit: fc.oneof(fc.integer({ min: -5, max: 500 }).map(String), versionString),
        offset: fc.oneof(fc.integer({ min: -5, max: 20_000 }).map(String), versionString),
      };
      expectDepth(await check(reads(fixed('/api/v1/procedures'), noPath, queryPart(hostile, [], good), tokens), app, 60), 200, 404);
      const code = pathPart(['1.004230', '1.001193', '9.999999', '1.004230.H21']);
      const version = queryPart({ version: versionString }, [], { version: fc.constantFrom('1', '2') });
      expectDepth(await check(reads(([c]) => `/api/v1/procedures/${c}`, code, version, tokens), app, 40), 200, 404);
      expectDepth(await check(reads(([c]) => `/api/v1/procedures/${c}/versions`, code, noQuery, tokens), app, 20), 200, 404);
    });

    it('GET /api/v1/public/dossiers/{code}', async () => {
      const code: Part<string[]> = { good: fc.tuple(fc.oneof(fc.constantFrom(...refs.filter((r) => r.includes('-'))), fc.stringMatching(/^H21\.(02|55)-26030[12]-\d{4}$/))), bad: pathPart(refs).bad };
      expectDepth(await check(reads(([c]) => `/api/v1/public/dossiers/${c}`, code, noQuery, tokens), app, 40), 200, 404);
    });

    it('GET /api/v1/dossiers (lists, with cursors) and /dossiers/{id}', async () => {
      // Real cursors come from real pages; hostile ones are any text, or decodable with a bad id or date.
      const first = await t.request('GET', '/api/v1/dossiers?limit=1', { token: tokens[0] });
      expect(first.body.nextCursor).toBeTypeOf('string');
      const goodCursor = fc.constantFrom(first.body.nextCursor as string, Buffer.from(`${Date.parse('2026-03-02T00:00:00Z')}|019cac46-1500-7000-8000-000000000001`).toString('base64url'));
      const badCursor = fc.oneof(
        text.filter((s) => s.length < 200),
        fc.tuple(fc.oneof(fc.integer().map(String), fc.constantFrom('8640000000000000', '-62198755200000', '1e400', '')), fc.oneof(fc.uuid(), text.filter((s) => s.length < 60))).map(([ms, id]) =>
          Buffer.from(`${ms}|${id}`).toString('base64url'),
        ),
      );
      const good = {
        view: fc.constantFrom('work', 'all'),
        state: fc.constantFrom('SUBMITTED', 'RECEIVED,APPRAISAL'),
        risk: fc.constantFrom('NONE', 'OVERDUE'),
        open: fc.constantFrom('true', 'false'),
        procedure: fc.constantFrom('1.004230', '9.999999'),
        owner: fc.constantFrom('064195012345', '0100109106'),
        code: fc.constantFrom('H21.02', 'h21.02-2603', '%', '_'),
        cursor: goodCursor,
        limit: fc.integer({ min: 1, max: 200 }).map(String),
      };
      const hostile = {
        ...good,
        view: fc.constantFrom('mine', 'all'),
        state: fc.constantFrom('submitted', 'A,,B', 'SUBMITTED'),
        risk: fc.constantFrom('HIGH', 'NONE'),
        open: fc.constantFrom('1', 'true'),
        cursor: fc.oneof(goodCursor, badCursor),
        limit: fc.oneof(fc.integer({ min: -5, max: 300 }).map(String), versionString),
      };
      expectDepth(await check(reads(fixed('/api/v1/dossiers'), noPath, queryPart(hostile, [], good), tokens), app, 60), 200);
      expectDepth(await check(reads(([i]) => `/api/v1/dossiers/${i}`, pathPart(refs), noQuery, tokens), app, 40), 200, 404);
    });

    it('GET /api/v1/agencies, /agencies/{code}, /admin-units, /workflows/{key}/{version}, /admin/jobs, /admin/audit/{type}/{id}', async () => {
      const agencyGood = {
        kind: fc.constantFrom('DEPARTMENT', 'PEOPLES_COMMITTEE'),
        level: fc.constantFrom('PROVINCE', 'COMMUNE'),
        parent: fc.constantFrom('H21', '000.00.10.H21'),
        activeOn: goodDate,
        includeInactive: fc.constantFrom('true', 'false'),
      };
      const agencies = queryPart({ ...agencyGood, kind: fc.constantFrom('x', 'DEPARTMENT'), parent: fc.constantFrom('ZZZ', 'H21'), activeOn: dateString, includeInactive: fc.constantFrom('yes', 'true') }, [], agencyGood);
      expectDepth(await check(reads(fixed('/api/v1/agencies'), noPath, agencies, tokens), app, 30), 200, 404);
      const code = pathPart(['H21.10', '000.00.10.H21', 'H21.09', 'H21.02', 'ZZZ']);
      expectDepth(await check(reads(([c]) => `/api/v1/agencies/${c}`, code, noQuery, tokens), app, 30), 200, 404);
      const units = queryPart({ parent: fc.stringMatching(/^\d{1,6}$/), history: fc.constantFrom('true', 'false', 'x') }, [], { parent: fc.constantFrom('52', '21555', '99'), history: fc.constantFrom('true', 'false') });
      expectDepth(await check(reads(fixed('/api/v1/admin-units'), noPath, units, tokens), app, 20), 200, 404);
      const wf: Part<string[]> = { good: fc.tuple(fc.constantFrom(workflowKey, 'nope'), fc.constantFrom('1', '2')), bad: fc.tuple(segment(workflowKey), versionString) };
      expectDepth(await check(reads(([k, v]) => `/api/v1/workflows/${k}/${v}`, wf, noQuery, tokens), app, 30), 200, 404);
      const jobs = queryPart({ status: fc.constantFrom('dead', 'queued', 'x'), limit: versionString }, [], { status: fc.constantFrom('dead', 'done'), limit: fc.constantFrom('1', '100') });
      expectDepth(await check(reads(fixed('/api/v1/admin/jobs'), noPath, jobs, adminTokens), app, 20), 200, 403);
      const audit = pathPart(['dossier', 'officer', 'DOSSIER'], refs);
      expectDepth(await check(reads(([k, i]) => `/api/v1/admin/audit/${k}/${i}`, audit, noQuery, adminTokens), app, 30), 200, 403);
    });
  });

  describe('raw bodies that are not JSON objects', () => {
    it('every write endpoint answers malformed, empty, non-JSON and oversized (413) bodies with a well-formed 4xx', async () => {
      const id = refs[0]!;
      const endpoints: [RawRequest['method'], string][] = [
        ['POST', '/api/v1/dossiers'],
        ['POST', `/api/v1/dossiers/${id}/actions`],
        ['POST', `/api/v1/dossiers/${id}/receive`],
        ['POST', '/api/v1/auth/login'],
        ['POST', '/api/v1/auth/logout'],
        ['POST', '/api/v1/admin/officers'],
        ['POST', '/api/v1/admin/api-clients'],
        ['POST', '/api/v1/admin/workflows'],
        ['POST', '/api/v1/admin/workflows/validate'],
        ['POST', `/api/v1/admin/workflows/${workflowKey}/1/publish`],
        ['POST', '/api/v1/admin/procedures/1.004230/versions'],
        ['POST', '/api/v1/admin/procedures/1.004230/versions/1/publish'],
        ['PUT', '/api/v1/admin/calendar/VN/days/2026-12-24'],
        ['PATCH', '/api/v1/admin/calendar/VN/days/2026-12-24'],
        ['PUT', '/api/v1/admin/calendar/VN/years/2027'],
        ['POST', '/api/v1/admin/jobs/x/retry'],
      ];
      const payloads = [
        '{',
        '{"type":',
        'not json at all',
        '[1,2',
        '"just a string"',
        '123',
        'null',
        '[]',
        '{"__proto__":{"isAdmin":true},"type":"receive"}',
        '{"constructor":{"prototype":{"isAdmin":true}}}',
        '\ufeff{}',
        '{"a":1}{"b":2}',
        '',
      ];
      const quantri = adminTokens[0]!;
      let answered = 0;
      for (const [method, url] of endpoints) {
        for (const payload of payloads) {
          for (const ct of ['application/json', 'text/plain', 'application/x-www-form-urlencoded']) {
            const req: RawRequest = { method, url, headers: { authorization: `Bearer ${quantri}`, 'content-type': ct }, payload };
            const res = await send(t, req);
            assertContract(describeRequest(req), res);
            // Sign-out takes no body, so it may ignore one it cannot parse as long as it is not JSON.
            if (!url.endsWith('/logout')) expect(res.status, describeRequest(req)).toBeGreaterThanOrEqual(400);
            answered++;
          }
        }
      }
      expect(answered).toBe(endpoints.length * payloads.length * 3);
      // Over the 1 MiB body limit: 413, for every endpoint. A fresh token: the loop above signed the first
      // one out (sign-out ignores a body it cannot parse), and the caller is checked before any body is read.
      const huge = `{"note":"${'x'.repeat(1_100_000)}"}`;
      const signedIn = (await t.request('POST', '/api/v1/auth/login', { body: { username: 'quantri', password: DEMO_PASSWORD } })).body.token as string;
      for (const [method, url] of endpoints) {
        const req: RawRequest = { method, url, headers: { authorization: `Bearer ${signedIn}` }, payload: huge };
        const res = await send(t, req);
        assertContract(`${method} ${url} (1.1 MB)`, res);
        expect(res.status, `${method} ${url}`).toBe(413);
      }
    });

    it('prototype keys in a body never reach an object prototype', async () => {
      const res = await send(t, { method: 'POST', url: '/api/v1/auth/login', payload: '{"__proto__":{"polluted":true},"username":"a","password":"b"}' });
      expect(res.status).toBe(400);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('headers alone (no body, any content type) never cause a 500', async () => {
      const arb = fc.record({ lang: acceptLanguage, ct: contentType, auth: authorization(tokens), extra: headerText }).map(({ lang, ct, auth, extra }) => ({
        method: 'POST' as const,
        url: `/api/v1/dossiers/${refs[0]}/receive`,
        headers: { 'accept-language': lang, 'content-type': ct, authorization: auth, 'x-forwarded-for': extra, 'idempotency-key': extra },
      }));
      await check(arb, app, 40);
    });
  });
});
