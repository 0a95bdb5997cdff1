// Small drivers shared by the lifecycle tests: who works where, and the usual path of a dossier
// from the desk to a given step. Every call goes through the HTTP API and asserts its status.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { act, create, officerId, submission } from '../support/dossier-fixtures.ts';
import { DEMO_CLIENT_TOKEN, type TestApp } from '../support/test-app.ts';

export const DESK = 'motcua.tinh';

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
  if (res.status === 409) return officerId(t, username);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

/** A paper dossier registered at the provincial desk (state SUBMITTED, no code yet). */
export async function submitAtDesk(t: TestApp, procedureCode: string, overrides: Record<string, unknown> = {}) {
  return create(t, await t.login(DESK), await submission(t, procedureCode, overrides));
}

/** An online dossier pushed by the DVCQG integration client. */
export async function submitOnline(t: TestApp, procedureCode: string, submittedAt: string, overrides: Record<string, unknown> = {}) {
  return create(t, DEMO_CLIENT_TOKEN, await submission(t, procedureCode, { channel: 'DVCQG', submittedAt, ...overrides }));
}

/** Paper dossier received at the desk: returns the receipt's summary (code, dueAt…). */
export async function receivedAtDesk(t: TestApp, procedureCode: string, overrides: Record<string, unknown> = {}) {
  const created = await submitAtDesk(t, procedureCode, overrides);
  return act(t, await t.login(DESK), created.id, { type: 'receive' });
}

/** Received, transferred and assigned to `who.specialist`: the dossier is in APPRAISAL. */
export async function inAppraisal(t: TestApp, procedureCode: string, who: Pick<Staff, 'head' | 'specialist'>, overrides: Record<string, unknown> = {}) {
  const received = await receivedAtDesk(t, procedureCode, overrides);
  await act(t, await t.login(DESK), received.id, { type: 'transfer' });
  const assigned = await act(t, await t.login(who.head), received.id, { type: 'assign', assigneeId: await officerId(t, who.specialist) });
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

/** The error body of a refused action, with its status asserted. */
export async function refused(t: TestApp, token: string, id: string, body: Record<string, unknown>, status: number) {
  const res = await t.request('POST', `/api/v1/dossiers/${id}/actions`, { token, body });
  expect(res.status, `${String(body.type)}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body.error as { code: string; message: string; guards?: string[]; allowedActions?: { id: string; type: string }[]; [k: string]: unknown };
}

/** Outbox events written for a dossier (type and payload), oldest first. */
export async function outboxEvents(t: TestApp, dossierId: string, type?: string) {
  const result = await t.app.database.db.execute(
    sql`SELECT type, payload FROM outbox_events WHERE aggregate_id = ${dossierId} ${type ? sql`AND type = ${type}` : sql``} ORDER BY id`,
  );
  return (result as unknown as { rows: { type: string; payload: Record<string, unknown> }[] }).rows;
}
