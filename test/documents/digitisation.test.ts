// Digitisation (TT 01/2023 Art. 7) through the API: a scanned paper is uploaded at the desk, checked
// by content, signed by the officer (visible mark + PAdES, checked with pdfsig), read by OCR in a job,
// its proposed metadata confirmed into a digitisation code and the owner's data warehouse, and found by
// its words. Bad files are refused with a reason and never stored; nobody outside the dossier's
// agencies sees or adds anything.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontPath } from '../../src/platform/pdf/fonts.ts';
import { multipartFile } from '../support/multipart.ts';
import { pdfSig, pdfText } from '../support/pdf-tools.ts';
import { DEMO_CLIENT_TOKEN, type TestApp } from '../support/test-app.ts';
import { startApp, submitAtDesk } from '../lifecycle/drive.ts';

const run = promisify(execFile);
const DESK = 'motcua.tinh';

/** A "paper" rendered to a 200 dpi PNG, as a desk scanner would deliver it. */
async function scannedPaper(lines: string[]): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-scan-'));
  try {
    const doc = new PDFDocument({ size: 'A4', margin: 60 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((r) => doc.on('end', r));
    doc.font(fontPath('serif')).fontSize(14);
    for (const line of lines) doc.text(line).moveDown(0.6);
    doc.end();
    await done;
    fs.writeFileSync(path.join(dir, 'paper.pdf'), Buffer.concat(chunks));
    await run('pdftoppm', ['-r', '200', '-png', '-singlefile', path.join(dir, 'paper.pdf'), path.join(dir, 'scan')]);
    return fs.readFileSync(path.join(dir, 'scan.png'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function upload(t: TestApp, token: string, url: string, content: Buffer, name: string, type = 'application/octet-stream') {
  const m = multipartFile(content, name, type);
  return t.request('POST', url, { token, body: m.body, headers: m.headers });
}

describe('digitisation of paper components', () => {
  let t: TestApp;
  let desk: string;
  let dossierId: string;
  let component: string;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    desk = await t.login(DESK);
    const created = await submitAtDesk(t, '1.004470');
    dossierId = created.id;
    const docs = await t.request('GET', `/api/v1/dossiers/${dossierId}/documents`, { token: desk });
    component = docs.body.components[0].code;
  });
  afterAll(() => t.close());

  it('scan → officer signature → OCR proposal → confirmation → code and warehouse item; searchable by its words', async () => {
    const png = await scannedPaper([
      'UBND TỈNH GIA LAI',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Số: 125/QĐ-SKHCN',
      'Gia Lai, ngày 12 tháng 3 năm 2025',
      'QUYẾT ĐỊNH',
      'Về việc phê duyệt phương án cung ứng dịch vụ bưu chính',
      'của Công ty TNHH In Phố Núi, mã số thuế 0100109106.',
    ]);
    const res = await upload(t, desk, `/api/v1/dossiers/${dossierId}/components/${component}/scans`, png, 'scan quyết định.png', 'image/png');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.file).toMatchObject({ source: 'SCAN', contentType: 'image/png', componentCode: component });
    expect(res.body.digitisation).toMatchObject({ status: 'OCR_PENDING', code: null });
    const id = res.body.digitisation.id as string;

    const signed = await t.app.http.inject({ method: 'GET', url: `/api/v1/digitisations/${id}/content`, headers: { authorization: `Bearer ${desk}` } });
    expect(signed.statusCode).toBe(200);
    const sig = await pdfSig(signed.rawPayload);
    expect(sig).toContain('Signature is Valid');
    expect(await pdfText(signed.rawPayload)).toContain('Đã số hóa bởi');

    await t.app.runner.drain();
    const docs = await t.request('GET', `/api/v1/dossiers/${dossierId}/documents`, { token: desk });
    const read = docs.body.digitisations.find((d: { id: string }) => d.id === id);
    expect(read.status).toBe('AWAITING_CONFIRMATION');
    expect(read.ocrText).toContain('QUYẾT ĐỊNH');
    expect(read.proposal.documentNumber.value).toBe('125/QĐ-SKHCN');
    expect(read.proposal.issuedOn.value).toBe('2025-03-12');

    const confirmed = await t.request('POST', `/api/v1/digitisations/${id}/confirm`, {
      token: desk,
      body: { documentType: 'quyet-dinh', title: 'Quyết định phê duyệt phương án', documentNumber: read.proposal.documentNumber.value, issuedOn: read.proposal.issuedOn.value, owner: { idType: 'TAX_CODE', id: '0100109106' } },
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.code).toMatch(/^H21\.02-SH-260302-\d{4}$/); // no dossier code yet: the desk's daily sequence
    const again = await t.request('POST', `/api/v1/digitisations/${id}/confirm`, { token: desk, body: { documentType: 'quyet-dinh', title: 'Khác' } });
    expect(again.status).toBe(409);

    const kho = await t.request('GET', '/api/v1/warehouse?idType=TAX_CODE&id=0100109106', { token: DEMO_CLIENT_TOKEN });
    expect(kho.body.items).toEqual([expect.objectContaining({ kind: 'DIGITISED', documentType: 'quyet-dinh', documentNumber: '125/QĐ-SKHCN', source: expect.objectContaining({ ref: confirmed.body.code }) })]);

    const found = await t.request('GET', '/api/v1/digitisations?q=phuong an cung ung', { token: desk });
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const outsider = await t.login('pleiku.motcua');
    expect((await t.request('GET', '/api/v1/digitisations?q=phuong an cung ung', { token: outsider })).body.items).toEqual([]);
    expect((await t.request('GET', `/api/v1/digitisations/${id}/content`, { token: outsider })).status).toBe(404);
  });

  it('refuses bad files with a reason, before anything is stored', async () => {
    const url = `/api/v1/dossiers/${dossierId}/components/${component}/files`;
    const exe = await upload(t, desk, url, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 7)]), 'giay-to.pdf', 'application/pdf');
    expect(exe.status).toBe(422);
    expect(exe.body.error.message).toMatch(/PDF|JPEG|PNG/);
    const empty = await upload(t, desk, url, Buffer.alloc(0), 'rong.pdf');
    expect(empty.status).toBe(422);
    const unknown = await upload(t, desk, `/api/v1/dossiers/${dossierId}/components/TP99/files`, Buffer.from('%PDF-1.4'), 'a.pdf');
    expect(unknown.status).toBe(422);
    const outsider = await upload(t, await t.login('pleiku.motcua'), url, Buffer.from('%PDF-1.4'), 'a.pdf');
    expect(outsider.status).toBe(404);
    const notMultipart = await t.request('POST', url, { token: desk, body: { file: 'x' } });
    expect(notMultipart.status).toBe(415);
    const docs = await t.request('GET', `/api/v1/dossiers/${dossierId}/documents`, { token: desk });
    expect(docs.body.files.filter((f: { source: string }) => f.source === 'UPLOAD')).toEqual([]);
  });

  it('with OCR off, the officer types the metadata in; a disallowed owner id is refused', async () => {
    const t2 = await startApp('2026-03-02T09:00:00+07:00', { MOTCUA_OCR_WORKERS: '0' });
    try {
      const d = await t2.login(DESK);
      const created = await submitAtDesk(t2, '1.004470');
      const png = await scannedPaper(['GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP']);
      const res = await upload(t2, d, `/api/v1/dossiers/${created.id}/components/${component}/scans`, png, 'gcn.png', 'image/png');
      expect(res.body.digitisation).toMatchObject({ status: 'AWAITING_CONFIRMATION' });
      expect(res.body.digitisation.ocrFailure).toContain('thủ công');
      const bad = await t2.request('POST', `/api/v1/digitisations/${res.body.digitisation.id}/confirm`, {
        token: d,
        body: { documentType: 'gcn-dkdn', title: 'Giấy chứng nhận đăng ký doanh nghiệp', owner: { idType: 'TAX_CODE', id: '0100109105' } },
      });
      expect(bad.status).toBe(400);
      const ok = await t2.request('POST', `/api/v1/digitisations/${res.body.digitisation.id}/confirm`, {
        token: d,
        body: { documentType: 'gcn-dkdn', title: 'Giấy chứng nhận đăng ký doanh nghiệp', validFrom: '2020-01-01', validTo: '2030-01-01' },
      });
      expect(ok.status).toBe(200);
      expect(ok.body.metadata).toMatchObject({ ownerIdType: 'TAX_CODE', ownerId: '0100109106', validTo: '2030-01-01' });
    } finally {
      await t2.close();
    }
  });
});
