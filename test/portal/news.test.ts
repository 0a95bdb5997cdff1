// Guides and news (issue 4): officers write, edit, publish and unpublish articles in the back office
// (CSRF, validation with an error summary, audit, no duplicate on a double post, stale edits refused);
// the portal lists published ones, prints the body escaped, and hides drafts.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { signInOfficer, webClient, type WebClient } from '../support/web-client.ts';

const BASE = '/can-bo/quan-tri/tin-tuc';
const article = {
  kind: 'GUIDE',
  title: 'Hướng dẫn thanh toán lệ phí trực tuyến',
  slug: '',
  summary: 'Thanh toán lệ phí bằng thẻ, ví điện tử hoặc chuyển khoản ngay khi nộp hồ sơ.',
  body: 'Đoạn đầu <script>alert("x")</script> & tiếp.\n\n- Mục một <b>đậm</b>\n- Mục hai',
  procedureCode: '1.001193',
};

describe('guides and news', () => {
  let t: TestApp;
  let admin: WebClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = webClient(t);
    await signInOfficer(t, admin, 'quantri');
  });
  afterAll(() => t.close());

  const auditCount = async (action: string) =>
    ((await t.app.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  it('lists the demo articles newest first, filters by kind, and hides nothing published', async () => {
    const web = webClient(t);
    const all = await web.get('/tin-tuc');
    expect(all.status).toBe(200);
    const order = ['day-manh-dich-vu-cong-truc-tuyen', 'tra-cuu-ho-so', 'nop-ho-so-truc-tuyen', 'tai-khoan-vneid-muc-do-2'].map((s) => all.body.indexOf(`/tin-tuc/${s}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const news = await web.get('/tin-tuc?loai=NEWS');
    expect(news.body).toContain('/tin-tuc/day-manh-dich-vu-cong-truc-tuyen"');
    expect(news.body).not.toContain('/tin-tuc/tra-cuu-ho-so"');
    const one = await web.get('/tin-tuc/tai-khoan-vneid-muc-do-2');
    expect(one.status).toBe(200);
    expect(one.body).toContain('<li>Thẻ căn cước hoặc căn cước công dân gắn chip còn hiệu lực;</li>');
    expect((await web.get('/tin-tuc/khong-co-bai-nay')).status).toBe(404);
    expect((await web.get('/tin-tuc/%3Cx%3E')).status).toBe(404);
  });

  it('is closed to officers who are not administrators or supervisors, and to visitors', async () => {
    const desk = webClient(t);
    await signInOfficer(t, desk, 'motcua.tinh');
    expect((await desk.get(BASE)).status).toBe(403);
    const nobody = webClient(t);
    const res = await nobody.get(BASE);
    expect(res.status).toBe(303);
    expect(res.location).toContain('/can-bo/dang-nhap');
  });

  it('refuses a post without the right CSRF token and saves nothing', async () => {
    await admin.get(`${BASE}/moi`);
    const res = await admin.post(BASE, { ...article, _csrf: 'forged', id: '11111111-1111-4111-8111-111111111111' });
    expect(res.status).toBe(403);
    expect(res.body).toContain('Biểu mẫu đã hết hạn');
    const page = await admin.get(BASE);
    expect(page.body).not.toContain(article.title);
  });

  it('shows the errors with what was typed when the form is not valid', async () => {
    const form = await admin.get(`${BASE}/moi`);
    const id = /name="id" value="([^"]+)"/.exec(form.body)![1]!;
    const res = await admin.post(BASE, { kind: 'GUIDE', title: 'Ngắn', slug: 'Khong Hop Le', summary: 'ngắn', body: '<i>typed</i>', procedureCode: 'abc', id });
    expect(res.status).toBe(400);
    expect(res.body).toContain('class="error-summary"');
    for (const field of ['title', 'slug', 'summary', 'body', 'procedureCode']) expect(res.body, field).toContain(`href="#f-${field}"`);
    expect(res.body).toContain('Địa chỉ bài viết chỉ gồm chữ thường');
    expect(res.body).toContain('&lt;i&gt;typed&lt;/i&gt;</textarea>');
    expect(res.body).toContain('value="Khong Hop Le"');
  });

  it('creates a draft once however often it is posted, then publishes it with the body escaped', async () => {
    const form = await admin.get(`${BASE}/moi`);
    const id = /name="id" value="([^"]+)"/.exec(form.body)![1]!;
    const first = await admin.post(BASE, { ...article, id });
    expect(first.status).toBe(303);
    const second = await admin.post(BASE, { ...article, id });
    expect(second.status).toBe(303);
    const rows = (await t.app.database.db.execute(sql`SELECT slug, published_at FROM articles WHERE id = ${id}`)) as unknown as { rows: { slug: string; published_at: unknown }[] };
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!.slug).toBe('huong-dan-thanh-toan-le-phi-truc-tuyen');
    expect(await auditCount('article.create')).toBe(1);
    // a draft is not on the portal
    const visitor = webClient(t);
    expect((await visitor.get('/tin-tuc/huong-dan-thanh-toan-le-phi-truc-tuyen')).status).toBe(404);

    await admin.get(BASE);
    const published = await admin.post(`${BASE}/${id}/dang`, {});
    expect(published.status).toBe(303);
    expect(await auditCount('article.publish')).toBe(1);
    const page = await visitor.get('/tin-tuc/huong-dan-thanh-toan-le-phi-truc-tuyen');
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).not.toContain('<b>đậm</b>');
    expect(page.body).toContain('<p>Đoạn đầu &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; tiếp.</p>');
    expect(page.body).toContain('<li>Mục một &lt;b&gt;đậm&lt;/b&gt;</li>');
    expect(page.body).toContain('href="/thu-tuc/1.001193"');
    expect((await visitor.get('/')).body).toContain('/tin-tuc/huong-dan-thanh-toan-le-phi-truc-tuyen"');

    await admin.get(BASE);
    await admin.post(`${BASE}/${id}/go`, {});
    expect(await auditCount('article.unpublish')).toBe(1);
    expect((await visitor.get('/tin-tuc/huong-dan-thanh-toan-le-phi-truc-tuyen')).status).toBe(404);
  });

  it('edits an article, refuses a taken slug and an edit from a stale form', async () => {
    const list = await admin.get(BASE);
    const id = /href="\/can-bo\/quan-tri\/tin-tuc\/([0-9a-f-]{36})">Hướng dẫn thanh toán/.exec(list.body)![1]!;
    const edit = await admin.get(`${BASE}/${id}`);
    const version = /name="version" value="(\d+)"/.exec(edit.body)![1]!;
    const taken = await admin.post(`${BASE}/${id}`, { ...article, slug: 'tra-cuu-ho-so', version });
    expect(taken.status).toBe(400);
    expect(taken.body).toContain('Đã có bài viết dùng địa chỉ “tra-cuu-ho-so”');
    const saved = await admin.post(`${BASE}/${id}`, { ...article, title: 'Thanh toán lệ phí trực tuyến', slug: 'thanh-toan-le-phi', version });
    expect(saved.status).toBe(303);
    expect(await auditCount('article.edit')).toBe(1);
    const stale = await admin.post(`${BASE}/${id}`, { ...article, title: 'Bản cũ ghi đè', version });
    expect(stale.status).toBe(409);
    expect(stale.body).toContain('vừa được thay đổi ở nơi khác');
    expect((await admin.get(`${BASE}/${id}`)).body).toContain('value="Thanh toán lệ phí trực tuyến"');
    expect((await admin.get(`${BASE}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await admin.get(`${BASE}/not-an-id`)).status).toBe(404);
  });
});
