// A signed e-result with something drawn on it afterwards (issue 11, item 6): an incremental update
// appended after the signature draws "FORGED" on the page. The signature still verifies for what it
// signed, so the old answer was "valid, content added after signing". Verification must say plainly that
// this file is not the document as issued (FILE_DIFFERS), name the issued result the signed part is,
// and hand back the signed revision — byte for byte the issued file.
import { PDFDocument, StandardFonts, rgb, type PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERIFY_CSP } from '../../src/web/public/verify-page.ts';
import { act } from '../support/dossier-fixtures.ts';
import { multipartFile } from '../support/multipart.ts';
import { pdfText } from '../support/pdf-tools.ts';
import type { TestApp } from '../support/test-app.ts';
import { at, inAppraisal, staff, startApp, toIssuing } from '../lifecycle/drive.ts';

const who = staff['H21.10'];

/**
 * Draws `text` on page 1 and appends only the changed and new objects as an incremental update (new
 * xref section, trailer with /Prev) — what a PDF editor's "save" does, leaving every signed byte as it was.
 */
async function drawAfterSigning(signed: Buffer, text: string): Promise<Buffer> {
  const before = await PDFDocument.load(signed, { updateMetadata: false });
  const after = await PDFDocument.load(signed, { updateMetadata: false });
  const font = await after.embedFont(StandardFonts.HelveticaBold);
  after.getPage(0).drawText(text, { x: 120, y: 420, size: 72, font, color: rgb(0.8, 0, 0) });
  await after.flush();

  const bytesOf = (o: { sizeInBytes(): number; copyBytesInto(b: Uint8Array, at: number): number }) => {
    const b = new Uint8Array(o.sizeInBytes());
    o.copyBytesInto(b, 0);
    return Buffer.from(b);
  };
  const changed: [PDFRef, Buffer][] = [];
  for (const [ref, object] of after.context.enumerateIndirectObjects()) {
    const old = before.context.lookup(ref);
    const now = bytesOf(object);
    if (!old || !bytesOf(old).equals(now)) changed.push([ref, now]);
  }
  const tail = signed.toString('latin1');
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)![1]);
  const trailer = [...tail.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)].pop()![1]!;
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)![1];
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];

  const parts: Buffer[] = [Buffer.from('\n', 'latin1')];
  let offset = signed.length + 1;
  const offsets: [number, number][] = [];
  for (const [ref, body] of changed.sort((a, b) => a[0].objectNumber - b[0].objectNumber)) {
    const chunk = Buffer.concat([Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push([ref.objectNumber, offset]);
    parts.push(chunk);
    offset += chunk.length;
  }
  const xref = ['xref', '0 1', '0000000000 65535 f '];
  for (const [n, at] of offsets) xref.push(`${n} 1`, `${String(at).padStart(10, '0')} 00000 n `);
  const size = Math.max(...offsets.map(([n]) => n), after.context.largestObjectNumber) + 1;
  xref.push('trailer', `<< /Size ${size} /Root ${root} /Prev ${prev}${id ? ` /ID ${id}` : ''} >>`, 'startxref', String(offset), '%%EOF', '');
  parts.push(Buffer.from(xref.join('\n'), 'latin1'));
  return Buffer.concat([signed, ...parts]);
}

async function verifyUpload(t: TestApp, pdf: Buffer) {
  const m = multipartFile(pdf, 'ket-qua.pdf', 'application/pdf');
  return t.request('POST', '/api/v1/public/verify', { body: m.body, headers: m.headers });
}

describe('verification of a signed result altered after signing', () => {
  let t: TestApp;
  let code: string;
  let issued: Buffer;
  let forged: Buffer;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004470', who);
    at(t, '2026-03-04 10:00');
    await toIssuing(t, d.id, who);
    await act(t, await t.login(who.clerk), d.id, { type: 'issue_result', documentNumber: '15/GP-SKHCN' });
    await t.app.runner.drain();
    code = `${d.code}-KQ1`;
    const res = await t.app.http.inject({ method: 'GET', url: `/api/v1/results/${code}/content`, headers: { authorization: `Bearer ${await t.login(who.leader)}` } });
    expect(res.statusCode).toBe(200);
    issued = res.rawPayload;
    forged = await drawAfterSigning(issued, 'FORGED');
  });
  afterAll(() => t.close());

  it('the forgery really shows "FORGED" and leaves the signed bytes untouched', async () => {
    expect(forged.subarray(0, issued.length).equals(issued)).toBe(true);
    expect(await pdfText(forged)).toContain('FORGED');
    expect(await pdfText(issued)).not.toContain('FORGED');
  });

  it('the API says FILE_DIFFERS, names the issued result the signed part is, and never VALID', async () => {
    const res = await verifyUpload(t, forged);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.verdict).toBe('FILE_DIFFERS');
    expect(res.body.result).toBeNull(); // this file, byte for byte, was never issued
    expect(res.body.signedRevision).toMatchObject({ signature: 1, size: issued.length, result: { code, status: 'VALID', title: 'Giấy phép bưu chính' } });
    expect(res.body.signatures[0]).toMatchObject({ intact: true, cryptoValid: true, modifiedAfterSigning: true, coversWholeDocument: false, revisionLength: issued.length });

    const same = await verifyUpload(t, issued);
    expect(same.body).toMatchObject({ verdict: 'VALID', signedRevision: null, result: { code } });
  });

  it('the signed revision downloads identical to the issued bytes, named after the result', async () => {
    const m = multipartFile(forged, 'ket-qua.pdf', 'application/pdf');
    const res = await t.app.http.inject({ method: 'POST', url: '/api/v1/public/verify/signed-revision', payload: m.body, headers: m.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain(`${code}.pdf`);
    expect(res.rawPayload.equals(issued)).toBe(true);
    expect(await pdfText(res.rawPayload)).not.toContain('FORGED');

    const page = await t.app.http.inject({ method: 'POST', url: '/verify/signed-revision', payload: m.body, headers: m.headers });
    expect(page.statusCode).toBe(200);
    expect(page.rawPayload.equals(issued)).toBe(true);
    expect(String(page.headers['content-disposition'])).toMatch(/^inline/);

    const plain = multipartFile(Buffer.from('%PDF-1.4\n%%EOF\n'), 'x.pdf', 'application/pdf');
    const none = await t.app.http.inject({ method: 'POST', url: '/api/v1/public/verify/signed-revision', payload: plain.body, headers: plain.headers });
    expect(none.statusCode).toBe(422);
    expect(JSON.parse(none.body).error.code).toBe('documents.noSignedRevision');
    const second = await t.app.http.inject({ method: 'POST', url: '/api/v1/public/verify/signed-revision?signature=2', payload: m.body, headers: m.headers });
    expect(second.statusCode).toBe(422);
  });

  it('the page says plainly that the file differs from the issued one, under a strict policy', async () => {
    const m = multipartFile(forged, 'ket-qua.pdf', 'application/pdf');
    const page = await t.app.http.inject({ method: 'POST', url: '/verify', payload: m.body, headers: m.headers });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-verdict="FILE_DIFFERS"');
    expect(page.body).toContain('TỆP NÀY KHÁC VỚI VĂN BẢN ĐÃ ĐƯỢC KÝ');
    expect(page.body).toContain(`Bản đã ký chính là kết quả ${code}`);
    expect(page.body).toContain('action="/verify/signed-revision"');
    expect(page.body).not.toContain('Chữ ký số hợp lệ.');
    expect(page.body).toContain('KHÔNG cho phần được thêm vào tệp sau khi ký');
    expect(page.headers['content-security-policy']).toBe(VERIFY_CSP);

    for (const url of ['/verify', `/verify/${code}`]) {
      const res = await t.app.http.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy'], url).toBe(VERIFY_CSP);
    }
    const same = multipartFile(issued, 'ket-qua.pdf', 'application/pdf');
    const ok = await t.app.http.inject({ method: 'POST', url: '/verify', payload: same.body, headers: same.headers });
    expect(ok.body).toContain('data-verdict="VALID"');
    expect(ok.body).toContain('Chữ ký số hợp lệ.');
  });
});
