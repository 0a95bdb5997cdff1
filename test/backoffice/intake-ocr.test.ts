// Desk intake with OCR on (one worker): a scanned certificate goes through the papers page, the OCR
// job reads it, the page shows each proposed value with how sure the extractor is and the words it
// came from, the officer corrects one value and confirms, and the digitisation gets its code and
// the confirmed metadata. A bad date or an empty name is refused next to the field, values kept.
import PDFDocument from 'pdfkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontPath } from '../../src/platform/pdf/fonts.ts';
import { pdftoppmAvailable, rasterisePdf } from '../fixtures/ocr/render-a4.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { WebClient } from '../support/web-client.ts';
import { deskClient, registerApplicant, startIntake } from './intake-helpers.ts';

const PROC = '1.004230';

/** What the extractor looks for: a number after "Số:", a title in capitals, a labelled date of issue and expiry, a labelled tax code. */
const CERTIFICATE = [
  'SỞ KẾ HOẠCH VÀ ĐẦU TƯ',
  'Số: 123/GCN',
  'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
  'Tên doanh nghiệp: Công ty TNHH In Phố Núi',
  'Mã số doanh nghiệp: 0100109106',
  'Ngày cấp: 05/03/2024',
  'Có giá trị đến: 05/03/2029',
];

/** An A6 page at 200 dpi: small enough for one OCR worker on a 2-core machine to read in seconds. */
async function scannedCertificate(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A6', margin: 20 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(fontPath('serif')).fontSize(10);
  for (const line of CERTIFICATE) doc.text(line).moveDown(0.5);
  doc.end();
  const [page] = await rasterisePdf(await done, 200);
  return page!;
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The fields of the confirmation form on the papers page, as a browser would post them. */
function confirmFormOf(page: string): { action: string; fields: Record<string, string> } {
  const m = /<form[^>]*action="([^"]*\/so-hoa\/[0-9a-f-]{36})"[^>]*>([\s\S]*?)<\/form>/.exec(page);
  if (!m) throw new Error('no confirmation form on the page');
  const inputs = [...m[2]!.matchAll(/<input[^>]*\bname="([^"]+)"[^>]*\bvalue="([^"]*)"/g)].map((f) => [f[1]!, unescape(f[2]!)]);
  const selects = [...m[2]!.matchAll(/<select[^>]*\bname="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)].map((f) => [f[1]!, /<option value="([^"]*)" selected/.exec(f[2]!)?.[1] ?? '']);
  const fields = Object.fromEntries([...inputs, ...selects]);
  return { action: m[1]!, fields };
}

describe('desk intake with OCR proposals', () => {
  let t: TestApp;
  let c: WebClient;
  let draftUrl: string;
  let papersUrl: string;
  beforeAll(async () => {
    if (!(await pdftoppmAvailable())) throw new Error('pdftoppm (Debian package poppler-utils) is needed to rasterise the test page');
    t = await startTestApp('2026-03-02T09:00:00+07:00', { MOTCUA_OCR_WORKERS: '1' });
    c = await deskClient(t);
    draftUrl = await startIntake(c, PROC);
    papersUrl = await registerApplicant(t, c, draftUrl, PROC);
    const papers = await c.get(papersUrl);
    const component = /name="component" value="([^"]+)"/.exec(papers.body)![1]!;
    const up = await c.postMultipart(`${draftUrl}/giay-to/quet`, { component }, [{ field: `file_${component}`, name: 'gcn.png', type: 'image/png', data: await scannedCertificate() }]);
    expect(up.status, up.body.slice(0, 1500)).toBe(303);
    const pending = await c.get(papersUrl);
    expect(pending.body).toContain('Đang nhận dạng chữ');
    await t.app.runner.drain();
  }, 60_000);
  afterAll(() => t?.close());

  it('shows the proposals with their confidence and source; a bad date or empty name is refused next to the field, values kept', async () => {
    const page = await c.get(papersUrl);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('Đang nhận dạng chữ');
    const { action, fields } = confirmFormOf(page.body);
    expect(fields).toMatchObject({
      documentType: 'giay-chung-nhan-dang-ky-doanh-nghiep',
      documentNumber: '123/GCN',
      issuedOn: '2024-03-05',
      validTo: '2029-03-05',
      ownerIdType: 'TAX_CODE',
      ownerId: '0100109106',
    });
    // Each proposal names its confidence and the words it was read from, next to its field.
    const hint = (name: string) => unescape(new RegExp(`id="f-${name}-hint">([^<]*)<`).exec(page.body)?.[1] ?? '');
    expect(hint('documentNumber')).toMatch(/90 %.*Số: 123\/GCN/);
    expect(hint('issuedOn')).toMatch(/85 %.*Ngày cấp: 05\/03\/2024/);
    expect(hint('documentType')).toContain('GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP');
    expect(hint('validTo')).toContain('05/03/2029');
    expect(hint('ownerId')).toMatch(/90 %.*Mã số doanh nghiệp: 0100109106/);

    const bad = await c.post(action, { ...fields, issuedOn: '2024-02-30', title: '', issuer: 'Phòng Đăng ký kinh doanh' });
    expect(bad.status).toBe(422);
    expect(bad.body).toContain('id="f-issuedOn-error"');
    expect(bad.body).toContain('id="f-title-error"');
    expect(bad.body).toContain('value="2024-02-30"');
    expect(bad.body).toContain('value="Phòng Đăng ký kinh doanh"');
    expect(bad.body).toContain('error-summary');
    // The command's own check (validity ending before it starts) comes back the same way, not as an error page.
    const backwards = await c.post(action, { ...fields, validFrom: '2030-01-01' });
    expect(backwards.status).toBe(422);
    expect(backwards.body).toContain('id="f-validTo-error"');
    expect(backwards.body).toContain('value="2030-01-01"');
    const misread = await c.post(action, { ...fields, ownerId: '0100109105' }); // a wrong check digit
    expect(misread.status).toBe(422);
    expect(misread.body).toContain('id="f-ownerId-error"');
    expect(misread.body).toContain('value="0100109105"');
  });

  it('confirms the proposals with one value corrected: the digitisation gets its code and the metadata', async () => {
    const { action, fields } = confirmFormOf((await c.get(papersUrl)).body);
    const done = await c.post(action, { ...fields, issuer: 'Phòng Đăng ký kinh doanh, Sở Kế hoạch và Đầu tư tỉnh Gia Lai' });
    expect(done.status, done.body.slice(0, 2000)).toBe(303);
    const page = await c.get(papersUrl);
    const code = /· (H21\.02-SH-260302-\d{4})/.exec(page.body)?.[1];
    expect(code, page.body).toBeDefined();
    expect(page.body).not.toMatch(/action="[^"]*\/so-hoa\/[0-9a-f-]{36}"/); // nothing left to confirm

    const found = await t.app.database.db.execute(sql.raw(`SELECT dossier_id FROM desk_intakes WHERE id = '${draftUrl.split('/').pop()}'`));
    const dossierId = (found as unknown as { rows: { dossier_id: string }[] }).rows[0]!.dossier_id;
    const docs = await t.request('GET', `/api/v1/dossiers/${dossierId}/documents`, { token: await t.login('motcua.tinh') });
    expect(docs.status).toBe(200);
    const [dig] = docs.body.digitisations;
    expect(dig).toMatchObject({ status: 'CONFIRMED', code });
    expect(dig.metadata).toMatchObject({
      documentType: 'giay-chung-nhan-dang-ky-doanh-nghiep',
      documentNumber: '123/GCN',
      issuer: 'Phòng Đăng ký kinh doanh, Sở Kế hoạch và Đầu tư tỉnh Gia Lai',
      issuedOn: '2024-03-05',
      validTo: '2029-03-05',
      ownerIdType: 'TAX_CODE',
      ownerId: '0100109106',
    });
  });
});
