// Online intake (the 8-working-hour clock, overdue first, acceptance from the list) and the
// tracking book (Form 06) on screen, as a signed PDF and as an Excel workbook read back with exceljs.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACKING_BOOK_HEADER_ROW } from '../../src/modules/documents/index.ts';
import { at, receivedAtDesk, startApp, submitOnline, vn } from '../lifecycle/drive.ts';
import { pdfSig, pdfText } from '../support/pdf-tools.ts';
import type { TestApp } from '../support/test-app.ts';
import { deskClient } from './intake-helpers.ts';

describe('online intake and the tracking book', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00', { MOTCUA_OCR_WORKERS: '0' });
  });
  afterAll(() => t.close());

  it('lists online dossiers overdue first with the working time left, and accepts one from the list', async () => {
    at(t, '2026-03-02 09:00');
    const early = await submitOnline(t, '1.004230', vn('2026-02-26 08:00')); // Thu: 8 working hours are long gone
    const fresh = await submitOnline(t, '1.004230', vn('2026-03-02 08:30'));
    const c = await deskClient(t);
    const page = await c.get('/can-bo/tiep-nhan/truc-tuyen');
    expect(page.status).toBe(200);
    const iEarly = page.body.indexOf(`/can-bo/ho-so/${early.id}`);
    const iFresh = page.body.indexOf(`/can-bo/ho-so/${fresh.id}`);
    expect(iEarly).toBeGreaterThan(0);
    expect(iFresh).toBeGreaterThan(iEarly);
    expect(page.body).toContain('quá hạn');
    expect(page.body).toMatch(/còn 7 giờ 30 phút làm việc/);

    const noReason = await c.post(`/can-bo/tiep-nhan/truc-tuyen/${fresh.id}`, { decision: 'refuse', reason: '' });
    expect(noReason.status).toBe(422);
    expect(noReason.body).toContain('id="f-reason-error"');
    const accepted = await c.post(`/can-bo/tiep-nhan/truc-tuyen/${fresh.id}`, { decision: 'receive' });
    expect(accepted.status).toBe(303);
    const after = await c.get('/can-bo/tiep-nhan/truc-tuyen');
    expect(after.body).not.toContain(`/can-bo/ho-so/${fresh.id}`);
    const again = await c.post(`/can-bo/tiep-nhan/truc-tuyen/${fresh.id}`, { decision: 'receive' });
    expect(again.status).toBe(409); // already received: refused, never received twice
  });

  it('shows the book, downloads it as a signed PDF and as Excel; bad periods are explained next to the field', async () => {
    at(t, '2026-03-03 09:00');
    const d = await receivedAtDesk(t, '1.004230');
    const c = await deskClient(t);
    const bad = await c.get('/can-bo/so-theo-doi?from=2026-13-01&to=2026-03-03');
    expect(bad.status).toBe(422);
    expect(bad.body).toContain('id="f-from-error"');
    const long = await c.get('/can-bo/so-theo-doi?from=2024-01-01&to=2026-03-03');
    expect(long.body).toContain('id="f-to-error"');

    const screen = await c.get(`/can-bo/so-theo-doi?from=2026-03-01&to=2026-03-31`);
    expect(screen.status).toBe(200);
    expect(screen.body).toContain(d.code);
    const deskCode = /<option value="([^"]+)" selected>/.exec(screen.body)![1]!;
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const pdf = await t.app.http.inject({ method: 'GET', url: `/can-bo/so-theo-doi?desk=${deskCode}&from=2026-03-01&to=2026-03-31&format=pdf`, headers: { cookie } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-disposition']).toContain("filename*=UTF-8''S%E1%BB%95");
    expect(await pdfText(pdf.rawPayload)).toContain(d.code);
    expect(await pdfSig(pdf.rawPayload)).toMatch(/Signature is Valid/);

    const xlsx = await t.app.http.inject({ method: 'GET', url: `/can-bo/so-theo-doi?desk=${deskCode}&from=2026-03-01&to=2026-03-31&format=xlsx`, headers: { cookie } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell(2, 1).value)).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(ws.getCell(1, 1).isMerged).toBe(true);
    expect(ws.getCell(TRACKING_BOOK_HEADER_ROW, 3).value).toBe('Tên thủ tục hành chính');
    const first = ws.getRow(TRACKING_BOOK_HEADER_ROW + 2);
    const codes = [];
    for (let r = TRACKING_BOOK_HEADER_ROW + 2; r <= ws.rowCount; r++) codes.push(ws.getCell(r, 2).value);
    expect(codes).toContain(d.code);
    expect(first.getCell(8).value).toBeInstanceOf(Date);
  });
});
