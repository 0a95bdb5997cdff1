// Officer sign-in on the back office: password with the API's lockout, safe `next`, CSRF, sign-out,
// audit entries, and the separation of back-office and portal sessions.
import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { signInCitizen, signInOfficer, webClient, type WebClient } from '../support/web-client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function signIn(client: WebClient, username: string, password: string, next?: string) {
  await client.get(`/can-bo/dang-nhap${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  return client.post('/can-bo/dang-nhap', { username, password, ...(next ? { next } : {}) });
}

async function auditActions(entityId: string): Promise<string[]> {
  const r = (await t.app.database.db.execute(sql`SELECT action FROM audit_log WHERE entity_type = 'officer' AND entity_id = ${entityId} ORDER BY seq`)) as unknown as { rows: { action: string }[] };
  return r.rows.map((x) => x.action);
}

describe('officer sign-in page', () => {
  it('sends a signed-out officer from the queues to the sign-in page and back after signing in', async () => {
    const c = webClient(t);
    const home = await c.get('/can-bo?hang=appraise');
    expect(home.status).toBe(303);
    expect(home.location).toBe('/can-bo/dang-nhap?next=%2Fcan-bo%3Fhang%3Dappraise');
    const form = await c.get(home.location!);
    expect(form.status).toBe(200);
    expect(form.body).toContain('<h1>Đăng nhập dành cho cán bộ</h1>');
    expect(form.body).toContain('name="next" value="/can-bo?hang=appraise"');
    const res = await c.post('/can-bo/dang-nhap', { username: 'KHCN.chuyenvien ', password: DEMO_PASSWORD, next: '/can-bo?hang=appraise' });
    expect(res.status).toBe(303);
    expect(res.location).toBe('/can-bo?hang=appraise');
    const queues = await c.get('/can-bo');
    expect(queues.status).toBe(200);
    expect(queues.body).toContain('Hoàng Văn Thẩm');
    const id = (await t.request('GET', '/api/v1/me', { token: await t.login('khcn.chuyenvien') })).body.id as string;
    expect(await auditActions(id)).toContain('auth.login');
  });

  it('gives the same answer for an unknown name and a wrong password, keeps the name and never the password', async () => {
    const c = webClient(t);
    const unknown = await signIn(c, 'khong.ton.tai', 'sai-mat-khau-1');
    const wrong = await signIn(c, 'khcn.giamdoc', 'sai-mat-khau-1');
    for (const res of [unknown, wrong]) {
      expect(res.status).toBe(401);
      expect(res.body).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
      expect(res.body).toContain('class="error-summary"');
      expect(res.body).not.toContain('sai-mat-khau-1');
    }
    expect(wrong.body).toContain('value="khcn.giamdoc"');
    expect(await auditActions('khong.ton.tai')).toEqual(['auth.login_failed']);
  });

  it('asks for the missing fields with an error summary', async () => {
    const c = webClient(t);
    const res = await signIn(c, '', '');
    expect(res.status).toBe(400);
    expect(res.body).toContain('href="#f-username"');
    expect(res.body).toContain('href="#f-password"');
  });

  it('locks the account after the configured number of failures, as the API does', async () => {
    const c = webClient(t);
    const max = t.app.config.login.maxFailures;
    for (let i = 1; i < max; i++) expect((await signIn(c, 'gddt.vanthu', 'wrong-password-1')).status).toBe(401);
    const locked = await signIn(c, 'gddt.vanthu', 'wrong-password-1');
    expect(locked.status).toBe(423);
    expect(locked.body).toContain('Tài khoản tạm khóa');
    // Even the right password is refused while locked; the API agrees.
    expect((await signIn(c, 'gddt.vanthu', DEMO_PASSWORD)).status).toBe(423);
    expect((await t.request('POST', '/api/v1/auth/login', { body: { username: 'gddt.vanthu', password: DEMO_PASSWORD } })).status).toBe(423);
    t.clock.advance((t.app.config.login.lockMinutes + 1) * 60_000);
    expect((await signIn(c, 'gddt.vanthu', DEMO_PASSWORD)).status).toBe(303);
  });

  it.each(['//evil.example/phish', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)'])('refuses an open redirect to %s', async (next) => {
    const c = webClient(t);
    const res = await signIn(c, 'khcn.vanthu', DEMO_PASSWORD, next);
    expect(res.status).toBe(303);
    expect(res.location).toBe('/can-bo');
  });

  it('refuses a post without the CSRF token or from another site', async () => {
    const c = webClient(t);
    await c.get('/can-bo/dang-nhap');
    const missing = await c.post('/can-bo/dang-nhap', { _csrf: '', username: 'khcn.vanthu', password: DEMO_PASSWORD });
    expect(missing.status).toBe(403);
    expect(missing.body).toContain('Biểu mẫu đã hết hạn hoặc không hợp lệ');
    const crossSite = await c.post('/can-bo/dang-nhap', { username: 'khcn.vanthu', password: DEMO_PASSWORD }, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(c.cookies.has('mc_office')).toBe(false);
  });

  it('signs out with CSRF only, ending the session', async () => {
    const c = webClient(t);
    expect((await signIn(c, 'khcn.truongphong', DEMO_PASSWORD)).status).toBe(303);
    await c.get('/can-bo');
    expect((await c.post('/can-bo/dang-xuat', { _csrf: 'forged' })).status).toBe(403);
    expect((await c.get('/can-bo')).status).toBe(200);
    const out = await c.post('/can-bo/dang-xuat', {});
    expect(out.status).toBe(303);
    expect(out.location).toBe('/can-bo/dang-nhap?da_dang_xuat=1');
    expect((await c.get('/can-bo')).status).toBe(303);
    expect((await c.get(out.location!)).body).toContain('Bạn đã đăng xuất.');
  });

  it('keeps back-office and portal sessions apart', async () => {
    const citizen = webClient(t);
    await signInCitizen(t, citizen);
    expect((await citizen.get('/can-bo')).status).toBe(303);
    const officer = webClient(t);
    await signInOfficer(t, officer, 'khcn.giamdoc');
    const secret = officer.cookies.get('mc_office')!;
    const fake = (cookies: Record<string, string>) => ({ cookies }) as unknown as FastifyRequest;
    // The officer's secret under the portal's cookie opens nothing, and the reverse too.
    expect(await t.app.sessions.read(fake({ mc_portal: secret }), 'portal')).toBeUndefined();
    expect(await t.app.sessions.read(fake({ mc_office: secret }), 'backoffice')).toBeDefined();
    expect(await t.app.sessions.read(fake({ mc_office: citizen.cookies.get('mc_portal')! }), 'backoffice')).toBeUndefined();
    expect((await officer.get('/can-bo')).status).toBe(200);
  });
});
