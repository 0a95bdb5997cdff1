// Correcting e-form answers in reply to a supplement request: the officer names answers (fieldKey)
// through the API; the citizen's page offers exactly those, prefilled with what is stored; a valid
// correction completes the supplement, changes the dossier's answers and is recorded as changedFields;
// an invalid one is refused with the module's message next to the input, the typed value kept and the
// dossier untouched; a request naming only papers shows no answers section.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { signInCitizen, webClient, type WebClient } from '../support/web-client.ts';
import { at, inAppraisal, staff, startApp } from '../lifecycle/drive.ts';

const who = staff['H21.10'];
const ORG = '0100109106'; // the fixtures' organisation, which the demo citizen may act for
const PRESS = '1.004230'; // "cấp lại giấy phép hoạt động in": soGiayPhep (text ≤ 50, required), maSoThue (tax code), ngayCap…
const SAMPLE_TEXT = 'Nội dung kê khai mẫu'; // what the fixtures answer to every text question

/** The rendered field block (label, hint, error, control) of one e-form input. */
function fieldBlock(page: string, name: string): string {
  const id = `f-formData-${name}`;
  const at = page.indexOf(`id="${id}"`);
  expect(at, `input ${name}`).toBeGreaterThan(-1);
  const start = page.lastIndexOf('<div class="field', at);
  const end = page.indexOf('</div>', at);
  return page.slice(start, end);
}

describe('correcting the asked e-form answers on the supplement page', () => {
  let t: TestApp;
  let citizen: WebClient;
  let specialist: string;

  const row = async (id: string) => (await dossierRepo.findDossier(t.app.database.db, id))!;
  const askAnswers = async () => {
    const d = await inAppraisal(t, PRESS, who);
    await act(t, specialist, d.id, {
      type: 'request_supplement',
      reason: 'Thông tin trên tờ khai chưa khớp với giấy phép đã cấp',
      items: [
        { fieldKey: 'soGiayPhep', description: 'Số giấy phép đã được cấp', reason: 'Số giấy phép không khớp với sổ cấp phép' },
        { fieldKey: 'maSoThue', description: 'Mã số thuế của cơ sở in', reason: 'Cần ghi mã số thuế của cơ sở in' },
      ],
    });
    return d;
  };

  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    at(t, '2026-03-02 09:00');
    specialist = await t.login(who.specialist);
    citizen = webClient(t);
    await signInCitizen(t, citizen, { actingFor: ORG });
  });
  afterAll(() => t.close());

  it('offers only the asked answers, in the send form, prefilled with what is stored', async () => {
    const d = await askAnswers();
    const page = await citizen.get(`/ho-so-cua-toi/${d.id}/bo-sung`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Sửa thông tin trên tờ khai');
    expect(fieldBlock(page.body, 'soGiayPhep')).toContain(`value="${SAMPLE_TEXT}"`);
    expect(fieldBlock(page.body, 'soGiayPhep')).toContain('Số giấy phép hoạt động in đã được cấp');
    expect(fieldBlock(page.body, 'maSoThue')).toContain('value="0100109106"');
    // The section sits inside the final send form, so one click sends answers and note together.
    const send = page.body.slice(page.body.indexOf(`action="/ho-so-cua-toi/${d.id}/bo-sung"`));
    expect(send.slice(0, send.indexOf('</form>'))).toContain('name="formData.soGiayPhep"');
    for (const other of ['ngayCap', 'lyDoCapLai', 'tenToChuc', 'dienThoai']) expect(page.body).not.toContain(`formData.${other}`);
    expect(page.body).not.toContain('/bo-sung/tep/'); // no paper was asked
  });

  it('refuses an invalid correction next to its input, keeps what was typed and changes nothing', async () => {
    const d = await askAnswers();
    const before = await row(d.id);
    await citizen.get(`/ho-so-cua-toi/${d.id}/bo-sung`);
    const tooLong = 'GP'.padEnd(51, '9');
    const bad = await citizen.post(`/ho-so-cua-toi/${d.id}/bo-sung`, {
      expectedVersion: String(before.actionCount),
      'formData.soGiayPhep': tooLong,
      'formData.maSoThue': '12345',
      note: 'Đã sửa',
    });
    expect(bad.status).toBe(400);
    const number = fieldBlock(bad.body, 'soGiayPhep');
    expect(number).toContain('Không được quá 50 ký tự');
    expect(number).toContain(`value="${tooLong}"`);
    expect(number).toContain('aria-invalid="true"');
    const tax = fieldBlock(bad.body, 'maSoThue');
    expect(tax).toContain('Mã số thuế phải gồm 10 chữ số');
    expect(tax).toContain('value="12345"');
    expect(bad.body).toContain('error-summary');
    expect(bad.body).toContain('href="#f-formData-soGiayPhep"');
    expect(bad.body).toContain('Đã sửa'); // the note is kept too

    // Clearing a required answer is refused, not silently ignored.
    const blank = await citizen.post(`/ho-so-cua-toi/${d.id}/bo-sung`, { expectedVersion: String(before.actionCount), 'formData.soGiayPhep': '', 'formData.maSoThue': '0100109106' });
    expect(blank.status).toBe(400);
    expect(fieldBlock(blank.body, 'soGiayPhep')).toContain('Trường này là bắt buộc');
    expect(fieldBlock(blank.body, 'soGiayPhep')).toContain('value=""');

    const after = await row(d.id);
    expect(after.state).toBe('SUPPLEMENT_REQUESTED');
    expect(after.actionCount).toBe(before.actionCount);
    expect(after.formData).toEqual(before.formData);
  });

  it('sending unchanged answers without a note asks for something to send', async () => {
    const d = await askAnswers();
    const version = String((await row(d.id)).actionCount);
    await citizen.get(`/ho-so-cua-toi/${d.id}/bo-sung`);
    const same = await citizen.post(`/ho-so-cua-toi/${d.id}/bo-sung`, { expectedVersion: version, 'formData.soGiayPhep': SAMPLE_TEXT, 'formData.maSoThue': '0100109106' });
    expect(same.status).toBe(400);
    expect(same.body).toContain('Hãy sửa thông tin được đề nghị');
    expect((await row(d.id)).state).toBe('SUPPLEMENT_REQUESTED');
  });

  it('a valid correction completes the supplement, changes the answer and records it as changed', async () => {
    const d = await askAnswers();
    const before = await row(d.id);
    await citizen.get(`/ho-so-cua-toi/${d.id}/bo-sung`);
    const sent = await citizen.post(`/ho-so-cua-toi/${d.id}/bo-sung`, {
      expectedVersion: String(before.actionCount),
      'formData.soGiayPhep': '  12/GP-STTTT  ',
      'formData.maSoThue': '0100109106', // asked, left as it was
      'formData.ngayCap': '2000-01-01', // not asked: ignored
    });
    expect(sent.status, sent.body).toBe(303);
    const after = await row(d.id);
    expect(after.state).toBe('APPRAISAL');
    expect(after.formData).toEqual({ ...before.formData, soGiayPhep: '12/GP-STTTT' });
    const completion = (await dossierRepo.listActions(t.app.database.db, d.id)).filter((a) => a.type === 'complete_supplement');
    expect(completion).toHaveLength(1);
    expect(completion[0]!.payload).toMatchObject({ changedFields: ['soGiayPhep'] });
    const shown = await citizen.get(sent.location!);
    expect(shown.body).toContain('gồm các thông tin đã sửa trên tờ khai');
  });

  it('a request naming only papers shows no answers section and completes as before', async () => {
    const d = await inAppraisal(t, PRESS, who);
    await act(t, specialist, d.id, {
      type: 'request_supplement',
      reason: 'Hồ sơ thiếu giấy tờ theo quy định',
      items: [{ componentCode: 'TP01', description: 'Đơn có chữ ký', reason: 'Đơn đã nộp chưa ký' }],
    });
    const page = await citizen.get(`/ho-so-cua-toi/${d.id}/bo-sung`);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('Sửa thông tin trên tờ khai');
    expect(page.body).not.toContain('formData.');
    const before = await row(d.id);
    const sent = await citizen.post(`/ho-so-cua-toi/${d.id}/bo-sung`, { expectedVersion: String(before.actionCount), note: 'Sẽ nộp bản có chữ ký tại quầy' });
    expect(sent.status, sent.body).toBe(303);
    expect(sent.location).toBe(`/ho-so-cua-toi/${d.id}?tb=bo_sung`);
    const after = await row(d.id);
    expect(after.formData).toEqual(before.formData);
    const completion = (await dossierRepo.listActions(t.app.database.db, d.id)).find((a) => a.type === 'complete_supplement');
    expect(completion!.payload).toMatchObject({ changedFields: [] });
  });
});
