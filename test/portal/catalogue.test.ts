// The public catalogue pages (issue 4): home, search without diacritics, filters, the procedure page
// with everything the law requires, the submit button only where the portal channel is open, 404s,
// sample-form PDFs, and the public look-up by dossier code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receivedAtDesk, startApp } from '../lifecycle/drive.ts';
import type { TestApp } from '../support/test-app.ts';
import { webClient, type WebClient } from '../support/web-client.ts';

describe('portal catalogue pages', () => {
  let t: TestApp;
  let web: WebClient;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    web = webClient(t);
  });
  afterAll(() => t.close());

  it('home: search box with suggestions, browse lists, featured procedures and the latest articles', async () => {
    const res = await web.get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('data-suggest="/goi-y"');
    expect(res.body).toContain('<datalist id="goi-y-list">');
    expect(res.body).toContain('href="/thu-tuc?event=birth"');
    expect(res.body).toContain('href="/thu-tuc?online=FULL"');
    expect(res.body).toContain('href="/thu-tuc?field=H21-HTCH"');
    expect(res.body).toContain('href="/thu-tuc?level=COMMUNE"');
    // no dossiers yet in the last 90 days: the curated list
    expect(res.body).toContain('Thủ tục thường dùng');
    expect(res.body).toContain('href="/thu-tuc/1.001193"');
    expect(res.body).toContain('href="/tin-tuc/tra-cuu-ho-so"');
    expect(Buffer.byteLength(res.body)).toBeLessThan(40_000);
  });

  it('ranks the most used procedures of the last 90 days, recomputed at most every 10 minutes', async () => {
    expect((await web.get('/')).body).toContain('Thủ tục thường dùng'); // computed (or still kept) with no dossiers
    await receivedAtDesk(t, '1.004230');
    await receivedAtDesk(t, '1.004230');
    await receivedAtDesk(t, '2.000488');
    // kept: the ranking is a scan over the period's dossiers, not worth doing per page view
    expect((await web.get('/')).body).toContain('Thủ tục thường dùng');
    t.clock.advance(10 * 60_000 + 1);
    const ranked = (await web.get('/')).body;
    expect(ranked).toContain('Thủ tục được nộp nhiều nhất (90 ngày qua)');
    const popular = ranked.slice(ranked.indexOf('Thủ tục được nộp nhiều nhất'));
    expect(popular.indexOf('href="/thu-tuc/1.004230"')).toBeGreaterThan(-1);
    expect(popular.indexOf('href="/thu-tuc/1.004230"')).toBeLessThan(popular.indexOf('href="/thu-tuc/2.000488"'));
    expect(popular).not.toContain('href="/thu-tuc/1.001193"'); // the curated list is gone
  });

  it('suggestions are procedure names found without diacritics, as JSON', async () => {
    const res = await web.get('/goi-y?q=cap%20giay%20phep', { accept: 'application/json' });
    expect(res.status).toBe(200);
    const names = JSON.parse(res.body) as string[];
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThanOrEqual(8);
    expect(names).toContain('Cấp giấy phép hoạt động in');
    expect(JSON.parse((await web.get('/goi-y?q=a')).body)).toEqual([]);
    expect((await web.get(`/goi-y?q=${'x'.repeat(1500)}`)).status).toBe(200);
  });

  it('search without diacritics finds "Cấp giấy phép…", counts and pages the results', async () => {
    const res = await web.get('/thu-tuc?q=cap+giay+phep');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Kết quả tìm kiếm “cap giay phep”');
    expect(res.body).toMatch(/Tìm thấy \d+ thủ tục/);
    expect(res.body).toContain('href="/thu-tuc/1.004227">Cấp giấy phép hoạt động in</a>');
    const all = await web.get('/thu-tuc');
    const total = Number(/Tìm thấy (\d+) thủ tục/.exec(all.body)![1]);
    expect(total).toBeGreaterThan(10);
    expect(all.body).toContain('href="/thu-tuc?trang=2"');
    const page2 = await web.get('/thu-tuc?trang=2');
    expect(page2.body).toContain('Trang 2 /');
    expect(page2.body).toContain('rel="prev"');
  });

  it('filters narrow the results and are kept in the form', async () => {
    const birth = await web.get('/thu-tuc?event=birth');
    expect(birth.body).toContain('href="/thu-tuc/1.001193"');
    expect(birth.body).not.toContain('href="/thu-tuc/1.004227"');
    expect(birth.body).toContain('<option value="birth" selected>');
    const full = await web.get('/thu-tuc?online=FULL&field=H21-BUUC');
    expect(full.body).toContain('href="/thu-tuc/1.004470"');
    expect(full.body).not.toContain('href="/thu-tuc/1.001193"');
    const agency = await web.get('/thu-tuc?agency=H21.10');
    expect(agency.status).toBe(200);
    expect(agency.body).toContain('<option value="H21.10" selected>');
    // odd values are ignored, never an error page
    expect((await web.get('/thu-tuc?online=XYZ&event=%3Cscript%3E&trang=-4')).status).toBe(200);
  });

  it('an empty result gives advice, and the query is printed escaped', async () => {
    const res = await web.get('/thu-tuc?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E+zzqqxx&online=NONE');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Tìm thấy 0 thủ tục');
    expect(res.body).toContain('Không tìm thấy thủ tục phù hợp');
    expect(res.body).toContain('Bỏ bớt bộ lọc');
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).toContain('&lt;script&gt;alert(1)');
  });

  it('a fully online procedure shows every required section and the submit-online button', async () => {
    const res = await web.get('/thu-tuc/1.004470');
    expect(res.status).toBe(200);
    for (const heading of ['Trình tự thực hiện', 'Cách thức thực hiện', 'Thành phần hồ sơ', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Cơ quan thực hiện', 'Đối tượng thực hiện', 'Kết quả thực hiện', 'Căn cứ pháp lý']) {
      expect(res.body, heading).toContain(`>${heading}</h2>`);
    }
    expect(res.body).toContain('href="/nop-ho-so/1.004470"');
    expect(res.body).toContain('Nộp hồ sơ trực tuyến');
    expect(res.body).toContain('Trực tuyến toàn trình');
  });

  it('a procedure not open on the portal says where to go, with address and hours, and has no submit button', async () => {
    const res = await web.get('/thu-tuc/1.004227');
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('/nop-ho-so/');
    expect(res.body).toContain('chưa nộp trực tuyến được trên Cổng');
    expect(res.body).toContain('127 Hai Bà Trưng, Quy Nhơn');
    expect(res.body).toContain('Giờ làm việc: 07:30–11:30, 13:30–17:00');
    const commune = await web.get('/thu-tuc/2.000884');
    expect(commune.body).toContain('Bộ phận Một cửa của Ủy ban nhân dân xã, phường');
    expect(commune.body).toMatch(/\d+ cơ quan, đơn vị/);
  });

  it('components with a sample form link to a blank printable PDF', async () => {
    const page = await web.get('/thu-tuc/1.001193');
    const link = /href="(\/thu-tuc\/1\.001193\/mau\/[^"]+\.pdf)"/.exec(page.body)?.[1];
    expect(link).toBeDefined();
    const pdf = await t.app.http.inject({ method: 'GET', url: link! });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await web.get('/thu-tuc/1.001193/mau/KHONGCO.pdf')).status).toBe(404);
  });

  it('unknown and malformed procedure codes are HTML 404 pages', async () => {
    for (const url of ['/thu-tuc/9.999999', '/thu-tuc/khong-phai-ma', '/thu-tuc/1.001193x/mau/TP01.pdf']) {
      const res = await web.get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
    }
  });

  it('public look-up of a received dossier shows status and dates only, the name masked', async () => {
    const d = await receivedAtDesk(t, '2.000488');
    const form = await web.get(`/tra-cuu?ma=${encodeURIComponent(d.code.toLowerCase())}`);
    expect(form.status).toBe(303);
    expect(form.location).toBe(`/tra-cuu/${d.code}`);
    const res = await web.get(form.location!);
    expect(res.status).toBe(200);
    expect(res.body).toContain(`Hồ sơ ${d.code}`);
    expect(res.body).toContain('Đã tiếp nhận');
    expect(res.body).toContain('Phiếu lý lịch tư pháp');
    expect(res.body).toContain('Nguyễn T. H.');
    expect(res.body).toContain('Ngày hẹn trả kết quả');
    for (const secret of ['064195012345', '0912345678', 'Hùng Vương']) expect(res.body).not.toContain(secret);
  });

  it('look-up: empty, malformed and unknown codes show the form again with a plain message', async () => {
    const blank = await web.get('/tra-cuu?ma=');
    expect(blank.status).toBe(400);
    expect(blank.body).toContain('Nhập mã hồ sơ.');
    const bad = await web.get('/tra-cuu?ma=%3Cb%3Exyz');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('error-summary');
    expect(bad.body).toContain('value="&lt;b&gt;xyz"');
    const direct = await web.get('/tra-cuu/khong-hop-le');
    expect(direct.status).toBe(400);
    const unknown = await web.get('/tra-cuu/H21.02-260302-9999');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('Không tìm thấy hồ sơ có mã H21.02-260302-9999');
    expect(unknown.body).toContain('name="ma"');
  });

  it('most used procedures count the dossiers of the last 90 days', async () => {
    const res = await web.get('/');
    expect(res.body).toContain('Thủ tục được nộp nhiều nhất (90 ngày qua)');
    expect(res.body).toContain('href="/thu-tuc/2.000488"');
  });
});
