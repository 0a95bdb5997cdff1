// The public verification page in the shared shell (site stylesheet, no inline CSS, the configured upload limit,
// the visitor's language), and the administrator's edit of a notification template: one command, one audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officerClient } from '../factories/people.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { webClient } from '../support/web-client.ts';

describe('the verification page and the template editor', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('2026-03-02T09:00:00+07:00', { MOTCUA_UPLOAD_MAX_MB: '7' });
  });
  afterAll(async () => t?.close());

  it('is a page of the portal shell: the stylesheet, no inline style, the configured limit', async () => {
    const page = await t.app.http.inject({ method: 'GET', url: '/verify' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("style-src 'self'");
    expect(page.body).toContain('/assets/site.css');
    expect(page.body).not.toMatch(/<style|style="/);
    expect(page.body).toContain('tối đa 7 MB');
    expect(page.body).not.toContain('20 MB');
  });

  it('speaks English when the visitor chose it, and shows an unknown code as a plain refusal', async () => {
    const page = await t.app.http.inject({ method: 'GET', url: '/verify/H21.10-260302-0001-KQ1', cookies: { mc_lang: 'en' } });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('Could not check');
    expect(page.body).toContain('at most 7 MB');
  });

  it('an administrator edits a template; the change is audited once, by the notifications module', async () => {
    const admin = await officerClient(t, 'quantri');
    expect((await admin.get('/can-bo/quan-tri/mau-thong-bao/dossier.received')).status).toBe(200);
    const saved = await admin.post('/can-bo/quan-tri/mau-thong-bao/dossier.received', { title: 'Đã tiếp nhận hồ sơ {code}', body: 'Hẹn trả: {dueDate}.' });
    expect(saved.status).toBe(303);
    const entries = await t.request('GET', '/api/v1/admin/audit/notification_template/dossier.received', { token: await t.login('quantri') });
    expect(entries.body.items.map((e: { action: string }) => e.action)).toEqual(['notification.template.update']);
    expect(entries.body.items[0].payload).toEqual({ title: 'Đã tiếp nhận hồ sơ {code}', body: 'Hẹn trả: {dueDate}.' });
  });

  it('refuses the template editor to other officers (404) and to signed-out visitors (sign-in)', async () => {
    const desk = await officerClient(t, 'motcua.tinh');
    expect((await desk.get('/can-bo/quan-tri/mau-thong-bao/dossier.received')).status).toBe(404);
    const anonymous = await webClient(t).get('/can-bo/quan-tri/mau-thong-bao/dossier.received');
    expect(anonymous.status).toBe(303);
  });
});
