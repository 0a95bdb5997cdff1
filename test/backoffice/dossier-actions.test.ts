// The remaining actions of the officer dossier page, each on a dossier driven to its step:
// supplement request with several items, consultation and its answer, parallel inter-agency work
// (each agency sees its part), extension with the apology letter (Form 04), refusal and stop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-tools.ts';
import type { TestApp } from '../support/test-app.ts';
import { at, inAppraisal, staff, startApp } from '../lifecycle/drive.ts';
import { act, officer, state } from './dossier-page-helpers.ts';

const who = staff['H21.10'];

// Whole lifecycles per test on a shared 2-core machine: more than the default 30 s under load.
describe('actions on the officer dossier page', { timeout: 120_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
  });
  afterAll(() => t.close());

  it('asks for several papers at once (empty rows ignored) and offers Form 02', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    const specialist = await officer(t, who.specialist);
    const res = await act(specialist, d.id, 'request_supplement', {
      reason: 'Hồ sơ thiếu giấy tờ chứng minh điều kiện',
      'items.0.description': 'Bản sao giấy chứng nhận đăng ký doanh nghiệp',
      'items.0.reason': 'Bản đã nộp hết hiệu lực',
      'items.2.description': 'Sơ đồ mặt bằng cơ sở in',
      'items.2.reason': 'Chưa nộp',
    });
    expect(res.status, res.body.slice(0, 400)).toBe(303);
    const after = await state(t, d.id);
    expect(after.state).toBe('SUPPLEMENT_REQUESTED');
    expect((after.supplements[0] as { items: unknown[] }).items).toHaveLength(2);
    expect((await specialist.get(`/can-bo/ho-so/${d.id}`)).body).toContain(`/can-bo/ho-so/${d.id}/mau/supplementRequest.pdf`);
  });

  it('consults another department, which answers on its own page', async () => {
    at(t, '2026-03-03 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    const specialist = await officer(t, who.specialist);
    const bad = await act(specialist, d.id, 'consult', { agencyCode: 'H21.11', question: 'Hỏi?' });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('id="f-consult-question-error"');
    expect(bad.body).toContain('value="H21.11"'); // what was typed is kept
    expect((await act(specialist, d.id, 'consult', { agencyCode: 'h21.11', question: 'Đề nghị Sở cho ý kiến về điều kiện cơ sở.', dueInWorkingDays: '3' })).status).toBe(303);
    const consulted = await officer(t, staff['H21.11'].specialist);
    const page = await consulted.get(`/can-bo/ho-so/${d.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Đề nghị Sở cho ý kiến về điều kiện cơ sở.');
    const consultationId = /name="reply_consultation.consultationId"[^>]*><option value="([^"]+)"/.exec(page.body)?.[1];
    expect(consultationId).toBeDefined();
    expect((await act(consulted, d.id, 'reply_consultation', { consultationId: consultationId!, answer: 'Đồng ý với đề xuất.' })).status).toBe(303);
    expect((await state(t, d.id)).consultations[0]).toMatchObject({ answer: 'Đồng ý với đề xuất.' });
  });

  it('starts parallel inter-agency work; each cooperating agency sees and completes only its own part', async () => {
    at(t, '2026-03-04 09:00');
    const edu = staff['H21.11'];
    const d = await inAppraisal(t, '1.005074', edu);
    const specialist = await officer(t, edu.specialist);
    const res = await act(specialist, d.id, 'start_interagency', {
      mode: 'PARALLEL',
      'participants.0.agencyCode': 'H21.11', 'participants.0.role': 'LEAD', 'participants.0.budget.amount': '10', 'participants.0.instructions': 'Tổng hợp hồ sơ trường học',
      'participants.1.agencyCode': 'H21.14', 'participants.1.role': 'COOPERATING', 'participants.1.budget.amount': '5', 'participants.1.instructions': 'Thẩm định phần tài chính',
      'participants.2.agencyCode': 'H21.15', 'participants.2.role': 'COOPERATING', 'participants.2.budget.amount': '4', 'participants.2.instructions': 'Thẩm định phần nhân sự',
    });
    expect(res.status, res.body.slice(0, 400)).toBe(303);
    expect((await state(t, d.id)).state).toBe('INTERAGENCY');
    const finance = await officer(t, 'taichinh.chuyenvien');
    const page = await finance.get(`/can-bo/ho-so/${d.id}`);
    expect(page.body).toContain('Thẩm định phần tài chính');
    expect(page.body).not.toContain('Thẩm định phần nhân sự');
    const taskId = /name="complete_task.taskId"[^>]*><option value="([^"]+)"/.exec(page.body)?.[1];
    expect((await act(finance, d.id, 'complete_task', { taskId: taskId!, outcome: 'Đủ điều kiện về tài chính' })).status).toBe(303);
    const tasks = (await state(t, d.id)).tasks as { agency: { code: string }; status: string }[];
    expect(tasks.find((k) => k.agency.code === 'H21.14')!.status).toBe('DONE');
    expect(tasks.find((k) => k.agency.code === 'H21.15')!.status).toBe('OPEN');
  });

  it('extends with an apology letter (Form 04); refusal needs a reason; a leader stops the dossier', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    await act(await officer(t, who.specialist), d.id, 'submit_opinion', { 'opinion.proposal': 'REFUSE', 'opinion.text': 'Không đủ điều kiện về thiết bị.' });
    at(t, '2026-03-10 16:30');
    const leader = await officer(t, who.leader);
    const noDays = await act(leader, d.id, 'extend', { reason: 'Cần xác minh thực tế, xin lỗi ông/bà vì sự chậm trễ' });
    expect(noDays.status).toBe(400);
    expect(noDays.body).toContain('id="f-extend-extraWorkingDays-error"');
    expect((await act(leader, d.id, 'extend', { reason: 'Cần xác minh thực tế, xin lỗi ông/bà vì sự chậm trễ', extraWorkingDays: '3' })).status).toBe(303);
    const page = await leader.get(`/can-bo/ho-so/${d.id}`);
    expect(page.body).toContain('Đã gia hạn');
    expect(page.body).not.toContain('name="_action" value="extend"'); // once only
    const cookie = [...leader.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const letter = await t.app.http.inject({ method: 'GET', url: `/can-bo/ho-so/${d.id}/mau/apologyExtension.pdf`, headers: { cookie } });
    expect(letter.statusCode).toBe(200);
    expect(await pdfText(letter.rawPayload)).toContain('xin lỗi');

    const noReason = await act(leader, d.id, 'refuse', {});
    expect(noReason.status).toBe(400);
    expect(noReason.body).toContain('id="f-refuse-reason-error"');
    expect((await act(leader, d.id, 'stop', { reason: 'Người nộp đề nghị dừng giải quyết' })).status).toBe(303);
    expect((await state(t, d.id)).state).toBe('STOPPED');
  });
});
