// Electronic results end to end (Decree 45/2020 Art. 14(3); DOMAIN §8): a licence approved in one
// dossier is signed by the competent agency (PAdES, checked with poppler's pdfsig), verified publicly
// by code and by upload (one changed byte is caught), enters the owner's data warehouse, and is offered,
// accepted and counted as reused by a later dossier of the same owner; replacement and revocation keep
// the old result and link old and new.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, organisation } from '../support/dossier-fixtures.ts';
import { multipartFile } from '../support/multipart.ts';
import { pdfSig, pdfText } from '../support/pdf-tools.ts';
import type { TestApp } from '../support/test-app.ts';
import { DEMO_CLIENT_TOKEN } from '../support/test-app.ts';
import { at, inAppraisal, staff, startApp, toIssuing, submitAtDesk } from '../lifecycle/drive.ts';

const who = staff['H21.10'];
const LICENCE = '1.004470'; // Cấp giấy phép bưu chính: result "Giấy phép bưu chính"
const REISSUE = '1.004379'; // Cấp lại giấy phép bưu chính: TP02 accepts the licence from the warehouse

async function signedResult(t: TestApp): Promise<{ dossierId: string; code: string }> {
  at(t, '2026-03-02 09:00');
  const d = await inAppraisal(t, LICENCE, who);
  at(t, '2026-03-04 10:00');
  await toIssuing(t, d.id, who);
  await act(t, await t.login(who.clerk), d.id, { type: 'issue_result', documentNumber: '15/GP-SKHCN' });
  await t.app.runner.drain();
  return { dossierId: d.id, code: `${d.code}-KQ1` };
}

async function download(t: TestApp, url: string, token: string): Promise<Buffer> {
  const res = await t.app.http.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
}

describe('e-results: signed, verified, kept in the data warehouse and reused', () => {
  let t: TestApp;
  let result: { dossierId: string; code: string };
  let pdf: Buffer;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    result = await signedResult(t);
    pdf = await download(t, `/api/v1/results/${result.code}/content`, await t.login(who.leader));
  });
  afterAll(() => t.close());

  it('the result is a PDF signed by the competent agency, with its code, title and holder in Vietnamese', async () => {
    const text = await pdfText(pdf);
    expect(text).toContain('GIẤY PHÉP BƯU CHÍNH');
    expect(text).toContain(result.code);
    expect(text).toContain(organisation.organisation.name);
    const sig = await pdfSig(pdf);
    expect(sig).toContain('Signature is Valid');
    expect(sig).toContain('Sở Khoa học và Công nghệ');
    expect(sig).toMatch(/ETSI\.CAdES\.detached|PAdES/i);
  });

  it('public verification by code: valid, issued by the agency, holder masked, signature intact and trusted', async () => {
    const res = await t.request('GET', `/api/v1/public/results/${result.code}`);
    expect(res.status).toBe(200);
    expect(res.body.result).toMatchObject({ code: result.code, status: 'VALID', title: 'Giấy phép bưu chính', issuer: 'Sở Khoa học và Công nghệ tỉnh Gia Lai' });
    expect(res.body.result.holder).not.toBe(organisation.organisation.name);
    expect(res.body.signatures).toHaveLength(1);
    expect(res.body.signatures[0]).toMatchObject({ valid: true, intact: true, chainTrusted: true, modifiedAfterSigning: false });
    const page = await t.app.http.inject({ method: 'GET', url: `/verify/${result.code}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Còn hiệu lực');
    expect(page.body).toContain('Chữ ký số hợp lệ');
  });

  it('verification by upload recognises the very file, and one changed byte breaks it (also for pdfsig)', async () => {
    const same = multipartFile(pdf, 'ket-qua.pdf', 'application/pdf');
    const ok = await t.request('POST', '/api/v1/public/verify', { body: same.body, headers: same.headers });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.result).toMatchObject({ code: result.code, status: 'VALID' });
    expect(ok.body.signatures[0].valid).toBe(true);

    const tampered = Buffer.from(pdf);
    // One letter of the document information (inside the signed byte range) changes: P → Q.
    const producer = tampered.indexOf('/Producer');
    expect(producer).toBeGreaterThan(0);
    tampered[producer + 1] = tampered[producer + 1]! + 1;
    const bad = multipartFile(tampered, 'ket-qua.pdf', 'application/pdf');
    const checked = await t.request('POST', '/api/v1/public/verify', { body: bad.body, headers: bad.headers });
    expect(checked.status).toBe(200);
    expect(checked.body.result).toBeNull();
    expect(checked.body.signatures[0]).toMatchObject({ intact: false, valid: false });
    expect(checked.body.signatures[0].problems.length).toBeGreaterThan(0);
    expect(await pdfSig(tampered)).not.toContain('Signature is Valid');

    const notPdf = multipartFile(Buffer.from('just text'), 'x.pdf', 'application/pdf');
    const refused = await t.request('POST', '/api/v1/public/verify', { body: notPdf.body, headers: notPdf.headers });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('không phải PDF');
  });

  it("the licence is in the owner's warehouse and is offered, accepted and counted as reused by a later dossier", async () => {
    const owner = { idType: 'TAX_CODE', id: organisation.organisation.taxCode };
    const kho = await t.request('GET', `/api/v1/warehouse?idType=${owner.idType}&id=${owner.id}`, { token: DEMO_CLIENT_TOKEN });
    expect(kho.status).toBe(200);
    const item = kho.body.items.find((i: { source: { ref: string } }) => i.source.ref === result.code);
    expect(item).toMatchObject({ kind: 'ERESULT', documentType: 'giay-phep-buu-chinh', status: 'VALID', source: { system: 'motcua', dossierId: result.dossierId } });
    const officerView = await t.request('GET', `/api/v1/warehouse?idType=${owner.idType}&id=${owner.id}`, { token: await t.login('motcua.tinh') });
    expect(officerView.status).toBe(403);

    const later = await submitAtDesk(t, REISSUE);
    const desk = await t.login('motcua.tinh');
    const offers = await t.request('GET', `/api/v1/dossiers/${later.id}/reuse-offers`, { token: desk });
    expect(offers.status).toBe(200);
    expect(offers.body.offers).toEqual([expect.objectContaining({ componentCode: 'TP02', items: [expect.objectContaining({ id: item.id })] })]);

    const wrong = await t.request('POST', `/api/v1/dossiers/${later.id}/components/TP01/reuse`, { token: desk, body: { itemId: item.id } });
    expect(wrong.status, JSON.stringify(wrong.body)).toBe(422);
    const taken = await t.request('POST', `/api/v1/dossiers/${later.id}/components/TP02/reuse`, { token: desk, body: { itemId: item.id } });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    expect(taken.body).toMatchObject({ source: 'KHO', warehouseItemId: item.id, componentCode: 'TP02' });
    const docs = await t.request('GET', `/api/v1/dossiers/${later.id}/documents`, { token: desk });
    expect(docs.body.hasDigitisedComponents).toBe(true);
    expect(docs.body.components.find((c: { code: string }) => c.code === 'TP02')).toMatchObject({ provided: true, reusedFromWarehouse: true, digitised: true });
    const file = await download(t, docs.body.files[0].downloadUrl, desk);
    expect(file.equals(pdf)).toBe(true);
  });

  it('replacement keeps the old result (REPLACED, linked both ways) and signs the new one; revocation is final', async () => {
    const specialist = await t.login(who.specialist);
    expect((await t.request('POST', `/api/v1/results/${result.code}/revoke`, { token: specialist, body: { reason: 'Sai tên doanh nghiệp' } })).status).toBe(403);
    const leader = await t.login(who.leader);
    const replaced = await t.request('POST', `/api/v1/results/${result.code}/replace`, { token: leader, body: { reason: 'Sai địa chỉ trụ sở chính', documentNumber: '16/GP-SKHCN' } });
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200);
    const newCode = replaced.body.replacement as string;
    expect(newCode).toBe(result.code.replace(/KQ1$/, 'KQ2'));
    await t.app.runner.drain();

    const old = await t.request('GET', `/api/v1/public/results/${result.code}`);
    expect(old.body.result).toMatchObject({ status: 'REPLACED', replacedBy: newCode });
    expect(old.body.signatures[0].intact).toBe(true); // the old file is kept as it was
    const fresh = await t.request('GET', `/api/v1/public/results/${newCode}`);
    expect(fresh.body.result).toMatchObject({ status: 'VALID', replaces: result.code });
    const freshPdf = await download(t, `/api/v1/results/${newCode}/content`, leader);
    expect(await pdfText(freshPdf)).toContain(result.code); // "Thay thế kết quả số …"

    expect((await t.request('POST', `/api/v1/results/${result.code}/revoke`, { token: leader, body: { reason: 'Không còn hiệu lực' } })).status).toBe(409);
    const revoked = await t.request('POST', `/api/v1/results/${newCode}/revoke`, { token: leader, body: { reason: 'Doanh nghiệp đã giải thể' } });
    expect(revoked.body).toMatchObject({ code: newCode, status: 'REVOKED' });
    expect((await t.request('GET', `/api/v1/public/results/${newCode}`)).body.result.status).toBe('REVOKED');
    const kho = await t.request('GET', `/api/v1/warehouse?idType=TAX_CODE&id=${organisation.organisation.taxCode}`, { token: DEMO_CLIENT_TOKEN });
    expect(kho.body.items.map((i: { source: { ref: string }; status: string }) => [i.source.ref, i.status]).sort()).toEqual([
      [result.code, 'REPLACED'],
      [newCode, 'REVOKED'],
    ]);
  });
});
