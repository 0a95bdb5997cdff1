// The officer's dossier page (issue 5): every action goes through the page's forms and the same
// command as the API; stale versions, double clicks, bad input and the four-eyes rule come back on
// the page (never a 500); another agency's officer gets 404 for the page, its files and its forms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfSig, pdfText } from '../support/pdf-tools.ts';
import type { TestApp } from '../support/test-app.ts';
import { act, formOf, officer, state } from './dossier-page-helpers.ts';
import { at, DESK, idOf, inAppraisal, staff, startApp } from '../lifecycle/drive.ts';
import { makeDossier, makeOfficer } from '../factories/index.ts';

const who = staff['H21.10'];

// Whole lifecycles per test on a shared 2-core machine: more than the default 30 s under load.
describe('the officer dossier page', { timeout: 120_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
  });
  afterAll(() => t.close());

  it('shows the dossier and offers exactly the allowed actions; assigns once on a double click; a stale form shows what changed', async () => {
    at(t, '2026-03-02 09:00');
    const d = await makeDossier(t, { state: 'ASSIGNED' });
    const head = await officer(t, who.head);
    const page = await head.get(`/can-bo/ho-so/${d.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(d.code!);
    expect(page.body).toContain('Đã tiếp nhận');
    expect(page.body).toContain('Quá trình xử lý');
    expect(page.body).toContain('Phiếu kiểm soát');
    expect(page.body).toContain('name="_action" value="assign"');
    expect(page.body).not.toContain('name="_action" value="approve"');
    const specialist = await idOf(t, who.specialist);
    expect(page.body).toContain(`<option value="${specialist}"`);

    // no choice: the field error next to the select, the form drawn again
    const empty = await head.post(`/can-bo/ho-so/${d.id}/thao-tac`, formOf(page.body, 'assign'));
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('error-summary');
    expect(empty.body).toContain('id="f-assign-assigneeId-error"');

    // a double click: the same form posted twice acts once
    const form = { ...formOf(page.body, 'assign'), 'assign.assigneeId': specialist };
    const first = await head.post(`/can-bo/ho-so/${d.id}/thao-tac`, form);
    const second = await head.post(`/can-bo/ho-so/${d.id}/thao-tac`, form);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(first.location).toBe(`/can-bo/ho-so/${d.id}?xong=assign`);
    const after = await state(t, d.id);
    expect(after.state).toBe('APPRAISAL');
    expect(after.actions.filter((a: { type: string }) => a.type === 'assign')).toHaveLength(1);
    const done = await head.get(first.location!);
    expect(done.body).toContain('Đã thực hiện: Phân công xử lý');

    // the same page drawn before the assignment, posted with a new key: a notice, not an error page
    const stale = await head.post(`/can-bo/ho-so/${d.id}/thao-tac`, { ...form, _key: 'another-key-123' });
    expect(stale.status).toBe(409);
    expect(stale.body).toContain('Hồ sơ vừa được người khác xử lý');
    expect(stale.body).toContain('Đang thẩm định');
    expect(stale.body).toContain('Phân công xử lý');

    // a form without its CSRF token is refused
    const forged = await head.post(`/can-bo/ho-so/${d.id}/thao-tac`, { ...form, _csrf: 'forged' });
    expect(forged.status).toBe(403);
  });

  it('appraisal, approval, signature, issue and return at the desk, all through the page', async () => {
    at(t, '2026-03-02 10:00');
    const d = await inAppraisal(t, '1.004230', who);
    const specialist = await officer(t, who.specialist);
    const missing = await act(specialist, d.id, 'submit_opinion', { 'opinion.proposal': 'APPROVE' });
    expect(missing.status).toBe(400);
    expect(missing.body).toContain('id="f-submit_opinion-opinion-text-error"');
    expect(missing.body).toContain('checked'); // what was chosen is kept
    expect((await act(specialist, d.id, 'submit_opinion', { 'opinion.proposal': 'APPROVE', 'opinion.text': 'Hồ sơ đủ điều kiện cấp phép.' })).status).toBe(303);
    const leader = await officer(t, who.leader);
    const leaderPage = await leader.get(`/can-bo/ho-so/${d.id}`);
    expect(leaderPage.body).toContain('Hồ sơ đủ điều kiện cấp phép.'); // the opinion in the timeline
    expect((await act(leader, d.id, 'approve')).status).toBe(303);
    expect((await act(leader, d.id, 'sign')).status).toBe(303);
    expect((await state(t, d.id)).state).toBe('ISSUING');
    expect((await act(await officer(t, who.clerk), d.id, 'issue_result')).status).toBe(303);
    await t.app.runner.drain();
    expect((await state(t, d.id)).state).toBe('RESULT_READY');
    const desk = await officer(t, DESK);
    const deskPage = await desk.get(`/can-bo/ho-so/${d.id}`);
    expect(deskPage.body).toMatch(/\/verify\/[A-Z0-9.-]+/);
    const returnId = /name="_action" value="([a-z_]*return[a-z_]*)"/.exec(deskPage.body)?.[1];
    expect(returnId).toBeDefined();
    const noProof = await act(desk, d.id, returnId!, { method: 'AT_DESK' });
    expect(noProof.status).toBe(400);
    expect(noProof.body).toContain(`id="f-${returnId}-receivedBy-error"`);
    expect((await act(desk, d.id, returnId!, { method: 'AT_DESK', receivedBy: 'Nguyễn Văn An', idNumber: '064090001234' })).status).toBe(303);
    const returned = await state(t, d.id);
    expect(returned.state).toBe('RETURNED');
  });

  it('the four-eyes rule is explained in Vietnamese on the page', async () => {
    at(t, '2026-03-03 09:00');
    const head = (await makeOfficer(t, { username: 'tuphap.truongphong', roles: ['DEPARTMENT_HEAD'], agency: 'H21.12' })).web;
    const d = await makeDossier(t, { state: 'ASSIGNED', procedureCode: '2.000488' });
    const both = await officer(t, 'tuphap.chuyenvien'); // SPECIALIST and LEADER at H21.12
    expect((await act(head, d.id, 'assign', { assigneeId: await idOf(t, 'tuphap.chuyenvien') })).status).toBe(303);
    expect((await act(both, d.id, 'submit_opinion', { 'opinion.proposal': 'APPROVE', 'opinion.text': 'Đủ điều kiện.' })).status).toBe(303);
    const page = await both.get(`/can-bo/ho-so/${d.id}`);
    expect(page.body).not.toContain('name="_action" value="approve"'); // not offered …
    // … and a form posted anyway (e.g. drawn before the opinion) is refused with the reason
    const forged = await both.post(`/can-bo/ho-so/${d.id}/thao-tac`, { _action: 'approve', _type: 'approve', expectedVersion: String((await state(t, d.id)).version), _key: 'four-eyes-approve-1' });
    expect(forged.status).toBe(403);
    expect(forged.body).toContain('bốn mắt');
    expect(forged.body).toContain('Không thực hiện được');
  });

  it('another agency cannot open the page, its files or its forms (404); Form 05 is a signed PDF in Vietnamese', async () => {
    at(t, '2026-03-04 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    const outsider = await officer(t, 'gddt.truongphong');
    expect((await outsider.get(`/can-bo/ho-so/${d.id}`)).status).toBe(404);
    expect((await outsider.get(`/can-bo/ho-so/${d.code}`)).status).toBe(404);
    expect((await outsider.get(`/can-bo/ho-so/${d.id}/mau/controlSlip.pdf`)).status).toBe(404);
    expect((await outsider.get(`/can-bo/ho-so/${d.id}/tep/01900000-0000-7000-8000-000000000000`)).status).toBe(404);
    expect((await outsider.get(`/can-bo/ho-so/${d.id}`)).body).not.toContain(d.code);

    const desk = await officer(t, DESK);
    const cookie = [...desk.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.http.inject({ method: 'GET', url: `/can-bo/ho-so/${d.id}/mau/controlSlip.pdf`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(d.code);
    expect(await pdfSig(res.rawPayload)).toContain('Signature is Valid');
    const unknown = await desk.get(`/can-bo/ho-so/${d.id}/mau/khong-co.pdf`);
    expect(unknown.status).toBe(404);
  });
});
