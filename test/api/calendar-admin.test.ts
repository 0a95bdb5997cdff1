// Editing the working calendar (issue #2 §4): the yearly notice's rows are data an administrator
// keeps, and switching the optional 24/11 holiday on, or entering a closure, moves due dates at
// once — with the change audited and refused to anyone but an administrator.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const dueDate = (start: string, amount: number) =>
  `/api/v1/calendar/due-date?start=${encodeURIComponent(start)}&amount=${amount}&unit=working_days`;

describe('calendar administration', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp('2026-11-20T09:00:00+07:00');
    admin = await t.login('quantri');
  });
  afterAll(() => t.close());

  it('switching 24/11 on moves a one-working-day limit from Tuesday to Wednesday', async () => {
    const before = await t.request('GET', dueDate('2026-11-23T10:00:00+07:00', 1));
    expect(before.body.dueAt).toBe('2026-11-24T17:00:00+07:00');

    const desk = await t.login('motcua.tinh');
    const denied = await t.request('PATCH', '/api/v1/admin/calendar/VN/days/2026-11-24', { token: desk, body: { active: true } });
    expect(denied.status).toBe(403);

    const switched = await t.request('PATCH', '/api/v1/admin/calendar/VN/days/2026-11-24', { token: admin, body: { active: true } });
    expect(switched.status, JSON.stringify(switched.body)).toBe(200);
    expect(switched.body).toMatchObject({ date: '2026-11-24', type: 'HOLIDAY', optional: true, active: true });

    const after = await t.request('GET', dueDate('2026-11-23T10:00:00+07:00', 1));
    expect(after.body.dueAt).toBe('2026-11-25T17:00:00+07:00');
    expect(JSON.stringify(after.body.explanation)).toContain('Ngày Văn hóa Việt Nam');

    const { rows } = (await t.app.database.db.execute(
      sql`SELECT action, entity_id FROM audit_log WHERE action = 'calendar.day.switch'`,
    )) as unknown as { rows: { action: string; entity_id: string }[] };
    expect(rows).toEqual([{ action: 'calendar.day.switch', entity_id: 'VN:2026-11-24' }]);
  });

  it('a closure entered for a day is skipped by due dates and listed with its source', async () => {
    const body = { type: 'CLOSURE', label: 'Nghỉ do bão', sourceDocument: 'Công điện 12/CĐ-UBND', optional: false, active: true };
    const put = await t.request('PUT', '/api/v1/admin/calendar/VN/days/2026-12-02', { token: admin, body });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toEqual({ date: '2026-12-02', ...body });

    const due = await t.request('GET', dueDate('2026-12-01T10:00:00+07:00', 1));
    expect(due.body.dueAt).toBe('2026-12-03T17:00:00+07:00');

    const listed = await t.request('GET', '/api/v1/calendar/VN/days?from=2026-12-01&to=2026-12-31');
    expect(listed.body.items).toContainEqual({ date: '2026-12-02', ...body });
  });

  it('names the missing row in Vietnamese, and in English on request', async () => {
    const vi = await t.request('PATCH', '/api/v1/admin/calendar/VN/days/2026-12-09', { token: admin, body: { active: true } });
    expect(vi.status).toBe(404);
    expect(vi.body.error).toMatchObject({ code: 'calendar.dayNotFound', message: 'Lịch VN không có dòng ngày 2026-12-09.' });
    const en = await t.request('PATCH', '/api/v1/admin/calendar/VN/days/2026-12-09', {
      token: admin,
      body: { active: true },
      headers: { 'accept-language': 'en' },
    });
    expect(en.body.error.message).toBe('Calendar VN has no row for 2026-12-09.');
  });
});
