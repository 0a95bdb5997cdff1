// Administration pages: refused to non-admins, officers and roles, drafting a procedure version,
// editing its e-form (validated, previewed) and workflow (validated, drawn), publishing, the
// working calendar (a holiday moves a due date) and the audit entries of every change.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProcedureByCode, findVersion, maxVersionForTest } from './admin-helpers.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { signInOfficer, webClient, type WebClient } from '../support/web-client.ts';

let t: TestApp;
let admin: WebClient;
const CODE = '1.004230';

beforeAll(async () => {
  t = await startTestApp();
  admin = webClient(t);
  await signInOfficer(t, admin, 'quantri');
});
afterAll(async () => {
  await t?.close();
});

async function audited(action: string): Promise<number> {
  const r = (await t.app.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`)) as unknown as { rows: { n: number }[] };
  return r.rows[0]!.n;
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const textareaOf = (body: string, name: string) => unescape(new RegExp(`<textarea id="f-${name}" name="${name}"[^>]*>([\\s\\S]*?)</textarea>`).exec(body)![1]!);

describe('access', () => {
  it('answers 404 to officers without ADMIN and sends signed-out visitors to sign in', async () => {
    const leader = webClient(t);
    await signInOfficer(t, leader, 'khcn.giamdoc');
    for (const url of ['/can-bo/quan-tri', '/can-bo/quan-tri/thu-tuc', '/can-bo/quan-tri/can-bo', '/can-bo/quan-tri/lich', `/can-bo/quan-tri/thu-tuc/${CODE}/phien-ban/1/so-do.svg`]) {
      expect((await leader.get(url)).status, url).toBe(404);
    }
    expect((await webClient(t).get('/can-bo/quan-tri')).location).toMatch(/^\/can-bo\/dang-nhap\?next=/);
    const home = await admin.get('/can-bo/quan-tri');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Quản trị hệ thống');
  });

  it('refuses a post without the CSRF token', async () => {
    await admin.get('/can-bo/quan-tri/lich');
    const res = await admin.post('/can-bo/quan-tri/lich', { _csrf: 'wrong', date: '2026-03-04', type: 'CLOSURE', label: 'Thử', sourceDocument: 'Không có' });
    expect(res.status).toBe(403);
  });
});

describe('officers and roles', () => {
  it('creates an officer who can then sign in, grants and revokes a role, deactivates the account', async () => {
    const before = await audited('officer.create');
    await admin.get('/can-bo/quan-tri/can-bo/moi');
    const bad = await admin.post('/can-bo/quan-tri/can-bo/moi', { username: 'X Y', fullName: 'A', password: '', role: 'SPECIALIST', agencyCode: 'H21.10' });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('error-summary');
    expect(bad.body).toContain('value="X Y"');
    const form = { username: 'khcn.moi', fullName: 'Trần Thị Mới', password: 'Mat-khau-rat-manh-2026', role: 'SPECIALIST', agencyCode: 'H21.10' };
    const created = await admin.post('/can-bo/quan-tri/can-bo/moi', form);
    expect(created.status, created.body.slice(0, 400)).toBe(303);
    const again = await admin.post('/can-bo/quan-tri/can-bo/moi', form);
    expect(again.status).toBe(409);
    expect(await audited('officer.create')).toBe(before + 1);

    const login = await t.request('POST', '/api/v1/auth/login', { body: { username: 'khcn.moi', password: form.password } });
    expect(login.status).toBe(200);
    const me = await t.request('GET', '/api/v1/me', { token: login.body.token });
    expect(me.body.grants.map((g: { role: string }) => g.role)).toEqual(['SPECIALIST']);

    const page = await admin.get(created.location!);
    expect(page.body).toContain('Trần Thị Mới');
    const seen = /name="seenGrants" value="(\d+)"/.exec(page.body)![1]!;
    const grant = await admin.post(`${created.location}/quyen`, { seenGrants: seen, role: 'RECORDS_CLERK', agencyCode: 'H21.10', validTo: '2026-12-31' });
    expect(grant.status).toBe(303);
    const twice = await admin.post(`${created.location}/quyen`, { seenGrants: seen, role: 'RECORDS_CLERK', agencyCode: 'H21.10' });
    expect(twice.status).toBe(303);
    const withGrant = await admin.get(created.location!);
    expect(withGrant.body.match(/Thu hồi/g)?.length).toBe(2);
    const revokeUrl = /action="([^"]+\/thu-hoi)"/.exec(withGrant.body)![1]!;
    expect((await admin.post(revokeUrl, {})).status).toBe(303);
    expect((await admin.get(created.location!)).body.match(/Thu hồi/g)?.length).toBe(1);
    expect((await admin.post(`${created.location}/trang-thai`, { active: 'false' })).status).toBe(303);
    const locked = await t.request('POST', '/api/v1/auth/login', { body: { username: 'khcn.moi', password: form.password } });
    expect(locked.status).not.toBe(200);
    for (const a of ['officer.grant', 'officer.revoke', 'officer.deactivate']) expect(await audited(a), a).toBe(1);
  });
});

describe('procedure versions', () => {
  let versionUrl = '';
  let version = 0;

  it('drafts the next version once, even when the button is pressed twice', async () => {
    const db = t.app.database.db;
    const newest = await maxVersionForTest(db, CODE);
    const page = await admin.get(`/can-bo/quan-tri/thu-tuc/${CODE}`);
    expect(page.status).toBe(200);
    const first = await admin.post(`/can-bo/quan-tri/thu-tuc/${CODE}/phien-ban`, { seenVersion: String(newest) });
    const second = await admin.post(`/can-bo/quan-tri/thu-tuc/${CODE}/phien-ban`, { seenVersion: String(newest) });
    expect(first.status).toBe(303);
    expect(second.location).toBe(first.location);
    version = newest + 1;
    versionUrl = `/can-bo/quan-tri/thu-tuc/${CODE}/phien-ban/${version}`;
    expect(first.location).toBe(versionUrl);
    expect(await maxVersionForTest(db, CODE)).toBe(version);
    expect(await audited('procedure.version.draft')).toBe(1);
  });

  it('refuses an invalid e-form schema with the errors next to the field and saves nothing', async () => {
    const editor = await admin.get(`${versionUrl}/bieu-mau`);
    const original = JSON.parse(textareaOf(editor.body, 'schema'));
    const broken = await admin.post(`${versionUrl}/bieu-mau`, { intent: 'save', schema: JSON.stringify({ version: 1, pages: [] }) });
    expect(broken.status).toBe(400);
    expect(broken.body).toContain('f-schema-error');
    expect(broken.body).toContain('<code>pages</code>');
    const notJson = await admin.post(`${versionUrl}/bieu-mau`, { intent: 'save', schema: '{"version": 1,' });
    expect(notJson.status).toBe(400);
    expect(notJson.body).toContain('không phải JSON hợp lệ');
    const procedure = (await findProcedureByCode(t.app.database.db, CODE))!;
    expect((await findVersion(t.app.database.db, procedure.id, version))!.eformSchema).toEqual(original);
    expect(await audited('procedure.version.eform')).toBe(0);
  });

  it('previews an edited e-form without saving it, then saves it', async () => {
    const editor = await admin.get(`${versionUrl}/bieu-mau`);
    const schema = JSON.parse(textareaOf(editor.body, 'schema'));
    schema.pages[0].fields.push({ name: 'ghiChuThuNghiem', label: 'Ghi chú thử nghiệm', type: 'textarea' });
    const preview = await admin.post(`${versionUrl}/bieu-mau`, { intent: 'preview', schema: JSON.stringify(schema) });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatch(/<label for="f-preview-[^"]+-ghiChuThuNghiem">Ghi chú thử nghiệm<\/label>/);
    const procedure = (await findProcedureByCode(t.app.database.db, CODE))!;
    expect(JSON.stringify((await findVersion(t.app.database.db, procedure.id, version))!.eformSchema)).not.toContain('ghiChuThuNghiem');
    const saved = await admin.post(`${versionUrl}/bieu-mau`, { intent: 'save', schema: JSON.stringify(schema) });
    expect(saved.status).toBe(303);
    expect(JSON.stringify((await findVersion(t.app.database.db, procedure.id, version))!.eformSchema)).toContain('ghiChuThuNghiem');
    expect(await audited('procedure.version.eform')).toBe(1);
  });

  it('validates the workflow with the publication checks and draws it', async () => {
    const editor = await admin.get(`${versionUrl}/quy-trinh`);
    expect(editor.body).toContain('<svg');
    const def = JSON.parse(textareaOf(editor.body, 'definition'));
    const dead = structuredClone(def);
    const step = dead.steps.find((s: { terminal?: boolean; id: string }) => !s.terminal && s.id !== dead.start);
    step.actions = [];
    const refused = await admin.post(`${versionUrl}/quy-trinh`, { intent: 'save', definition: JSON.stringify(dead), basedOn: /name="basedOn" value="([^"]+)"/.exec(editor.body)![1]! });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(`Bước &quot;${step.id}&quot;`);
    expect(await audited('workflow.draft')).toBe(0);

    const basedOn = /name="basedOn" value="([^"]+)"/.exec(editor.body)![1]!;
    const saved = await admin.post(`${versionUrl}/quy-trinh`, { intent: 'save', definition: JSON.stringify({ ...def, name: `${def.name} (sửa)` }), basedOn });
    expect(saved.status).toBe(303);
    const repeated = await admin.post(`${versionUrl}/quy-trinh`, { intent: 'save', definition: JSON.stringify({ ...def, name: `${def.name} (sửa)` }), basedOn });
    expect(repeated.location).toContain('notice=changed');
    expect(await audited('workflow.draft')).toBe(1);
    expect(await audited('procedure.version.workflow')).toBe(1);

    const svg = await admin.get(`${versionUrl}/so-do.svg`);
    expect(svg.status).toBe(200);
    expect(String(svg.headers['content-type'])).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg[\s\S]*<path[\s\S]*<rect[\s\S]*<\/svg>$/);
    expect(svg.body).toContain(`${def.steps[0].id} · ${def.steps[0].state}`);
  });

  it('publishes the draft with its new workflow', async () => {
    await admin.get(versionUrl);
    const published = await admin.post(`${versionUrl}/cong-bo`, {});
    expect(published.status, published.body.slice(0, 600)).toBe(303);
    const again = await admin.post(`${versionUrl}/cong-bo`, {});
    expect(again.status).toBe(303);
    const procedure = (await findProcedureByCode(t.app.database.db, CODE))!;
    expect((await findVersion(t.app.database.db, procedure.id, version))!.status).toBe('PUBLISHED');
    expect(await audited('procedure.version.publish')).toBe(1);
    expect(await audited('workflow.publish')).toBe(1);
    const current = await t.request('GET', `/api/v1/procedures/${CODE}`);
    expect(JSON.stringify(current.body.eform)).toContain('ghiChuThuNghiem');
    const page = await admin.get(versionUrl);
    expect(page.body).not.toContain('/cong-bo');
  });
});

describe('working calendar', () => {
  it('adds a holiday that moves a due date, then removes it', async () => {
    const due = async () => (await t.request('GET', '/api/v1/calendar/due-date?start=2026-03-02T09:00:00%2B07:00&amount=5&unit=working_days')).body.dueAt as string;
    const before = await due();
    await admin.get('/can-bo/quan-tri/lich?nam=2026');
    const bad = await admin.post('/can-bo/quan-tri/lich?nam=2026', { date: '2026-02-30', type: 'HOLIDAY', label: 'N', sourceDocument: '' });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('f-date-error');
    expect(bad.body).toContain('value="2026-02-30"');
    const added = await admin.post('/can-bo/quan-tri/lich?nam=2026', { date: '2026-03-04', type: 'CLOSURE', label: 'Nghỉ đột xuất do bão', sourceDocument: 'Công điện 12/CĐ-UBND' });
    expect(added.status).toBe(303);
    const after = await due();
    expect(after > before).toBe(true);
    const page = await admin.get('/can-bo/quan-tri/lich?nam=2026');
    expect(page.body).toContain('Nghỉ đột xuất do bão');
    expect((await admin.post('/can-bo/quan-tri/lich/bat-tat?nam=2026', { date: '2026-03-04', active: 'false' })).status).toBe(303);
    expect(await due()).toBe(before);
    expect(await audited('calendar.day.put')).toBe(1);
    expect(await audited('calendar.day.switch')).toBe(1);
  });
});
