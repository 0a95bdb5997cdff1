// One pinned reproduction per class of input that the no-500 fuzzing found answering 500 (or
// answering outside the error contract) at commit 3813945, fixed in cc55ab1. Each states the
// correct answer, so that the class cannot come back unnoticed even if the random generators
// happen not to draw it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, create, officerId, submission } from '../support/dossier-fixtures.ts';
import { DEMO_CLIENT_TOKEN, startTestApp, type TestApp } from '../support/test-app.ts';
import { contractViolations, describeRequest, send, type RawRequest } from './support/http-contract.ts';

describe('regressions: inputs that used to answer 500 or break the error contract', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let submitted = '';
  let appraisal = '';
  let spareSubmitted = '';
  let spareAppraisal = '';
  let workflowKey = '';
  let body: Record<string, unknown> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const n of ['quantri', 'motcua.tinh', 'khcn.truongphong', 'khcn.giamdoc']) tok[n] = await t.login(n);
    body = await submission(t, '1.004230');
    // Separate dossiers per case, so that an input that is accepted does not change what another case sees.
    submitted = (await create(t, tok['motcua.tinh']!, body)).id;
    spareSubmitted = (await create(t, tok['motcua.tinh']!, body)).id;
    const specialist = await officerId(t, 'khcn.chuyenvien');
    const toAppraisal = async () => {
      const id = (await create(t, tok['motcua.tinh']!, body)).id as string;
      await act(t, tok['motcua.tinh']!, id, { type: 'receive' });
      await act(t, tok['motcua.tinh']!, id, { type: 'transfer' });
      await act(t, tok['khcn.truongphong']!, id, { type: 'assign', assigneeId: specialist });
      return id;
    };
    appraisal = await toAppraisal();
    spareAppraisal = await toAppraisal();
    const flows = (await t.request('GET', '/api/v1/workflows')).body.items as { key: string }[];
    workflowKey = flows.find((w) => w.key.startsWith('province-standard-'))!.key;
  });
  afterAll(() => t.close());

  const as = (user: string | undefined, req: Omit<RawRequest, 'headers'> & { headers?: Record<string, string> }): RawRequest => ({
    ...req,
    headers: { ...(user ? { authorization: `Bearer ${user === 'client' ? DEMO_CLIENT_TOKEN : tok[user]}` } : {}), ...(req.headers ?? {}) },
  });

  /** The answer keeps the error contract, has one of the given statuses, and (for a 400) names the given field. */
  async function expectAnswer(req: RawRequest, statuses: number[], issuePath?: RegExp) {
    const res = await send(t, req);
    const what = `${describeRequest(req)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
    expect(contractViolations(res), what).toEqual([]);
    expect(statuses, what).toContain(res.status);
    if (issuePath) expect((res.body as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path), what).toContainEqual(expect.stringMatching(issuePath));
    return res;
  }

  describe('B1 — a NUL character (U+0000), which PostgreSQL cannot store, is refused with a 400 naming the field', () => {
    it('in a path parameter', () => expectAnswer(as('motcua.tinh', { method: 'GET', url: '/api/v1/dossiers/%00abc' }), [400, 404]));
    it('in a list filter', () => expectAnswer(as('motcua.tinh', { method: 'GET', url: '/api/v1/dossiers?owner=%00' }), [400], /owner$/));
    it('in a catalogue filter', () => expectAnswer({ method: 'GET', url: '/api/v1/procedures?field=%00' }, [400], /field$/));
    it('in a sign-in username', () => expectAnswer({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'a\u0000b', password: 'x' } }, [400, 401]));
    it('in an action note', () =>
      expectAnswer(as('motcua.tinh', { method: 'POST', url: `/api/v1/dossiers/${spareSubmitted}/actions`, payload: { type: 'reject_intake', reason: 'Thiếu giấy tờ', note: 'a\u0000b' } }), [400], /note$/));
    it('in a dossier title', () => expectAnswer(as('motcua.tinh', { method: 'POST', url: '/api/v1/dossiers', payload: { ...body, title: 'Hồ sơ\u0000' } }), [400], /title$/));
    it('in an audit entity id', () => expectAnswer(as('quantri', { method: 'GET', url: '/api/v1/admin/audit/dossier/%00' }), [400, 404]));
    it('in a job id', () => expectAnswer(as('quantri', { method: 'POST', url: '/api/v1/admin/jobs/%00/retry' }), [400, 404]));
    it('in a workflow key', () => expectAnswer({ method: 'GET', url: '/api/v1/workflows/%00/1' }, [400, 404]));
  });

  describe('B2 — a lone UTF-16 surrogate in a JSON string (which jsonb refuses) is refused with a 400 naming the field', () => {
    it('in the applicant’s name', () => {
      const b = body as { applicant: { person: Record<string, unknown> } };
      const payload = { ...b, applicant: { ...b.applicant, person: { ...b.applicant.person, fullName: 'ab\ud800cd' } } };
      return expectAnswer(as('motcua.tinh', { method: 'POST', url: '/api/v1/dossiers', payload }), [400], /fullName$/);
    });
    it('in a stop reason', () =>
      expectAnswer(as('khcn.giamdoc', { method: 'POST', url: `/api/v1/dossiers/${spareAppraisal}/actions`, payload: { type: 'stop', reason: 'abc\ud800def' } }), [400], /reason$/));
  });

  describe('B3 — a list cursor that decodes but holds a bad id or date is a 400 naming the cursor', () => {
    const cursor = (s: string) => Buffer.from(s).toString('base64url');
    it('a non-UUID id', () => expectAnswer(as('motcua.tinh', { method: 'GET', url: `/api/v1/dossiers?cursor=${cursor('123|notauuid')}` }), [400], /cursor$/));
    it('a timestamp beyond PostgreSQL’s range', () =>
      expectAnswer(as('motcua.tinh', { method: 'GET', url: `/api/v1/dossiers?cursor=${cursor('8640000000000000|019cac46-1500-7000-8000-000000000001')}` }), [400], /cursor$/));
  });

  describe('B4 — integers beyond PostgreSQL’s int4 are refused or not found, not sent to SQL', () => {
    it('?version= of a procedure', () => expectAnswer({ method: 'GET', url: '/api/v1/procedures/1.004230?version=99999999999' }, [400, 404]));
    it('a workflow version in the path', () => expectAnswer({ method: 'GET', url: `/api/v1/workflows/${workflowKey}/99999999999` }, [400, 404]));
    it('publishing a workflow version', () => expectAnswer(as('quantri', { method: 'POST', url: `/api/v1/admin/workflows/${workflowKey}/3000000000/publish` }), [400, 404]));
    it('publishing a procedure version', () => expectAnswer(as('quantri', { method: 'POST', url: '/api/v1/admin/procedures/1.004230/versions/3000000000/publish' }), [400, 404]));
    it('a workflow draft with version 3 000 000 000', async () => {
      const def = (await t.request('GET', `/api/v1/workflows/${workflowKey}/1`)).body.definition;
      await expectAnswer(as('quantri', { method: 'POST', url: '/api/v1/admin/workflows', payload: { ...def, key: 'big-version', version: 3_000_000_000 } }), [400], /version$/);
    });
  });

  describe('B5 — the calendar date 0000-01-01 (valid ISO, refused by PostgreSQL) is a 400', () => {
    it('as a query bound', () => expectAnswer({ method: 'GET', url: '/api/v1/calendar/VN/days?from=0000-01-01&to=2026-01-01' }, [400], /from$/));
    it('as a day to enter', () =>
      expectAnswer(as('quantri', { method: 'PUT', url: '/api/v1/admin/calendar/VN/days/0000-01-01', payload: { type: 'HOLIDAY', label: 'Nghỉ', sourceDocument: 'TB 01' } }), [400], /date$/));
    it('as a day to switch', () => expectAnswer(as('quantri', { method: 'PATCH', url: '/api/v1/admin/calendar/VN/days/0000-01-01', payload: { active: true } }), [400], /date$/));
  });

  describe('B6 — deadlines outside the calendar’s 1800–2199 are a 4xx, not a RangeError', () => {
    it('3650 months from 2026 (an amount the schema allows)', () =>
      expectAnswer({ method: 'GET', url: '/api/v1/calendar/due-date?start=2026-01-01T00:00:00Z&amount=3650&unit=months' }, [400, 422]));
    it('a start in year 0000', () => expectAnswer({ method: 'GET', url: '/api/v1/calendar/due-date?start=0000-01-01T00:00:00Z&amount=5&unit=working_days' }, [400, 422]));
    it('3650 working days from 2190', () => expectAnswer({ method: 'GET', url: '/api/v1/calendar/due-date?start=2190-01-01T00:00:00Z&amount=3650&unit=working_days' }, [400, 422]));
    it('a DVCQG submission dated 1700', () =>
      expectAnswer(as('client', { method: 'POST', url: '/api/v1/dossiers', payload: { ...body, channel: 'DVCQG', submittedAt: '1700-01-01T00:00:00+07:00' } }), [400, 422]));
    it('an extension to 9999-12-31', () =>
      expectAnswer(as('khcn.giamdoc', { method: 'POST', url: `/api/v1/dossiers/${appraisal}/actions`, payload: { type: 'extend', reason: 'Cần xác minh thêm', newDueAt: '9999-12-31T00:00:00Z' } }), [400, 422]));
  });

  describe('B7 — names of Object.prototype members ("constructor", "toString", "__proto__") are ordinary unknown values', () => {
    it('as a query key', () => expectAnswer({ method: 'GET', url: '/api/v1/procedures?__proto__=' }, [400]));
    it('as a list query key', () => expectAnswer(as('motcua.tinh', { method: 'GET', url: '/api/v1/dossiers?constructor=1' }), [400]));
    it('as an unknown body key of an action', () =>
      expectAnswer(as('motcua.tinh', { method: 'POST', url: `/api/v1/dossiers/${submitted}/actions`, payload: { type: 'receive', toString: '' } }), [400]));
    it('as an unknown body key of a submission', () => expectAnswer(as('motcua.tinh', { method: 'POST', url: '/api/v1/dossiers', payload: { ...body, constructor: 'x' } }), [400]));
    it('as a value echoed in the message', async () => {
      const res = await expectAnswer(as('motcua.tinh', { method: 'POST', url: `/api/v1/dossiers/${submitted}/receive`, payload: { componentsProvided: ['toString'] } }), [400]);
      expect(JSON.stringify(res.body)).toContain('toString');
    });
  });

  describe('B8 — router errors answer inside the error contract', () => {
    it('a path parameter over 200 characters → 414', () => expectAnswer({ method: 'GET', url: `/api/v1/agencies/${'A'.repeat(201)}` }, [414]));
    it('a malformed percent-encoding → 400', () => expectAnswer({ method: 'GET', url: '/api/v1/procedures/%E0%A4%A' }, [400]));
  });

  describe('B9 — writing to a calendar that does not exist is a 404, not a foreign-key 500', () => {
    it('a day', () =>
      expectAnswer(as('quantri', { method: 'PUT', url: '/api/v1/admin/calendar/XYZ/days/2026-12-24', payload: { type: 'HOLIDAY', label: 'Nghỉ', sourceDocument: 'TB 01' } }), [404]));
    it('a year', () => expectAnswer(as('quantri', { method: 'PUT', url: '/api/v1/admin/calendar/XYZ/years/2027', payload: { status: 'OFFICIAL', sourceDocument: 'TB 01' } }), [404]));
  });

  it('B10 — a bodiless POST …/receive receives the dossier (its body defaults to {})', async () => {
    const res = await send(t, as('motcua.tinh', { method: 'POST', url: `/api/v1/dossiers/${submitted}/receive` }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body as { code: string }).code).toMatch(/^H21\.02-260302-\d{4}$/);
  });

  // Regression (found as bug P1): the same field was named differently depending on which check
  // refused it (`body.x` / `querystring.x`, `query.x`, bare `x`).
  it('P1 — one field has one issue path, whichever check refuses it', async () => {
    const pathOf = async (req: RawRequest) => ((await send(t, req)).body as { error: { issues: { path: string }[] } }).error.issues[0]!.path;
    const typeError = await pathOf(as('motcua.tinh', { method: 'POST', url: `/api/v1/dossiers/${spareSubmitted}/receive`, payload: { componentsProvided: 5 } }));
    const unknownCode = await pathOf(as('motcua.tinh', { method: 'POST', url: `/api/v1/dossiers/${spareSubmitted}/receive`, payload: { componentsProvided: ['TP99'] } }));
    const tooLong = await pathOf(as('motcua.tinh', { method: 'GET', url: `/api/v1/dossiers?owner=${'1'.repeat(21)}` }));
    const nul = await pathOf(as('motcua.tinh', { method: 'GET', url: '/api/v1/dossiers?owner=%00' }));
    expect({ unknownCode, nul }).toEqual({ unknownCode: typeError, nul: tooLong });
  });
});
