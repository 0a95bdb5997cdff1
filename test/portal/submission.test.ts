// Online submission on the portal, in-process: start → e-form (prefill, validation, conditions) →
// papers (content-checked uploads) → delivery → check → submit (idempotent) → confirmation; drafts
// saved, autosaved and resumed; CSRF and other people's drafts refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCitizen, signInCitizen, webClient, type WebClient } from '../support/web-client.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { dossiersOf, draftIdOf, draftRow, publishForPortal, smallPdf } from './submission-fixtures.ts';

const CODE = '2.000815';

describe('online submission', () => {
  let t: TestApp;
  let pdf: Buffer;
  beforeAll(async () => {
    t = await startTestApp();
    await publishForPortal(t, CODE, (p) => ({ ...p, details: { ...p.details, components: p.details.components.map((c) => (c.code === 'TP01' ? { ...c, upload: { maxMb: 1 } } : c)) } }));
    pdf = await smallPdf();
  }, 60_000);
  afterAll(() => t?.close());

  async function startDraft(client: WebClient): Promise<string> {
    const start = await client.get(`/nop-ho-so/${CODE}`);
    expect(start.status).toBe(200);
    const agency = /<option value="(H21[^"]+)"/.exec(start.body)![1]!;
    const started = await client.post(`/nop-ho-so/${CODE}`, { agency });
    expect(started.status).toBe(303);
    return draftIdOf(started.location);
  }

  it('asks to sign in first, and explains when a procedure takes no portal applications', async () => {
    const anon = webClient(t);
    const res = await anon.get(`/nop-ho-so/${CODE}`);
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/dang-nhap?next=${encodeURIComponent(`/nop-ho-so/${CODE}`)}`);
    const client = webClient(t);
    await signInCitizen(t, client, { personalId: '064090001111' });
    const desk = await client.get('/nop-ho-so/2.000884');
    expect(desk.status).toBe(200);
    expect(desk.body).toContain('chưa nhận hồ sơ trực tuyến');
    expect(desk.body).not.toContain('Bắt đầu');
    expect((await client.get('/nop-ho-so/9.999999')).status).toBe(404);
    const noAgency = await (async () => {
      await client.get(`/nop-ho-so/${CODE}`);
      return client.post(`/nop-ho-so/${CODE}`, {});
    })();
    expect(noAgency.status).toBe(400);
    expect(noAgency.body).toContain('Chọn cơ quan giải quyết hồ sơ');
  });

  it('goes from start to confirmation with prefill, validation, an upload and one dossier for a double submit', async () => {
    const client = webClient(t);
    await signInCitizen(t, client);
    const id = await startDraft(client);

    const step = await client.get(`/ho-so-nhap/${id}/buoc/yeuCau`);
    expect(step.status).toBe(200);
    expect(step.body).toContain(`value="${demoCitizen.fullName}"`);
    expect(step.body).toContain(`value="${demoCitizen.personalId}"`);
    expect(step.body).toContain('Đã điền sẵn từ tài khoản định danh điện tử');
    expect(step.body).toContain('data-autosave="/ho-so-nhap/');

    // Hostile and wrong values: the page comes back with the summary, the messages and what was typed.
    const bad = await client.post(`/ho-so-nhap/${id}/buoc/yeuCau`, {
      _page: 'yeuCau',
      hoTen: demoCitizen.fullName,
      soDinhDanh: demoCitizen.personalId,
      tenGiayTo: '<script>alert(1)</script>',
      coQuanCap: 'khong-co',
      soTrang: 'mười',
      soBanSao: '{"$gt":1}',
      action: 'next',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('class="error-summary"');
    expect(bad.body).toContain('href="#f-soTrang"');
    expect(bad.body).toContain('value="mười"');
    expect(bad.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(bad.body).not.toContain('<script>alert(1)');

    // A foreign document needs the legalisation answer; a Vietnamese one does not (condition fails → not asked).
    const foreign = { _page: 'yeuCau', hoTen: demoCitizen.fullName, soDinhDanh: demoCitizen.personalId, tenGiayTo: 'Bằng tốt nghiệp', coQuanCap: 'nuoc-ngoai', soTrang: '2', soBanSao: '3', hinhThucKetQua: 'ban-giay', action: 'next' };
    const ok = await client.post(`/ho-so-nhap/${id}/buoc/yeuCau`, { ...foreign, coQuanCap: 'viet-nam', daHopPhapHoa: 'false' });
    expect(ok.status, ok.body.slice(0, 500)).toBe(303);
    expect(ok.location).toBe(`/ho-so-nhap/${id}/giay-to`);
    expect((await draftRow(t, id))!.answers).toMatchObject({ soTrang: 2, soBanSao: 3, coQuanCap: 'viet-nam' });

    // Papers: an .exe renamed to .pdf is refused by content, an oversized PDF by size, a real PDF kept.
    await client.get(`/ho-so-nhap/${id}/giay-to`);
    const exe = await client.postMultipart(`/ho-so-nhap/${id}/giay-to/TP01/tai-len`, {}, [{ field: 'file-TP01', name: 'bang.pdf', type: 'application/pdf', data: Buffer.concat([Buffer.from('MZ\x90\x00\x03'), Buffer.alloc(4000, 1)]) }]);
    expect(exe.status).toBeGreaterThanOrEqual(400);
    expect(exe.status).toBeLessThan(500);
    expect(exe.body).toMatch(/Không nhận diện được loại tệp|không được chấp nhận ở đây/);
    const big = await client.postMultipart(`/ho-so-nhap/${id}/giay-to/TP01/tai-len`, {}, [{ field: 'file-TP01', name: 'lon.pdf', type: 'application/pdf', data: Buffer.concat([pdf, Buffer.alloc(1_200_000, 0x20)]) }]);
    expect(big.status).toBe(413);
    expect(big.body).toContain('vượt quá dung lượng cho phép (1 MB)');
    expect((await draftRow(t, id))!.components).toEqual({});
    const missing = await client.post(`/ho-so-nhap/${id}/giay-to`, { action: 'next' });
    expect(missing.status).toBe(400);
    const up = await client.postMultipart(`/ho-so-nhap/${id}/giay-to/TP01/tai-len`, {}, [{ field: 'file-TP01', name: 'ban-chinh.pdf', type: 'application/pdf', data: pdf }]);
    expect(up.status).toBe(303);
    expect((await client.get(`/ho-so-nhap/${id}/giay-to`)).body).toContain('Đã đính kèm: ban-chinh.pdf');
    expect((await client.post(`/ho-so-nhap/${id}/giay-to`, { action: 'next' })).location).toBe(`/ho-so-nhap/${id}/nhan-ket-qua`);

    // Delivery: by post needs an address; the claims' address is offered.
    const delivery = await client.get(`/ho-so-nhap/${id}/nhan-ket-qua`);
    expect(delivery.body).toContain(demoCitizen.address!);
    const noAddress = await client.post(`/ho-so-nhap/${id}/nhan-ket-qua`, { method: 'BY_POST', address: '', action: 'next' });
    expect(noAddress.status).toBe(400);
    expect((await client.post(`/ho-so-nhap/${id}/nhan-ket-qua`, { method: 'BY_POST', address: demoCitizen.address!, action: 'next' })).location).toBe(`/ho-so-nhap/${id}/kiem-tra`);

    const check = await client.get(`/ho-so-nhap/${id}/kiem-tra`);
    expect(check.status).toBe(200);
    expect(check.body).toContain('Bằng tốt nghiệp');
    expect(check.body).toContain(`href="/ho-so-nhap/${id}/buoc/yeuCau"`);
    expect(check.body).not.toContain('class="error-summary"');
    const undeclared = await client.post(`/ho-so-nhap/${id}/kiem-tra`, {});
    expect(undeclared.status).toBe(400);
    expect(undeclared.body).toContain('Đánh dấu vào ô cam đoan');

    const csrf = client.csrf()!;
    const [first, second] = await Promise.all([client.post(`/ho-so-nhap/${id}/kiem-tra`, { declaration: 'yes', _csrf: csrf }), client.post(`/ho-so-nhap/${id}/kiem-tra`, { declaration: 'yes', _csrf: csrf })]);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.location).toBe(first.location);
    const replay = await client.post(`/ho-so-nhap/${id}/kiem-tra`, { declaration: 'yes', _csrf: csrf });
    expect(replay.location).toBe(first.location);
    const mine = await dossiersOf(t, demoCitizen.personalId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.channel).toBe('PORTAL');
    expect(first.location).toBe(`/nop-ho-so/xac-nhan/${mine[0]!.id}`);

    const done = await client.get(first.location!);
    expect(done.status).toBe(200);
    expect(done.body).toContain('class="panel"');
    if (mine[0]!.code) {
      expect(done.body).toContain(mine[0]!.code);
      expect(done.body).toContain('<svg');
    }
    const files = await t.request('GET', `/api/v1/dossiers/${mine[0]!.id}/documents`, { token: await t.login('giamsat') });
    expect(JSON.stringify(files.body)).toContain('ban-chinh.pdf');

    // Enter data once: a new draft of the same procedure starts from this dossier's answers.
    const again = await startDraft(client);
    expect(again).not.toBe(id);
    const page = await client.get(`/ho-so-nhap/${again}/buoc/yeuCau`);
    expect(page.body).toContain('value="Bằng tốt nghiệp"');
    expect(page.body).toContain('Đã điền sẵn từ hồ sơ trước đây của bạn cho thủ tục này');

    // Another person sees neither the confirmation nor the draft.
    const other = webClient(t);
    await signInCitizen(t, other, { personalId: '064090009999', fullName: 'Trần Thị Bình' });
    expect((await other.get(first.location!)).status).toBe(404);
    expect((await other.get(`/ho-so-nhap/${again}/buoc/yeuCau`)).status).toBe(404);
    expect((await other.get(`/ho-so-nhap/${again}/xoa`)).status).toBe(404);
    await other.get('/ho-so-nhap');
    expect((await other.post(`/ho-so-nhap/${again}/xoa`, {})).status).toBe(404);
    expect((await other.post(`/ho-so-nhap/${again}/luu-tu-dong`, { _page: 'yeuCau', tenGiayTo: 'x' })).status).toBe(404);
    expect(await draftRow(t, again)).toBeDefined();
  }, 60_000);

  it('saves drafts (button, autosave), resumes them in a new session, refuses forged posts, deletes on confirmation', async () => {
    const claims = { personalId: '064090002222', fullName: 'Lê Văn Cường' };
    const client = webClient(t);
    await signInCitizen(t, client, claims);
    const id = await startDraft(client);
    await client.get(`/ho-so-nhap/${id}/buoc/yeuCau`);

    const forged = await client.post(`/ho-so-nhap/${id}/buoc/yeuCau`, { _page: 'yeuCau', tenGiayTo: 'Giả mạo', action: 'later', _csrf: 'x'.repeat(43) });
    expect(forged.status).toBe(403);
    expect(forged.body).toContain('Biểu mẫu đã hết hạn');
    expect((await draftRow(t, id))!.answers.tenGiayTo).toBeUndefined();
    expect((await client.post(`/ho-so-nhap/${id}/luu-tu-dong`, { _page: 'yeuCau', tenGiayTo: 'Giả mạo', _csrf: 'x'.repeat(43) })).status).toBe(403);

    const auto = await client.post(`/ho-so-nhap/${id}/luu-tu-dong`, { _page: 'yeuCau', hoTen: claims.fullName, tenGiayTo: 'Học bạ', soTrang: '4', _autosave: '1' }, { accept: 'application/json' });
    expect(auto.status).toBe(200);
    expect(JSON.parse(auto.body)).toMatchObject({ saved: true });
    expect((await draftRow(t, id))!.answers).toMatchObject({ tenGiayTo: 'Học bạ', soTrang: 4, hoTen: claims.fullName });

    const later = await client.post(`/ho-so-nhap/${id}/buoc/yeuCau`, { _page: 'yeuCau', hoTen: claims.fullName, tenGiayTo: 'Học bạ THPT', action: 'later' });
    expect(later.location).toBe('/ho-so-nhap?tb=da_luu');

    const fresh = webClient(t);
    await signInCitizen(t, fresh, claims);
    const start = await fresh.get(`/nop-ho-so/${CODE}`);
    expect(start.body).toContain('Tiếp tục hồ sơ đang soạn');
    expect(start.body).toContain(`href="/ho-so-nhap/${id}/buoc/yeuCau"`);
    const list = await fresh.get('/ho-so-nhap');
    expect(list.body).toContain(`/ho-so-nhap/${id}/xoa`);
    expect((await fresh.get(`/ho-so-nhap/${id}/buoc/yeuCau`)).body).toContain('value="Học bạ THPT"');

    expect((await fresh.get(`/ho-so-nhap/${id}/xoa`)).body).toContain('Xóa hồ sơ đang soạn?');
    const deleted = await fresh.post(`/ho-so-nhap/${id}/xoa`, {});
    expect(deleted.location).toBe('/ho-so-nhap?tb=da_xoa');
    expect(await draftRow(t, id)).toBeUndefined();
    expect((await fresh.get(`/ho-so-nhap/${id}/buoc/yeuCau`)).status).toBe(404);
    expect((await fresh.get('/ho-so-nhap/khong-phai-uuid/buoc/yeuCau')).status).toBe(404);
  }, 60_000);

  it('lets a representative apply for their organisation: the organisation owns the dossier', async () => {
    const client = webClient(t);
    await signInCitizen(t, client, { personalId: '064090003333', fullName: 'Phạm Thị Dung', actingFor: '0100109106' });
    const id = await startDraft(client);
    const step = await client.get(`/ho-so-nhap/${id}/buoc/yeuCau`);
    expect(step.body).toContain('value="Phạm Thị Dung"');
    await client.post(`/ho-so-nhap/${id}/buoc/yeuCau`, { _page: 'yeuCau', hoTen: 'Phạm Thị Dung', soDinhDanh: '064090003333', tenGiayTo: 'Điều lệ công ty', coQuanCap: 'viet-nam', soTrang: '10', soBanSao: '1', hinhThucKetQua: 'ban-dien-tu', action: 'next' });
    await client.get(`/ho-so-nhap/${id}/giay-to`);
    await client.postMultipart(`/ho-so-nhap/${id}/giay-to/TP01/tai-len`, {}, [{ field: 'file-TP01', name: 'dieu-le.pdf', type: 'application/pdf', data: pdf }]);
    await client.get(`/ho-so-nhap/${id}/nhan-ket-qua`);
    await client.post(`/ho-so-nhap/${id}/nhan-ket-qua`, { method: 'ONLINE', action: 'next' });
    const check = await client.get(`/ho-so-nhap/${id}/kiem-tra`);
    expect(check.body).toContain('0100109106');
    const done = await client.post(`/ho-so-nhap/${id}/kiem-tra`, { declaration: 'yes' });
    expect(done.status, done.body.slice(0, 800)).toBe(303);
    const owned = await dossiersOf(t, '0100109106');
    expect(owned.map((d) => `/nop-ho-so/xac-nhan/${d.id}`)).toContain(done.location);
  }, 60_000);
});
