// Once the leader has decided, the files the decision rests on are frozen (issue 11, item 13): the
// desk, a specialist of the competent agency who was never assigned, and the portal can no longer
// attach or replace a component file, scan one in or take one from the warehouse — 409 with a
// Vietnamese reason, nothing stored. The signed result is still filed by the signing job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainPdf } from '../../src/platform/storage/test-fixtures/pdf-fixtures.ts';
import { act } from '../support/dossier-fixtures.ts';
import { multipartFile } from '../support/multipart.ts';
import { DEMO_CLIENT_TOKEN, type TestApp } from '../support/test-app.ts';
import { DESK, at, ensureOfficer, inAppraisal, staff, startApp } from '../lifecycle/drive.ts';

const who = staff['H21.10'];
const LICENCE = '1.004470';

async function upload(t: TestApp, token: string, url: string, content: Buffer) {
  const m = multipartFile(content, 'giay-to-moi.pdf', 'application/pdf');
  return t.request('POST', url, { token, body: m.body, headers: m.headers });
}

describe('dossier files after the decision', () => {
  let t: TestApp;
  let pdf: Buffer;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    pdf = await plainPdf();
    await ensureOfficer(t, 'khcn.chuyenvien2', [{ role: 'SPECIALIST', agencyCode: 'H21.10' }]);
  });
  afterAll(() => t.close());

  it('before the decision the desk and the handlers may still replace a file', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, LICENCE, who);
    const docs = await t.request('GET', `/api/v1/dossiers/${d.id}/documents`, { token: await t.login(DESK) });
    const component = docs.body.components[0].code as string;
    const res = await upload(t, await t.login(who.specialist), `/api/v1/dossiers/${d.id}/components/${component}/files`, pdf);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it('after the decision (SIGNING, ISSUING, RESULT_READY) every way of adding a component file is refused with 409', async () => {
    at(t, '2026-03-03 09:00');
    const d = await inAppraisal(t, LICENCE, who);
    const desk = await t.login(DESK);
    const docs = await t.request('GET', `/api/v1/dossiers/${d.id}/documents`, { token: desk });
    const component = docs.body.components[0].code as string;
    const filesUrl = `/api/v1/dossiers/${d.id}/components/${component}/files`;
    const before = docs.body.files.length as number;

    await act(t, await t.login(who.specialist), d.id, { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Hồ sơ đủ điều kiện.' } });
    await act(t, await t.login(who.leader), d.id, { type: 'approve' });
    const signing = await upload(t, desk, filesUrl, pdf);
    expect(signing.status, JSON.stringify(signing.body)).toBe(409);
    expect(signing.body.error).toMatchObject({ code: 'documents.dossierDecided' });

    await toIssuingFromSigning(t, d.id);
    await act(t, await t.login(who.clerk), d.id, { type: 'issue_result', documentNumber: '17/GP-SKHCN' });
    await t.app.runner.drain();

    const unassigned = await t.login('khcn.chuyenvien2');
    for (const token of [desk, unassigned, await t.login(who.specialist), DEMO_CLIENT_TOKEN]) {
      const res = await upload(t, token, filesUrl, pdf);
      expect(res.status, JSON.stringify(res.body)).toBe(409);
      expect(res.body.error.code).toBe('documents.dossierDecided');
      expect(res.body.error.message).toContain('đã có quyết định giải quyết');
    }
    const scan = await upload(t, desk, `/api/v1/dossiers/${d.id}/components/${component}/scans`, pdf);
    expect(scan.status, JSON.stringify(scan.body)).toBe(409);
    const reuse = await t.request('POST', `/api/v1/dossiers/${d.id}/components/${component}/reuse`, { token: desk, body: { itemId: '0191f0a0-0000-7000-8000-000000000000' } });
    expect(reuse.status, JSON.stringify(reuse.body)).toBe(409);

    const after = await t.request('GET', `/api/v1/dossiers/${d.id}/documents`, { token: desk });
    expect(after.body.files.filter((f: { source: string }) => f.source !== 'ERESULT')).toHaveLength(before);
    // The result filing path is untouched: the signing job filed the signed result.
    expect(after.body.files.filter((f: { source: string }) => f.source === 'ERESULT')).toHaveLength(1);
    const result = await t.request('GET', `/api/v1/public/results/${d.code}-KQ1`);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body.result).toMatchObject({ status: 'VALID' });
    expect(result.body.signatures[0]).toMatchObject({ valid: true });
  });
});

/** The leader signs: SIGNING → ISSUING. */
async function toIssuingFromSigning(t: TestApp, id: string) {
  const signed = await act(t, await t.login(who.leader), id, { type: 'sign' });
  expect(signed.state).toBe('ISSUING');
}
