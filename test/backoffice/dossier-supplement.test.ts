// The officer's dossier page around a supplement (issue: "the changed parts are highlighted for the
// officer"): the request form offers the papers and the declaration's answers, the declaration is
// shown with its labels, what the latest completion brought carries a "Mới bổ sung" text tag (and
// nothing else does), the timeline names it; and the signed result PDF downloads through the
// officer's session, for the competent agency only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldId } from '../../src/web/components/forms.ts';
import { act as apiAct, view } from '../support/dossier-fixtures.ts';
import { DEMO_CLIENT_TOKEN, type TestApp } from '../support/test-app.ts';
import { at, inAppraisal, staff, startApp, toIssuing } from '../lifecycle/drive.ts';
import { act, officer, state } from './dossier-page-helpers.ts';

const who = staff['H21.10'];
const PROCEDURE = '1.004230'; // Cấp lại giấy phép hoạt động in: papers TP01, TP02; answers soGiayPhep, ngayCap, lyDoCapLai (select)…
const TP01 = 'Đơn đề nghị cấp lại giấy phép hoạt động in';
const TP02 = 'Giấy phép hoạt động in đã được cấp (trường hợp giấy phép bị hư hỏng)';
const LICENCE_NO = 'Số giấy phép hoạt động in đã được cấp';
const ISSUED_ON = 'Ngày cấp giấy phép';
const REASON = 'Lý do đề nghị cấp lại';
const REASON_LABELS: Record<string, string> = { mat: 'Giấy phép bị mất', 'hu-hong': 'Giấy phép bị hư hỏng' };
const TAG = '>Mới bổ sung</span>';
const reason = 'Hồ sơ cần bổ sung, hoàn thiện';

/** The <dd> that follows the <dt> with this label, in the declaration section. */
function answerOf(page: string, label: string): string {
  const section = page.slice(page.indexOf('id="s-declaration"'), page.indexOf('id="s-papers"'));
  const m = new RegExp(`<dt>${label.replace(/[()]/g, '\\$&')}</dt><dd>(.*?)</dd>`).exec(section);
  expect(m, `answer "${label}" in the declaration`).not.toBeNull();
  return m![1]!;
}

/** The papers table row naming this component. */
function paperRow(page: string, name: string): string {
  const section = page.slice(page.indexOf('id="s-papers"'), page.indexOf('id="s-fees"'));
  const row = section.split('<tr>').find((r) => r.includes(name));
  expect(row, `row "${name}" in the papers table`).toBeDefined();
  return row!;
}

// Whole lifecycles per test on a shared 2-core machine: more than the default 30 s under load.
describe('supplements and results on the officer dossier page', { timeout: 120_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
  });
  afterAll(() => t.close());

  it('shows the declaration with labels, offers its answers in the request, marks exactly what the completion brought', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, PROCEDURE, who);
    const specialist = await officer(t, who.specialist);
    const before = await state(t, d.id);

    const page = (await specialist.get(`/can-bo/ho-so/${d.id}`)).body;
    expect(page).toContain('<h2 id="s-declaration">Tờ khai</h2>');
    expect(answerOf(page, LICENCE_NO)).toBe(String(before.formData.soGiayPhep));
    expect(answerOf(page, REASON)).toBe(REASON_LABELS[before.formData.lyDoCapLai as string]);
    const [y, m, day] = String(before.formData.ngayCap).split('-');
    expect(answerOf(page, ISSUED_ON)).toBe(`${day}/${m}/${y}`);
    expect(page).not.toContain(TAG);
    // the request form offers the papers and, in their own group, the declaration's answers
    const select = page.slice(page.indexOf('name="request_supplement.items.0.componentCode"'), page.indexOf('</select>', page.indexOf('name="request_supplement.items.0.componentCode"')));
    expect(select).toContain(`<option value="TP02">${TP02}</option>`);
    expect(select).toContain('<optgroup label="Tờ khai">');
    expect(select).toContain(`<option value="field:soGiayPhep">${LICENCE_NO}</option>`);

    at(t, '2026-03-03 10:00');
    // a new day on the test clock: the officer signs in again (web sessions expire on that clock)
    const nextDay = await officer(t, who.specialist);
    const asked = await act(nextDay, d.id, 'request_supplement', {
      reason,
      'items.0.componentCode': 'TP02',
      'items.0.description': 'Bản gốc giấy phép bị hư hỏng',
      'items.0.reason': 'Bản đã nộp không rõ nét',
      'items.1.componentCode': 'field:soGiayPhep',
      'items.1.description': 'Số giấy phép đã cấp',
      'items.1.reason': 'Số giấy phép không khớp với bản gốc',
    });
    expect(asked.status, asked.body.slice(0, 400)).toBe(303);
    const requested = await state(t, d.id);
    expect(requested.state).toBe('SUPPLEMENT_REQUESTED');
    expect(requested.supplements[0].items).toEqual([
      { componentCode: 'TP02', description: 'Bản gốc giấy phép bị hư hỏng', reason: 'Bản đã nộp không rõ nét' },
      { fieldKey: 'soGiayPhep', description: 'Số giấy phép đã cấp', reason: 'Số giấy phép không khớp với bản gốc' },
    ]);

    at(t, '2026-03-04 10:00');
    const corrected = `${String(before.formData.soGiayPhep)}-SUA`;
    // ngayCap is sent again unchanged: it must not be marked
    await apiAct(t, DEMO_CLIENT_TOKEN, d.id, { type: 'complete_supplement', componentsProvided: ['TP02'], formData: { soGiayPhep: corrected, ngayCap: before.formData.ngayCap } });

    const after = (await (await officer(t, who.specialist)).get(`/can-bo/ho-so/${d.id}`)).body;
    expect(answerOf(after, LICENCE_NO)).toBe(`${corrected} <span class="tag warn">Mới bổ sung</span>`);
    expect(answerOf(after, ISSUED_ON)).not.toContain(TAG);
    expect(answerOf(after, REASON)).not.toContain(TAG);
    expect(paperRow(after, TP02)).toContain(TAG);
    expect(paperRow(after, TP01)).not.toContain(TAG);
    expect(after.split(TAG)).toHaveLength(3); // one answer and one paper, nothing else
    expect(after).toContain('được sửa trong lần bổ sung thứ 1 (nhận lúc 10:00 04/03/2026)');
    const history = after.slice(after.indexOf('id="s-history"'));
    expect(history).toContain(`Giấy tờ đã bổ sung: ${TP02}`);
    expect(history).toContain(`Mục tờ khai đã sửa: ${LICENCE_NO}`);
  });

  it('a forged answer in the request comes back as a 400 page with the message at the select, nothing asked', async () => {
    at(t, '2026-03-05 09:00');
    const d = await inAppraisal(t, PROCEDURE, who);
    const specialist = await officer(t, who.specialist);
    const res = await act(specialist, d.id, 'request_supplement', {
      reason,
      'items.0.componentCode': 'field:nonexistent',
      'items.0.description': 'Mục không có',
      'items.0.reason': 'Thử sửa biểu mẫu',
    });
    expect(res.status).toBe(400);
    const error = res.body.indexOf(`id="${fieldId('request_supplement.items.0.componentCode')}-error"`);
    expect(error, res.body.slice(0, 400)).toBeGreaterThan(-1);
    expect(res.body.slice(error, error + 300)).toContain('Tờ khai của thủ tục không có mục nonexistent');
    expect(res.body).toContain('value="Thử sửa biểu mẫu"'); // what was typed is kept
    expect((await state(t, d.id)).state).toBe('APPRAISAL');
  });

  it('the signed result PDF downloads for the competent agency; not before signing, not for another agency', async () => {
    at(t, '2026-03-06 09:00');
    const d = await inAppraisal(t, '1.004470', who); // Cấp giấy phép bưu chính: an electronic result
    at(t, '2026-03-09 10:00');
    await toIssuing(t, d.id, who);
    await apiAct(t, await t.login(who.clerk), d.id, { type: 'issue_result', documentNumber: '15/GP-SKHCN' });
    const code = `${d.code}-KQ1`;
    const link = `/can-bo/ho-so/${d.id}/ket-qua/${code}`;
    const specialist = await officer(t, who.specialist);

    // issued but the signing job has not run: no link, no file
    expect((await specialist.get(`/can-bo/ho-so/${d.id}`)).body).not.toContain(link);
    expect((await specialist.get(link)).status).toBe(404);

    await t.app.runner.drain();
    expect((await specialist.get(`/can-bo/ho-so/${d.id}`)).body).toContain(`href="${link}"`);
    const pdf = await specialist.get(link);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toContain(`${code}.pdf`);
    expect(pdf.body.startsWith('%PDF-')).toBe(true);
    expect((await specialist.get(`/can-bo/ho-so/${d.id}/ket-qua/${d.code}-KQ9`)).status).toBe(404);

    const otherAgency = await officer(t, staff['H21.11'].specialist);
    expect((await otherAgency.get(link)).status).toBe(404);
    expect((await view(t, await t.login('giamsat'), d.id)).results[0]).toMatchObject({ code });
  });
});
