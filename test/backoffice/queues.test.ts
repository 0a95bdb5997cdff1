// The back office's work queues (GET /can-bo): tabs by role with counts, scoped to the officer's
// agencies, search by code / personal id / name, due-date order, overdue and at-risk marks in words.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, startApp } from '../lifecycle/drive.ts';
import type { TestApp } from '../support/test-app.ts';
import { webClient } from '../support/web-client.ts';
import { makeDossier, officerClient } from '../factories/index.ts';

let t: TestApp;
const d: Record<'khcn1' | 'khcn2' | 'gddt' | 'received' | 'submitted', { id: string; code: string | null }> = {} as never;

async function pageAs(username: string, query = '') {
  const res = await (await officerClient(t, username)).get(`/can-bo${query}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** The number shown in a tab, read from its link. */
function tabCount(body: string, label: string): number | undefined {
  const m = new RegExp(`>${label} <span class="count[^"]*">(\\d+)<`).exec(body);
  return m ? Number(m[1]) : undefined;
}

const exec = (q: ReturnType<typeof sql>) => t.app.database.db.execute(q);

beforeAll(async () => {
  t = await startApp('2026-03-02T09:00:00+07:00');
  d.khcn1 = await makeDossier(t, { state: 'APPRAISAL' });
  at(t, '2026-03-03 09:00');
  d.khcn2 = await makeDossier(t, { state: 'APPRAISAL' });
  d.gddt = await makeDossier(t, { state: 'APPRAISAL', procedureCode: '1.005074' });
  d.received = await makeDossier(t, { state: 'RECEIVED' });
  d.submitted = await makeDossier(t, { state: 'SUBMITTED' });
  // One applicant with a personal id and a distinctive name, to search for.
  await exec(sql`UPDATE dossiers SET owner_id_type = 'PERSONAL_ID', owner_id = '064090001234', owner_name = 'Trần Thị Bình' WHERE id = ${d.received.id}`);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('work queues', () => {
  it("shows a specialist the queues of their role with counts, and only their agency's dossiers", async () => {
    const body = await pageAs('khcn.chuyenvien');
    expect(body).toContain('<h1>Hồ sơ cần xử lý</h1>');
    expect(tabCount(body, 'Chờ thẩm định')).toBe(2);
    expect(tabCount(body, 'Tất cả việc của tôi')).toBe(2);
    expect(tabCount(body, 'Chờ phê duyệt')).toBeUndefined(); // not a leader
    expect(body).toContain(`href="/can-bo/ho-so/${d.khcn1.id}">${d.khcn1.code}</a>`);
    expect(body).not.toContain(d.gddt.code!);
    const other = await pageAs('gddt.chuyenvien', '?hang=appraise');
    expect(tabCount(other, 'Chờ thẩm định')).toBe(1);
    expect(other).toContain(d.gddt.code!);
    expect(other).not.toContain(d.khcn1.code!);
    expect(other).not.toContain(d.khcn2.code!);
  });

  it("gives the desk its intake and transfer queues, and a leader nothing of another department's", async () => {
    const desk = await pageAs('motcua.tinh', '?hang=accept');
    expect(tabCount(desk, 'Chờ tiếp nhận')).toBe(1);
    expect(tabCount(desk, 'Chờ chuyển xử lý')).toBe(1);
    expect(desk).toContain(`href="/can-bo/ho-so/${d.submitted.id}">Chưa có mã</a>`);
    expect(desk).not.toContain(d.received.code!);
    const leader = await pageAs('gddt.giamdoc');
    expect(tabCount(leader, 'Chờ phê duyệt')).toBe(0);
    expect(tabCount(leader, 'Xin ý kiến gửi đơn vị')).toBe(0);
    expect(leader).not.toContain(d.khcn1.code!);
  });

  it('sorts by due date, soonest first, and marks overdue and at-risk dossiers in words', async () => {
    const before = await pageAs('khcn.chuyenvien');
    expect(before.indexOf(d.khcn1.code!)).toBeLessThan(before.indexOf(d.khcn2.code!));
    // The second dossier becomes due first and overdue; the first one at risk.
    await exec(sql`UPDATE dossiers SET queue_due_at = queue_due_at - interval '3 days', risk = 'OVERDUE' WHERE id = ${d.khcn2.id}`);
    await exec(sql`UPDATE dossiers SET risk = 'AT_RISK' WHERE id = ${d.khcn1.id}`);
    const after = await pageAs('khcn.chuyenvien');
    expect(after.indexOf(d.khcn2.code!)).toBeLessThan(after.indexOf(d.khcn1.code!));
    expect(after).toMatch(new RegExp(`${d.khcn2.code}[\\s\\S]*?<strong class="tag bad">Quá hạn</strong>`));
    expect(after).toMatch(new RegExp(`${d.khcn1.code}[\\s\\S]*?<strong class="tag warn">Sắp quá hạn</strong>`));
    expect(tabCount(after, 'Quá hạn')).toBe(1);
    expect(tabCount(after, 'Sắp quá hạn')).toBe(1);
    const overdue = await pageAs('khcn.chuyenvien', '?hang=overdue');
    expect(overdue).toContain(d.khcn2.code!);
    expect(overdue).not.toContain(`>${d.khcn1.code}<`);
  });

  it('finds a dossier by code or personal id anywhere in scope, and by part of the name', async () => {
    const byCode = await pageAs('motcua.tinh', `?q=${encodeURIComponent(d.khcn1.code!.toLowerCase())}`);
    expect(byCode).toContain(`href="/can-bo/ho-so/${d.khcn1.id}"`);
    expect(byCode).not.toContain(d.khcn2.code!);
    const byId = await pageAs('motcua.tinh', '?q=064090001234');
    expect(byId).toContain(d.received.code!);
    expect(byId).not.toContain(d.khcn1.code!);
    const byName = await pageAs('motcua.tinh', `?q=${encodeURIComponent('thị bình')}`);
    expect(byName).toContain(d.received.code!);
    expect(byName).not.toContain(d.khcn1.code!);
    // Another agency's officer finds nothing by the same code.
    const outside = await pageAs('gddt.chuyenvien', `?q=${encodeURIComponent(d.khcn1.code!)}`);
    expect(outside).not.toContain(d.khcn1.id);
    expect(outside).toContain('Không có hồ sơ nào trong danh sách này.');
  });

  it('filters by procedure and state, puts the search field first with an access key, and ignores nonsense parameters', async () => {
    const filtered = await pageAs('khcn.chuyenvien', '?hang=work&thutuc=1.005074');
    expect(filtered).not.toContain(d.khcn1.code!);
    const state = await pageAs('motcua.tinh', '?trangthai=RECEIVED');
    expect(state).toContain(d.received.code!);
    expect(state).not.toContain(d.submitted.id);
    const odd = await pageAs('khcn.chuyenvien', '?hang=%3Cscript%3E&trang=-4&coquan=x&trangthai=DROP&q=');
    expect(odd).toContain(d.khcn1.code!);
    expect(odd).not.toContain('<script>');
    const form = odd.slice(odd.indexOf('<form method="get"'));
    expect(/<(input|select|button|a)\b[^>]*>/.exec(form.replace(/<input type="hidden"[^>]*>/g, ''))?.[0]).toContain('accesskey="t"');
  });

  it('sends a signed-out visitor to sign in', async () => {
    const res = await webClient(t).get('/can-bo?hang=overdue');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/can-bo/dang-nhap?next=%2Fcan-bo%3Fhang%3Doverdue');
  });
});
