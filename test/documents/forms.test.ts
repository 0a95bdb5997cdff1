// The printable forms of a real dossier (DOMAIN §7), built from its record and action log, signed by
// the officer who acted, and checked with poppler: Vietnamese text, A5/A4 paper, a valid signature.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisation } from '../support/dossier-fixtures.ts';
import { pdfInfo, pdfSig, pdfText } from '../support/pdf-tools.ts';
import type { TestApp } from '../support/test-app.ts';
import { at, DESK, inAppraisal, staff, startApp } from '../lifecycle/drive.ts';

async function form(t: TestApp, token: string, id: string, name: string) {
  const res = await t.app.http.inject({ method: 'GET', url: `/api/v1/dossiers/${id}/forms/${name}`, headers: { authorization: `Bearer ${token}` } });
  return { status: res.statusCode, pdf: res.rawPayload, json: res.statusCode === 200 ? null : (JSON.parse(res.body) as { error: { message: string } }) };
}

describe('standard forms of a dossier', () => {
  let t: TestApp;
  let desk: string;
  let d: { id: string; code: string };
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    desk = await t.login(DESK);
    at(t, '2026-03-02 09:00');
    d = await inAppraisal(t, '1.004470', staff['H21.10']);
  });
  afterAll(() => t.close());

  it('Form 01: the receipt slip names the dossier, applicant and appointment, on A5, signed by the receiving officer', async () => {
    const { status, pdf } = await form(t, desk, d.id, 'receiptSlip');
    expect(status).toBe(200);
    const text = await pdfText(pdf);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(d.code);
    expect(text).toContain(organisation.organisation.name);
    expect(text).toContain('Cấp giấy phép bưu chính');
    expect(await pdfInfo(pdf)).toMatch(/Page size:\s+419\.5\d? x 595\.2\d? pts/);
    const sig = await pdfSig(pdf);
    expect(sig).toContain('Signature is Valid');
  });

  it('Form 05: the control slip is generated from the action log', async () => {
    const { status, pdf } = await form(t, desk, d.id, 'controlSlip');
    expect(status).toBe(200);
    const text = await pdfText(pdf);
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Sở Khoa học và Công nghệ');
  });

  it('a form the dossier has no reason for is refused with why; unknown forms and outsiders get 404', async () => {
    const none = await form(t, desk, d.id, 'refusalNotice');
    expect(none.status).toBe(422);
    expect(none.json!.error.message).toContain('không bị từ chối');
    expect((await form(t, desk, d.id, 'bieu-mau-la')).status).toBe(404);
    expect((await form(t, await t.login('pleiku.motcua'), d.id, 'receiptSlip')).status).toBe(404);
  });

  it('Form 06: the tracking book of the desk for a period, on A4', async () => {
    const res = await t.app.http.inject({ method: 'GET', url: '/api/v1/agencies/H21.02/tracking-book?from=2026-03-01&to=2026-03-31', headers: { authorization: `Bearer ${desk}` } });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain(d.code);
    expect(await pdfInfo(res.rawPayload)).toMatch(/Page size:\s+(595\.2\d? x 841\.8\d?|841\.8\d? x 595\.2\d?) pts/);
    const outsider = await t.app.http.inject({ method: 'GET', url: '/api/v1/agencies/H21.02/tracking-book?from=2026-03-01&to=2026-03-31', headers: { authorization: `Bearer ${await t.login('pleiku.motcua')}` } });
    expect(outsider.statusCode).toBe(403);
  });
});
