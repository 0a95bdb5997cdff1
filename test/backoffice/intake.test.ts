// Desk intake through the pages (issue 5): procedure → applicant (a wrong personal id is refused
// with the identifier check's message, the input kept) → checklist → a scanned component signed as
// its digitisation → receive → Form 01 as a signed A5 PDF; supplement and refusal print Forms 02/03;
// a double submission registers one dossier; CSRF and the desk role are enforced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { pdfSig, pdfText } from '../support/pdf-tools.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { webClient } from '../support/web-client.ts';
import { applicant, declaration, decisionForm, deskClient, registerApplicant, scannedPdf, startIntake } from './intake-helpers.ts';

const PROC = '1.004230';

describe('desk intake pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('2026-03-02T09:00:00+07:00', { MOTCUA_OCR_WORKERS: '0' });
  });
  afterAll(() => t.close());

  const count = async (table: string, where = 'true') => {
    const r = await t.app.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`));
    return ((r as unknown as { rows: { n: number }[] }).rows[0]!).n;
  };

  it('takes a dossier in at the desk: validation, scan, receipt with Form 01, routing, handling time', async () => {
    const c = await deskClient(t);
    const search = await c.get('/can-bo/tiep-nhan?q=cap+lai+giay+phep');
    expect(search.status).toBe(200);
    expect(search.body).toContain('Tiếp nhận hồ sơ tại quầy');
    const draftUrl = await startIntake(c, PROC);
    expect(draftUrl).toMatch(/^\/can-bo\/tiep-nhan\/[0-9a-f-]{36}$/);

    await c.get(draftUrl);
    const form = { ...applicant, ...(await declaration(t, PROC)), _touched: '1', _action: 'save' };
    const bad = await c.post(draftUrl, { ...form, personalId: '064190012345', fullName: 'Trần Văn Bình' });
    expect(bad.status).toBe(422);
    expect(bad.body).toContain('error-summary');
    expect(bad.body).toContain('id="f-personalId-error"');
    expect(bad.body).toContain('value="Trần Văn Bình"'); // what was typed is kept
    const before = await count('dossiers');

    t.clock.advance(12 * 60_000); // the officer spends 12 minutes with the applicant
    const ok = await c.post(draftUrl, form);
    expect(ok.status).toBe(303);
    expect(ok.location).toBe(`${draftUrl}/giay-to`);
    const again = await c.post(draftUrl, form); // double submission
    expect(again.status).toBe(303);
    expect(await count('dossiers')).toBe(before + 1);

    let papers = await c.get(ok.location!);
    expect(papers.status).toBe(200);
    const component = /name="component" value="([^"]+)"/.exec(papers.body)![1]!;
    const up = await c.postMultipart(`${draftUrl}/giay-to/quet`, { component }, [{ field: `file_${component}`, name: 'bản quét.pdf', type: 'application/pdf', data: await scannedPdf('GIAY PHEP') }]);
    expect(up.status, up.body.slice(0, 1500)).toBe(303);
    papers = await c.get(ok.location!);
    expect(papers.body).toContain('Bản quét ký số');
    const scanLink = /href="([^"]+\/ban-so-hoa)"/.exec(papers.body)![1]!;
    const scan = await c.get(scanLink);
    expect(scan.status).toBe(200);
    expect(scan.headers['content-type']).toBe('application/pdf');

    const receive = decisionForm(papers.body, 'receive');
    const done = await c.post(`${draftUrl}/quyet-dinh`, receive);
    expect(done.status).toBe(303);
    const twice = await c.post(`${draftUrl}/quyet-dinh`, receive);
    expect(twice.status).toBe(303);
    const result = await c.get(done.location!);
    expect(result.body).toContain('Đã tiếp nhận hồ sơ');
    expect(result.body).toContain('Thời gian xử lý tại quầy: 12 phút');
    const code = /Mã hồ sơ: ([A-Z0-9.-]+)/.exec(result.body)![1]!;
    expect(code).toMatch(/^H21\.02-260302-\d{4}$/);
    expect(await count('dossier_actions', `type = 'receive'`)).toBe(1);

    const pdfUrl = /href="([^"]+\/mau\/receiptSlip)"/.exec(result.body)![1]!;
    const pdfRes = await t.app.http.inject({ method: 'GET', url: pdfUrl, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(pdfRes.statusCode).toBe(200);
    const pdf = pdfRes.rawPayload;
    const text = await pdfText(pdf);
    expect(text).toContain(code);
    expect(text).toContain('Công ty TNHH In Phố Núi');
    expect(text).toMatch(/GIẤY TIẾP NHẬN HỒ SƠ/);
    expect(await pdfSig(pdf)).toMatch(/Signature is Valid/);

    // routing to the competent agency (Sở KH&CN)
    expect(result.body).toContain('Chuyển hồ sơ đến cơ quan giải quyết');
    const routed = await c.post(`${draftUrl}/chuyen`, { expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(result.body)![1]! });
    expect(routed.status).toBe(303);
    expect(await count('dossier_actions', `type = 'transfer'`)).toBe(1);

    const start = await c.get('/can-bo/tiep-nhan');
    expect(start.body).toContain('12 phút');
  });

  it('requests a supplement listing every missing item at once, and refuses with a reason', async () => {
    const c = await deskClient(t);
    const draft = await startIntake(c, PROC);
    const papersUrl = await registerApplicant(t, c, draft, PROC, { _touched: '1' }); // nothing ticked as received
    const papers = await c.get(papersUrl);
    const missing = [...papers.body.matchAll(/name="missing" value="([^"]+)" checked/g)].map((m) => m[1]!);
    expect(missing.length).toBeGreaterThan(0);
    const noReason = await c.post(`${draft}/quyet-dinh`, { ...decisionForm(papers.body, 'supplement'), missing, supplementReason: '' });
    expect(noReason.status).toBe(422);
    expect(noReason.body).toContain('id="f-supplementReason-error"');
    const sent = await c.post(`${draft}/quyet-dinh`, { ...decisionForm(papers.body, 'supplement'), missing, otherItem: 'Bản sao hợp đồng thuê nhà', supplementReason: 'Hồ sơ chưa đủ thành phần' });
    expect(sent.status).toBe(303);
    const result = await c.get(sent.location!);
    expect(result.body).toContain('Đã yêu cầu bổ sung hồ sơ');
    // Form 02 lists every missing item at once: the ticked components and the other item named.
    const found = await t.app.database.db.execute(sql.raw(`SELECT dossier_id FROM desk_intakes WHERE id = '${draft.split('/').pop()}'`));
    const dossierId = (found as unknown as { rows: { dossier_id: string }[] }).rows[0]!;
    const [supplement] = await dossierRepo.listSupplements(t.app.database.db, dossierId.dossier_id);
    expect(supplement!.items.map((i) => i.description)).toContain('Bản sao hợp đồng thuê nhà');
    expect(supplement!.items).toHaveLength(missing.length + 1);
    const draft2 = await startIntake(c, PROC);
    const papers2 = await c.get(await registerApplicant(t, c, draft2, PROC));
    const refused = await c.post(`${draft2}/quyet-dinh`, { ...decisionForm(papers2.body, 'refuse'), refuseReason: 'Không thuộc thẩm quyền giải quyết' });
    expect(refused.status).toBe(303);
    const result2 = await c.get(refused.location!);
    expect(result2.body).toContain('Đã từ chối tiếp nhận hồ sơ');
  });

  it('refuses a post without its CSRF token, other officers’ drafts, and officers without the desk role', async () => {
    const c = await deskClient(t);
    await c.get('/can-bo/tiep-nhan');
    const forged = await c.post('/can-bo/tiep-nhan/moi', { procedureCode: PROC, _csrf: 'forged' });
    expect(forged.status).toBe(403);
    expect(forged.body).toContain('Biểu mẫu đã hết hạn');
    const draft = await startIntake(c, PROC);
    const other = await deskClient(t, 'pleiku.motcua');
    expect((await other.get(draft)).status).toBe(404);
    const specialist = await deskClient(t, 'khcn.chuyenvien');
    expect((await specialist.get('/can-bo/tiep-nhan')).status).toBe(403);
    const anonymous = webClient(t);
    expect((await anonymous.get('/can-bo/tiep-nhan')).status).toBe(303);
  });
});
