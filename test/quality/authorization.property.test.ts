// The authorisation matrix (DOMAIN §14, ARCHITECTURE §3.4): an officer sees a dossier only when one of
// its agencies lies in the officer's granted scope (the agency, plus its subtree only when granted so),
// and acts only with the step's role at the step's agency. Outside the scope a dossier does not exist
// (404, absent from every list and page); inside it without the role, an action is 403. A supervisor
// of the province sees everything and can do nothing. The public look-up shows no personal data.
//
// The oracle is computed here from the grants and the agency tree, independently of the product's
// policy code; officers are the demo accounts plus random role × agency × subtree combinations
// created through POST /api/v1/admin/officers.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicDossierView } from '../../src/modules/dossiers/index.ts';
import { act, create, officerId, submission } from '../support/dossier-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

type Role = 'DESK_OFFICER' | 'SPECIALIST' | 'DEPARTMENT_HEAD' | 'LEADER' | 'RECORDS_CLERK' | 'SUPERVISOR' | 'ADMIN' | 'POSTAL_AGENT';
interface Grant {
  role: Role;
  agencyCode: string;
  includeSubtree: boolean;
}
interface Officer {
  username: string;
  token: string;
  grants: Grant[];
}
interface Case {
  label: string;
  id: string;
  code: string | null;
  agencies: string[];
  /** An action the current step offers, the role it needs and at which of the dossier's agencies. */
  action: Record<string, unknown>;
  role: Role;
  at: string;
}

const DEMO = [
  'quantri', 'giamsat', 'motcua.tinh', 'buudien', 'khcn.truongphong', 'khcn.chuyenvien', 'khcn.chuyenvien2', 'khcn.giamdoc', 'khcn.vanthu',
  'gddt.truongphong', 'gddt.chuyenvien', 'gddt.giamdoc', 'gddt.vanthu', 'tuphap.chuyenvien', 'taichinh.chuyenvien', 'noivu.chuyenvien',
  'congan.canbo', 'lltp.chuyenvien', 'pleiku.motcua', 'pleiku.chutich', 'quynhon.motcua', 'quynhon.chutich',
];
const ROLES: Role[] = ['DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'LEADER', 'RECORDS_CLERK', 'SUPERVISOR', 'ADMIN', 'POSTAL_AGENT'];
const AGENCIES = ['H21', 'H21.01', 'H21.02', 'H21.10', 'H21.10.01', 'H21.11', 'H21.12', 'H21.50', 'H21.55', 'H21.56'];

describe('authorisation matrix', () => {
  let t: TestApp;
  const officers: Officer[] = [];
  const cases: Case[] = [];
  const parent = new Map<string, string | null>();

  /** Agencies an officer's grants reach: the agency itself, and its descendants when the grant says so. */
  const scope = (grants: Grant[]): Set<string> => {
    const out = new Set<string>();
    for (const g of grants) {
      for (const code of parent.keys()) {
        let a: string | null | undefined = code;
        let depth = 0;
        while (a && depth++ < 20) {
          if (a === g.agencyCode && (code === g.agencyCode || g.includeSubtree)) out.add(code);
          a = parent.get(a);
        }
      }
    }
    return out;
  };
  const roleScope = (o: Officer, role: Role) => scope(o.grants.filter((g) => g.role === role || (role === 'DESK_OFFICER' && g.role === 'POSTAL_AGENT')));
  const signIn = async (username: string): Promise<string> => {
    const res = await t.request('POST', '/api/v1/auth/login', { body: { username, password: 'matkhau-2025' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.token as string;
  };
  // Administrators administer and read no dossier (ADR 0008): their grants open nothing here.
  const sees = (o: Officer, c: Case) => c.agencies.some((a) => scope(o.grants.filter((g) => g.role !== 'ADMIN')).has(a));
  const mayAct = (o: Officer, c: Case) => roleScope(o, c.role).has(c.at);
  /** (officer, dossier) pairs: any officer, or one the oracle says may act, or one who sees but may not act — so every branch is drawn. */
  const pair = () =>
    fc.constantFrom(...cases).chain((c) =>
      fc.tuple(
        fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom(...officers) },
          { weight: 1, arbitrary: fc.constantFrom(...officers.filter((o) => mayAct(o, c))) },
          { weight: 1, arbitrary: fc.constantFrom(...officers.filter((o) => sees(o, c) && !mayAct(o, c))) },
        ),
        fc.constant(c),
      ),
    );

  beforeAll(async () => {
    t = await startTestApp();
    for (const a of (await t.request('GET', '/api/v1/agencies?includeInactive=true')).body.items as { code: string; parentCode: string | null }[]) {
      parent.set(a.code, a.parentCode);
    }
    const admin = await t.login('quantri');

    // Officers: the demo accounts (grants as /me reports them) and random combinations created by the administrator.
    for (const username of DEMO) {
      const token = await t.login(username);
      const me = (await t.request('GET', '/api/v1/me', { token })).body as { grants: { role: Role; agency: { code: string }; includeSubtree: boolean }[] };
      officers.push({ username, token, grants: me.grants.map((g) => ({ role: g.role, agencyCode: g.agency.code, includeSubtree: g.includeSubtree })) });
    }
    const grant = fc.record({ role: fc.constantFrom(...ROLES), agencyCode: fc.constantFrom(...AGENCIES), includeSubtree: fc.boolean() });
    const random = fc.sample(fc.array(grant, { minLength: 1, maxLength: 2 }), { seed: 1402, numRuns: 6 });
    const special: Grant[][] = [
      [{ role: 'SUPERVISOR', agencyCode: 'H21', includeSubtree: false }], // the parent alone: no child agency
      [{ role: 'SPECIALIST', agencyCode: 'H21.10.01', includeSubtree: true }], // a division does not see its department
      [{ role: 'DEPARTMENT_HEAD', agencyCode: 'H21.10', includeSubtree: false }], // the agency itself, without subtree
      [{ role: 'LEADER', agencyCode: 'H21.01', includeSubtree: true }], // the office's subtree holds the service centre
      [{ role: 'DESK_OFFICER', agencyCode: 'H21.56', includeSubtree: true }], // another ward's desk
    ];
    for (const [i, grants] of [...special, ...random].entries()) {
      const username = `phanquyen.${i}`;
      const created = await t.request('POST', '/api/v1/admin/officers', { token: admin, body: { username, fullName: `Cán bộ phân quyền ${i}`, password: 'matkhau-2025', grants } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      officers.push({ username, token: await signIn(username), grants });
    }

    // Dossiers of four competent agencies, in several states.
    const desk = officers.find((o) => o.username === 'motcua.tinh')!.token;
    const head = officers.find((o) => o.username === 'khcn.truongphong')!.token;
    const specialistId = await officerId(t, 'khcn.chuyenvien');
    const specialist = officers.find((o) => o.username === 'khcn.chuyenvien')!.token;
    const pleiku = officers.find((o) => o.username === 'pleiku.motcua')!.token;
    const quynhon = officers.find((o) => o.username === 'quynhon.motcua')!.token;
    const print = await submission(t, '1.004230');
    const school = await submission(t, '1.005074');
    const birthPK = await submission(t, '1.001193', { competentAgencyCode: 'H21.55' });
    const birthQN = await submission(t, '1.001193', { competentAgencyCode: 'H21.50' });
    const track = async (label: string, token: string, body: Record<string, unknown>, steps: [string, Record<string, unknown>][], c: Omit<Case, 'label' | 'id' | 'code'>) => {
      const d = await create(t, token, body);
      let code: string | null = null;
      for (const [who, action] of steps) code = (await act(t, who, d.id, action)).code ?? code;
      cases.push({ label, id: d.id, code, ...c });
    };
    const forward = { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Đủ điều kiện' } };
    const P = ['H21.02', 'H21.10'];
    await track('KH&CN submitted', desk, print, [], { agencies: P, action: { type: 'receive' }, role: 'DESK_OFFICER', at: 'H21.02' });
    await track('KH&CN received', desk, print, [[desk, { type: 'receive' }]], { agencies: P, action: { type: 'transfer' }, role: 'DESK_OFFICER', at: 'H21.02' });
    await track('KH&CN assigned', desk, print, [[desk, { type: 'receive' }], [desk, { type: 'transfer' }]], {
      agencies: P, action: { type: 'assign', assigneeId: specialistId }, role: 'DEPARTMENT_HEAD', at: 'H21.10',
    });
    await track('KH&CN appraisal', desk, print, [[desk, { type: 'receive' }], [desk, { type: 'transfer' }], [head, { type: 'assign', assigneeId: specialistId }]], {
      agencies: P, action: forward, role: 'SPECIALIST', at: 'H21.10',
    });
    await track('KH&CN approval', desk, print, [[desk, { type: 'receive' }], [desk, { type: 'transfer' }], [head, { type: 'assign', assigneeId: specialistId }], [specialist, forward]], {
      agencies: P, action: { type: 'approve' }, role: 'LEADER', at: 'H21.10',
    });
    const E = ['H21.02', 'H21.11'];
    await track('GD&ĐT received', desk, school, [[desk, { type: 'receive' }]], { agencies: E, action: { type: 'transfer' }, role: 'DESK_OFFICER', at: 'H21.02' });
    await track('GD&ĐT assigned', desk, school, [[desk, { type: 'receive' }], [desk, { type: 'transfer' }]], {
      agencies: E, action: { type: 'assign', assigneeId: await officerId(t, 'gddt.chuyenvien') }, role: 'DEPARTMENT_HEAD', at: 'H21.11',
    });
    await track('Pleiku submitted', pleiku, birthPK, [], { agencies: ['H21.55'], action: { type: 'receive' }, role: 'DESK_OFFICER', at: 'H21.55' });
    await track('Pleiku appraisal', pleiku, birthPK, [[pleiku, { type: 'receive' }]], { agencies: ['H21.55'], action: forward, role: 'SPECIALIST', at: 'H21.55' });
    await track('Quy Nhơn submitted', quynhon, birthQN, [], { agencies: ['H21.50'], action: { type: 'receive' }, role: 'DESK_OFFICER', at: 'H21.50' });
    await track('Quy Nhơn appraisal', quynhon, birthQN, [[quynhon, { type: 'receive' }]], { agencies: ['H21.50'], action: forward, role: 'SPECIALIST', at: 'H21.50' });
  }, 120_000);
  afterAll(() => t.close());

  it('the oracle is not trivial: every case is seen by some officers and hidden from others, and acted on by some', () => {
    for (const c of cases) {
      expect(officers.some((o) => sees(o, c)), c.label).toBe(true);
      expect(officers.some((o) => !sees(o, c)), c.label).toBe(true);
      expect(officers.some((o) => sees(o, c) && !mayAct(o, c)), c.label).toBe(true);
      expect(officers.some((o) => mayAct(o, c)), c.label).toBe(true);
    }
    // A grant at the province without its subtree reaches no dossier (they all live in child agencies).
    expect(cases.filter((c) => sees(officers.find((o) => o.username === 'phanquyen.0')!, c))).toEqual([]);
    // A division does not see its department's dossiers.
    expect(cases.filter((c) => sees(officers.find((o) => o.username === 'phanquyen.1')!, c))).toEqual([]);
  });

  it('officer × dossier × operation: 404 outside the scope, 403 inside it without the role, never a state change (property)', async () => {
    const before = new Map(await Promise.all(cases.map(async (c) => [c.id, await version(c.id)] as const)));
    const outcomes = new Map<string, number>();
    const note = (op: string, status: number) => outcomes.set(`${op} ${status}`, (outcomes.get(`${op} ${status}`) ?? 0) + 1);
    await fc.assert(
      fc.asyncProperty(pair(), fc.constantFrom('get', 'getByCode', 'act', 'receive'), async ([o, c], op) => {
        const visible = sees(o, c);
        const what = `${o.username} ${JSON.stringify(o.grants)} → ${op} on ${c.label}`;
        if (op === 'get' || op === 'getByCode') {
          const res = await t.request('GET', `/api/v1/dossiers/${op === 'getByCode' && c.code ? c.code : c.id}`, { token: o.token });
          note('get', res.status);
          expect(res.status, what).toBe(visible ? 200 : 404);
          if (!visible) expect(res.body.error.code, what).toBe('dossier.notFound');
          else if (!mayAct(o, c)) {
            const offered = res.body.allowedActions.filter((a: { type: string; allowed: boolean }) => a.type === c.action.type && a.allowed);
            expect(offered, `${what}: offered an action it may not take`).toEqual([]);
          }
        } else if (op === 'receive') {
          const res = await t.request('POST', `/api/v1/dossiers/${c.id}/receive`, { token: o.token, body: { expectedVersion: 999 } });
          note('receive', res.status);
          expect(res.status, what).toBe(visible ? 409 : 404);
        } else if (op === 'act') {
          if (!visible) {
            const res = await t.request('POST', `/api/v1/dossiers/${c.id}/actions`, { token: o.token, body: c.action });
            note('act', res.status);
            expect(res.status, what).toBe(404);
            expect(res.body.error.code, what).toBe('dossier.notFound');
          } else if (!mayAct(o, c)) {
            const res = await t.request('POST', `/api/v1/dossiers/${c.id}/actions`, { token: o.token, body: c.action });
            note('act', res.status);
            expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(403);
            expect(res.body.error.code, what).toBe('dossier.actionNotPermitted');
          } else {
            // A role holder: a stale expectedVersion proves the dossier is reachable without changing it.
            const res = await t.request('POST', `/api/v1/dossiers/${c.id}/actions`, { token: o.token, body: { ...c.action, expectedVersion: 999 } });
            note('act', res.status);
            expect(res.status, what).toBe(409);
            expect(res.body.error.code, what).toBe('dossier.staleVersion');
          }
        }
      }),
      { seed: 2026, numRuns: 120 },
    );
    for (const c of cases) expect(await version(c.id), c.label).toBe(before.get(c.id));
    // Every branch of the matrix was exercised.
    for (const k of ['get 200', 'get 404', 'act 404', 'act 403', 'act 409', 'receive 404', 'receive 409']) expect(outcomes.get(k) ?? 0, `${k} in ${JSON.stringify(Object.fromEntries(outcomes))}`).toBeGreaterThan(0);
  });

  it('lists — both views, every page — show exactly the dossiers in scope, and the work queue only dossiers in scope', async () => {
    const mine = new Set(cases.map((c) => c.id));
    for (const o of officers) {
      const all = await everyPage(o.token, 'all');
      const work = await everyPage(o.token, 'work');
      const expected = cases.filter((c) => sees(o, c)).map((c) => c.id).sort();
      expect(all.filter((id) => mine.has(id)).sort(), `${o.username} ${JSON.stringify(o.grants)}`).toEqual(expected);
      expect(all.every((id) => mine.has(id))).toBe(true);
      expect(new Set(all).size, `${o.username}: a dossier twice across pages`).toBe(all.length);
      for (const id of work) expect(expected, `${o.username} work queue`).toContain(id);
    }
  });

  it('a ward’s desk officer never sees another ward’s dossiers', async () => {
    for (const [me, other] of [['pleiku.motcua', 'H21.50'], ['quynhon.motcua', 'H21.55']] as const) {
      const o = officers.find((x) => x.username === me)!;
      const foreign = cases.filter((c) => c.agencies.includes(other));
      expect(foreign.length).toBeGreaterThan(0);
      const listed = await everyPage(o.token, 'all');
      for (const c of foreign) {
        expect(listed).not.toContain(c.id);
        expect((await t.request('GET', `/api/v1/dossiers/${c.code ?? c.id}`, { token: o.token })).status).toBe(404);
        if (c.code) expect((await t.request('GET', `/api/v1/dossiers?code=${encodeURIComponent(c.code)}`, { token: o.token })).body.items).toEqual([]);
      }
    }
  });

  it('the province supervisor sees every dossier and may take no action on any', async () => {
    const o = officers.find((x) => x.username === 'giamsat')!;
    expect((await everyPage(o.token, 'all')).sort()).toEqual(cases.map((c) => c.id).sort());
    expect(await everyPage(o.token, 'work')).toEqual([]);
    const before = await Promise.all(cases.map((c) => version(c.id)));
    for (const c of cases) {
      const view = await t.request('GET', `/api/v1/dossiers/${c.id}`, { token: o.token });
      expect(view.status).toBe(200);
      expect(view.body.allowedActions.filter((a: { allowed: boolean }) => a.allowed), c.label).toEqual([]);
      for (const action of view.body.allowedActions as { id: string; type: string }[]) {
        const res = await t.request('POST', `/api/v1/dossiers/${c.id}/actions`, { token: o.token, body: { ...bodyFor(action.type, c), actionId: action.id } });
        const what = `${c.label} ${action.id}: ${JSON.stringify(res.body)}`;
        // Answering a consultation or a task that does not exist is a 404 of that sub-record, before any role check.
        if (res.status === 404) expect(['reply_consultation', 'complete_task'], what).toContain(action.type);
        else expect(res.status, what).toBe(403);
      }
    }
    expect(await Promise.all(cases.map((c) => version(c.id)))).toEqual(before);
  });

  it('an administrator acts only inside its ADMIN scope when granting roles', async () => {
    const admin = officers.find((x) => x.username === 'quantri')!.token;
    const made = await t.request('POST', '/api/v1/admin/officers', {
      token: admin,
      body: { username: 'quantri.pleiku', fullName: 'Quản trị phường Pleiku', password: 'matkhau-2025', grants: [{ role: 'ADMIN', agencyCode: 'H21.55' }] },
    });
    expect(made.status).toBe(201);
    const wardAdmin = await signIn('quantri.pleiku');
    const grant = (agencyCode: string) => ({ username: `cb.${agencyCode.replace(/\./g, '')}`, fullName: 'Cán bộ mới', password: 'matkhau-2025', grants: [{ role: 'SPECIALIST', agencyCode }] });
    expect((await t.request('POST', '/api/v1/admin/officers', { token: wardAdmin, body: grant('H21.10') })).status).toBe(403);
    expect((await t.request('POST', '/api/v1/admin/officers', { token: wardAdmin, body: grant('H21.55') })).status).toBe(201);
    expect((await t.request('POST', '/api/v1/admin/officers', { token: officers.find((x) => x.username === 'giamsat')!.token, body: grant('H21.11') })).status).toBe(403);
  });

  // Regression (found as bug O1): an unknown agency code was answered 403 "not allowed" before the
  // grants were resolved, so the administrator was not told which code is wrong.
  it('a grant at an unknown agency code is a 400 naming body.grants.0.agencyCode, not a 403', async () => {
    const res = await t.request('POST', '/api/v1/admin/officers', {
      token: officers.find((x) => x.username === 'quantri')!.token,
      body: { username: 'cb.khongco', fullName: 'Cán bộ', password: 'matkhau-2025', grants: [{ role: 'SPECIALIST', agencyCode: 'H21.99' }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('body.grants.0.agencyCode');
  });

  it('the public look-up shows status and dates only: no personal data, no internal ids', async () => {
    const coded = cases.filter((c) => c.code);
    expect(coded.length).toBeGreaterThan(5);
    const personal = ['064195012345', '064095012345', '0912345678', '0100109106', '1995-03-01', 'Hùng Vương', 'Nguyễn Thị Hoa', 'Nguyễn Văn An', 'Công ty TNHH In Phố Núi', 'Nội dung kê khai', 'nguoidan@example.vn'];
    for (const c of coded) {
      for (const code of [c.code!, c.code!.toLowerCase()]) {
        const res = await t.request('GET', `/api/v1/public/dossiers/${code}`);
        expect(res.status).toBe(200);
        expect(PublicDossierView.safeParse(res.body).success).toBe(true);
        expect(Object.keys(res.body).sort()).toEqual(Object.keys(PublicDossierView.shape).sort());
        const text = JSON.stringify(res.body);
        for (const p of personal) expect(text, `${c.label} leaks ${p}`).not.toContain(p);
        expect(text).not.toContain(c.id);
        expect(res.headers['cache-control']).toMatch(/public/);
      }
    }
    // An uncoded (not yet received) dossier cannot be looked up by its internal id.
    const uncoded = cases.find((c) => !c.code)!;
    expect((await t.request('GET', `/api/v1/public/dossiers/${uncoded.id}`)).status).toBe(400);
  });

  async function version(id: string): Promise<number> {
    const res = await t.request('GET', `/api/v1/dossiers/${id}`, { token: officers.find((x) => x.username === 'giamsat')!.token });
    return res.body.version as number;
  }

  async function everyPage(token: string, view: 'all' | 'work'): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await t.request(
        'GET',
        `/api/v1/dossiers?view=${view}&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        { token },
      );
      expect(res.status).toBe(200);
      ids.push(...res.body.items.map((d) => d.id));
      cursor = res.body.nextCursor;
      if (!cursor) return ids;
    }
    throw new Error('too many pages');
  }

  /** A well-formed body for an action type (so that a refusal is about who acts, not about the body). */
  function bodyFor(type: string, c: Case): Record<string, unknown> {
    const items = [{ description: 'Bản sao giấy tờ', reason: 'Còn thiếu' }];
    const bodies: Record<string, Record<string, unknown>> = {
      request_intake_supplement: { items, reason: 'Thiếu giấy tờ' },
      request_supplement: { items, reason: 'Thiếu giấy tờ' },
      reject_intake: { reason: 'Không đủ điều kiện' },
      assign: { assigneeId: c.action.assigneeId ?? '019cac46-1500-7000-8000-000000000001' },
      forward: { opinion: { proposal: 'APPROVE', text: 'Đủ điều kiện' } },
      consult: { agencyCode: 'H21.14', question: 'Xin ý kiến phối hợp' },
      reply_consultation: { consultationId: '019cac46-1500-7000-8000-000000000001', answer: 'Đồng ý' },
      start_interagency: { mode: 'PARALLEL', participants: [{ agencyCode: 'H21.70', role: 'LEAD', budget: { amount: 2, unit: 'WORKING_DAY' }, instructions: 'Xác minh' }] },
      complete_task: { taskId: '019cac46-1500-7000-8000-000000000001', outcome: 'Xong' },
      refuse: { reason: 'Không đủ điều kiện' },
      record_payment: { method: 'CASH', amount: 1000 },
      return_result: { method: 'AT_DESK' },
      extend: { reason: 'Cần thêm thời gian', extraWorkingDays: 2 },
      stop: { reason: 'Dừng xử lý' },
      withdraw: { reason: 'Rút hồ sơ' },
    };
    return { type, ...(bodies[type] ?? {}) };
  }
});
