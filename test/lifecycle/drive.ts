// Small drivers shared by the lifecycle tests: who works where, and the usual path of a dossier
// from the desk to a given step. Every call goes through the HTTP API and asserts its status.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { act, create, officerId, submission, view } from '../support/dossier-fixtures.ts';
import { DEMO_CLIENT_TOKEN, startTestApp, type TestApp } from '../support/test-app.ts';

export const DESK = 'motcua.tinh';

/**
 * startTestApp with sign-ins valid for 90 days of test-clock time: the tests move the clock over
 * days and weeks and reuse tokens, and the authenticator's 30-second cache runs on real time, so
 * with the default 12-hour tokens a test would pass or fail depending on how fast it ran.
 */
export function startApp(start: string, env: Record<string, string> = {}): Promise<TestApp> {
  return startTestApp(start, { MOTCUA_TOKEN_TTL_HOURS: '2160', ...env });
}

export interface Staff {
  head: string;
  specialist: string;
  leader: string;
  clerk: string;
}

/** Demo officers of the departments the tests use (H21.12 has no head, leader or clerk of its own: see ensureOfficer). */
export const staff: Record<'H21.10' | 'H21.11', Staff> = {
  'H21.10': { head: 'khcn.truongphong', specialist: 'khcn.chuyenvien', leader: 'khcn.giamdoc', clerk: 'khcn.vanthu' },
  'H21.11': { head: 'gddt.truongphong', specialist: 'gddt.chuyenvien', leader: 'gddt.giamdoc', clerk: 'gddt.vanthu' },
};

/** Vietnam local time → ISO instant with the +07:00 offset ('2026-03-02 09:00' → '2026-03-02T09:00:00+07:00'). */
export const vn = (local: string): string => `${local.replace(' ', 'T')}${local.length === 16 ? ':00' : ''}+07:00`;

/** Sets the test clock to a Vietnam local time. */
export function at(t: TestApp, local: string): void {
  t.clock.set(vn(local));
}

/** Creates an officer through the admin API (as `quantri`), with the demo password; returns its id. */
export async function ensureOfficer(t: TestApp, username: string, grants: { role: string; agencyCode: string }[]): Promise<string> {
  const admin = await t.login('quantri');
  const res = await t.request('POST', '/api/v1/admin/officers', {
    token: admin,
    body: { username, fullName: `Cán bộ ${username}`, password: DEMO_PASSWORD, grants },
  });
  if (res.status === 409) return idOf(t, username);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

const submissions = new WeakMap<TestApp, Map<string, Record<string, unknown>>>();
const officers = new WeakMap<TestApp, Map<string, string>>();

/** The fixture's valid submission, fetched once per app and procedure (the versions these tests publish keep the same e-form). */
export async function baseSubmission(t: TestApp, procedureCode: string, overrides: Record<string, unknown>) {
  const cache = submissions.get(t) ?? new Map<string, Record<string, unknown>>();
  submissions.set(t, cache);
  let body = cache.get(procedureCode);
  if (!body) {
    body = await submission(t, procedureCode);
    cache.set(procedureCode, body);
  }
  return { ...structuredClone(body), ...overrides };
}

/** An officer's id, looked up once per app. */
export async function idOf(t: TestApp, username: string): Promise<string> {
  const cache = officers.get(t) ?? new Map<string, string>();
  officers.set(t, cache);
  const known = cache.get(username) ?? (await officerId(t, username));
  cache.set(username, known);
  return known;
}

/** A paper dossier registered at the provincial desk (state SUBMITTED, no code yet). */
export async function submitAtDesk(t: TestApp, procedureCode: string, overrides: Record<string, unknown> = {}) {
  return create(t, await t.login(DESK), await baseSubmission(t, procedureCode, overrides));
}

/** An online dossier pushed by the DVCQG integration client. */
export async function submitOnline(t: TestApp, procedureCode: string, submittedAt: string, overrides: Record<string, unknown> = {}) {
  return create(t, DEMO_CLIENT_TOKEN, await baseSubmission(t, procedureCode, { channel: 'DVCQG', submittedAt, ...overrides }));
}

/** Paper dossier received at the desk: returns the receipt's summary (code, dueAt…). */
export async function receivedAtDesk(t: TestApp, procedureCode: string, overrides: Record<string, unknown> = {}) {
  const created = await submitAtDesk(t, procedureCode, overrides);
  return act(t, await t.login(DESK), created.id, { type: 'receive' });
}

/** The desk transfers a received dossier, first collecting the fee when it is due before processing. */
export async function transferFromDesk(t: TestApp, id: string) {
  const desk = await t.login(DESK);
  const pending = await view(t, desk, id);
  const allowed = (action: string) => pending.allowedActions.some((a: { id: string; allowed: boolean }) => a.id === action && a.allowed);
  if (!allowed('transfer') && allowed('record_payment')) {
    await act(t, desk, id, { type: 'record_payment', method: 'CASH', amount: pending.fees.total });
  }
  return act(t, desk, id, { type: 'transfer' });
}

/** Received, transferred and assigned to `who.specialist`: the dossier is in APPRAISAL. */
export async function inAppraisal(t: TestApp, procedureCode: string, who: Pick<Staff, 'head' | 'specialist'>, overrides: Record<string, unknown> = {}) {
  const received = await receivedAtDesk(t, procedureCode, overrides);
  await transferFromDesk(t, received.id);
  const assigned = await act(t, await t.login(who.head), received.id, { type: 'assign', assigneeId: await idOf(t, who.specialist) });
  expect(assigned.state).toBe('APPRAISAL');
  return { id: received.id as string, code: received.code as string, dueAt: received.dueAt as string };
}

/** From APPRAISAL through opinion, approval and signature: the dossier waits at ISSUING. */
export async function toIssuing(t: TestApp, id: string, who: Staff) {
  await act(t, await t.login(who.specialist), id, { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Hồ sơ đủ điều kiện.' } });
  await act(t, await t.login(who.leader), id, { type: 'approve' });
  const signed = await act(t, await t.login(who.leader), id, { type: 'sign' });
  expect(signed.state).toBe('ISSUING');
  return signed;
}

/** Appraisal → proposal to refuse → refusal with reason → signature → issue: the dossier is RESULT_READY. */
export async function refusedAfterAppraisal(t: TestApp, procedureCode: string, who: Staff) {
  const d = await inAppraisal(t, procedureCode, who);
  const leader = await t.login(who.leader);
  await act(t, await t.login(who.specialist), d.id, { type: 'forward', opinion: { proposal: 'REFUSE', text: 'Cơ sở in không đủ điều kiện về thiết bị.' } });
  expect((await refused(t, leader, d.id, { type: 'refuse' }, 400)).code).toBe('error.validation'); // a refusal needs its reason
  const decided = await act(t, leader, d.id, { type: 'refuse', reason: 'Không đáp ứng điều kiện tại Điều 11 Nghị định 60/2014/NĐ-CP' });
  expect(decided).toMatchObject({ state: 'SIGNING', nationalStatus: 4 });
  await act(t, leader, d.id, { type: 'sign' });
  const issued = await act(t, await t.login(who.clerk), d.id, { type: 'issue_result', documentNumber: '88/TB-SKHCN' });
  return { ...d, issued };
}

/** 1.004230 dossiers received Mon 02/03/2026 09:00 (due Wed 11/03 17:00), each issued at the given local time. */
export async function issuedAt(t: TestApp, who: Staff, moments: string[]) {
  at(t, '2026-03-02 09:00');
  const dossiers = [];
  for (const _ of moments) {
    const d = await inAppraisal(t, '1.004230', who);
    expect(d.dueAt).toBe('2026-03-11T17:00:00+07:00');
    await toIssuing(t, d.id, who);
    dossiers.push(d);
  }
  const clerk = await t.login(who.clerk);
  const out: { id: string; code: string; timeliness: string }[] = [];
  for (const [i, moment] of moments.entries()) {
    at(t, moment);
    const issued = await act(t, clerk, dossiers[i]!.id, { type: 'issue_result' });
    expect(issued.state).toBe('RESULT_READY');
    out.push({ id: dossiers[i]!.id, code: dossiers[i]!.code, timeliness: issued.timeliness });
  }
  return out;
}

/** The error body of a refused action, with its status asserted. */
export async function refused(t: TestApp, token: string, id: string, body: Record<string, unknown>, status: number) {
  const res = await t.request('POST', `/api/v1/dossiers/${id}/actions`, { token, body });
  expect(res.status, `${String(body.type)}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body.error as { code: string; message: string; guards?: string[]; allowedActions?: { id: string; type: string }[]; [k: string]: unknown };
}

/** The ids of the actions a dossier view offers as allowed to its reader. */
export function offeredIds(dossierView: { allowedActions: { id: string; allowed: boolean }[] }): string[] {
  return dossierView.allowedActions.filter((a) => a.allowed).map((a) => a.id);
}

/** Outbox events written for a dossier (type and payload), oldest first. */
export async function outboxEvents(t: TestApp, dossierId: string, type?: string) {
  const result = await t.app.database.db.execute(
    sql`SELECT type, payload FROM outbox_events WHERE aggregate_id = ${dossierId} ${type ? sql`AND type = ${type}` : sql``} ORDER BY id`,
  );
  return (result as unknown as { rows: { type: string; payload: Record<string, unknown> }[] }).rows;
}

/** The admin API body for a new version of a procedure: its current version, with some fields changed. */
export async function nextVersionBody(t: TestApp, code: string, changes: Record<string, unknown>) {
  const p = (await t.request('GET', `/api/v1/procedures/${code}`)).body;
  const workflows = (await t.request('GET', '/api/v1/workflows')).body.items as { key: string; version: number; status: string }[];
  const workflow = workflows.find((w) => w.key === `province-standard-${p.timeLimit.amount}wd` && w.status === 'PUBLISHED');
  expect(workflow, 'the provincial workflow of this time limit is published').toBeDefined();
  return {
    name: p.name,
    fieldCode: p.field.code,
    level: p.level,
    onlineLevel: p.onlineLevel,
    lifeEvents: p.lifeEvents,
    durationAmount: p.timeLimit.amount,
    durationUnit: p.timeLimit.unit,
    cutoffTime: p.cutoffTime,
    supplementMode: p.supplementMode,
    paymentTiming: p.paymentTiming,
    details: {
      steps: p.steps,
      channels: p.channels,
      targetGroups: p.targetGroups,
      ...(p.targetDescription ? { targetDescription: p.targetDescription } : {}),
      ...(p.requirements ? { requirements: p.requirements } : {}),
      components: p.components,
      fees: p.fees,
      resultTypes: p.resultTypes,
      legalBases: p.legalBases,
      ...(p.timeLimit.published ? { durationText: p.timeLimit.published } : {}),
    },
    eform: p.eform,
    workflow: { key: workflow!.key, version: workflow!.version },
    competentAgencies: p.competentAgencies.map((a: { code: string }) => a.code),
    ...changes,
  };
}

/** Drafts and publishes the next version of a procedure as `quantri`; returns its number. */
export async function publishNextVersion(t: TestApp, code: string, changes: Record<string, unknown>): Promise<number> {
  const admin = await t.login('quantri');
  const drafted = await t.request('POST', `/api/v1/admin/procedures/${code}/versions`, { token: admin, body: await nextVersionBody(t, code, changes) });
  expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
  const published = await t.request('POST', `/api/v1/admin/procedures/${code}/versions/${drafted.body.version}/publish`, { token: admin });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return drafted.body.version as number;
}
