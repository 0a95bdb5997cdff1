// The portal's "my dossiers" pages: only the owner (the person, or the organisation they act for)
// sees a dossier, its files and results; the supplement answer round trip (officer asks through the
// API, the citizen uploads a replacement and sends it on the page, processing resumes with the
// changed component recorded); withdrawal; CSRF refusal.
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act, citizen as otherCitizen, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { signInCitizen, webClient, type WebClient } from '../support/web-client.ts';
import { at, inAppraisal, staff, startApp, submitAtDesk } from '../lifecycle/drive.ts';

const who = staff['H21.10'];
const ORG = '0100109106'; // the fixtures' organisation, which the demo citizen may act for
const PRESS = '1.004230';

const strip = (page: string): string => page.replace(/Mã yêu cầu: [^<(]*/, '');

async function tinyPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  return Buffer.from(await doc.save());
}

describe('my dossiers on the portal', () => {
  let t: TestApp;
  let forOrg: WebClient; // the demo citizen acting for the organisation that owns the press dossiers
  let asSelf: WebClient; // the same person acting for themselves: none of those dossiers are theirs
  let mine: { id: string; code: string };
  let othersId: string;

  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    at(t, '2026-03-02 09:00');
    mine = await inAppraisal(t, PRESS, who);
    othersId = (await submitAtDesk(t, '1.004230', { applicant: { ...otherCitizen, type: 'ORGANISATION', organisation: { name: 'Công ty Khác', taxCode: '0100109106-001' } } })).id;
    forOrg = webClient(t);
    await signInCitizen(t, forOrg, { actingFor: ORG });
    asSelf = webClient(t);
    await signInCitizen(t, asSelf);
  });
  afterAll(() => t.close());

  it('lists the dossiers of whoever the person acts for, and nobody else’s', async () => {
    const org = await forOrg.get('/ho-so-cua-toi');
    expect(org.status).toBe(200);
    expect(org.body).toContain(mine.code);
    expect(org.body).toContain(`/ho-so-cua-toi/${mine.id}`);
    expect(org.body).not.toContain(othersId);
    const self = await asSelf.get('/ho-so-cua-toi');
    expect(self.status).toBe(200);
    expect(self.body).not.toContain(mine.code);
    expect(self.body).toContain('Bạn chưa có hồ sơ nào');
  });

  it('signed out, the list asks to sign in and comes back', async () => {
    const anon = await webClient(t).get('/ho-so-cua-toi');
    expect(anon.status).toBe(303);
    expect(anon.location).toBe('/dang-nhap?next=%2Fho-so-cua-toi');
  });

  it('another person’s dossier, file and result are the same 404 as a dossier that does not exist', async () => {
    const missing = await asSelf.get('/ho-so-cua-toi/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    for (const url of [`/ho-so-cua-toi/${mine.id}`, `/ho-so-cua-toi/${mine.id}/bo-sung`, `/ho-so-cua-toi/${mine.id}/rut-ho-so`, `/ho-so-cua-toi/${mine.id}/ket-qua/${mine.code}-KQ1`, `/ho-so-cua-toi/${mine.id}/tep/00000000-0000-4000-8000-000000000000`]) {
      const res = await asSelf.get(url);
      expect(res.status, url).toBe(404);
      expect(strip(res.body)).toBe(strip(missing.body)); // the same page, apart from the request id
      expect(res.body).not.toContain(mine.code);
    }
    expect((await forOrg.get(`/ho-so-cua-toi/${othersId}`)).status).toBe(404);
    expect((await forOrg.get('/ho-so-cua-toi/khong-phai-ma')).status).toBe(404);
  });

  it('the detail tells the story in plain words, with the due date and what comes next', async () => {
    const page = await forOrg.get(`/ho-so-cua-toi/${mine.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`Hồ sơ ${mine.code}`);
    expect(page.body).toContain('Đã tiếp nhận hồ sơ tại');
    expect(page.body).toContain('Đang thẩm định tại Sở Khoa học và Công nghệ');
    expect(page.body).toContain('11/03/2026');
    expect(page.body).toContain('Cán bộ đang thẩm định hồ sơ');
    expect(page.body).toContain('Rút hồ sơ');
  });

  it('answers a supplement request: only the asked component, CSRF checked, sent once, processing resumes', async () => {
    const specialist = await t.login(who.specialist);
    await act(t, specialist, mine.id, {
      type: 'request_supplement',
      reason: 'Hồ sơ thiếu giấy tờ theo quy định',
      items: [{ componentCode: 'TP01', description: 'Tờ khai có chữ ký của người đứng đầu', reason: 'Tờ khai đã nộp chưa ký' }],
    });
    const detail = await forOrg.get(`/ho-so-cua-toi/${mine.id}`);
    expect(detail.body).toContain('Cơ quan giải quyết đề nghị bạn bổ sung hồ sơ');
    const list = await forOrg.get('/ho-so-cua-toi');
    expect(list.body).toContain('Cần bổ sung');

    const form = await forOrg.get(`/ho-so-cua-toi/${mine.id}/bo-sung`);
    expect(form.status).toBe(200);
    expect(form.body).toContain('Tờ khai có chữ ký của người đứng đầu');
    expect(form.body).toContain(`/bo-sung/tep/TP01`);
    expect(form.body).not.toContain(`/bo-sung/tep/TP03`);

    const pdf = await tinyPdf();
    const notAsked = await forOrg.postMultipart(`/ho-so-cua-toi/${mine.id}/bo-sung/tep/TP03`, {}, [{ field: 'file-TP03', name: 'x.pdf', type: 'application/pdf', data: pdf }]);
    expect(notAsked.status).toBe(404);
    const forged = await forOrg.postMultipart(`/ho-so-cua-toi/${mine.id}/bo-sung/tep/TP01`, { _csrf: 'forged' }, [{ field: 'file-TP01', name: 'to-khai.pdf', type: 'application/pdf', data: pdf }]);
    expect(forged.status).toBe(403);
    const notPdf = await forOrg.postMultipart(`/ho-so-cua-toi/${mine.id}/bo-sung/tep/TP01`, {}, [{ field: 'file-TP01', name: 'to-khai.pdf', type: 'application/pdf', data: Buffer.from('chỉ là chữ') }]);
    expect(notPdf.status).toBe(422);
    expect(notPdf.body).toContain('error-summary');

    // Sending with nothing changed and no note is refused with a message.
    const empty = await forOrg.post(`/ho-so-cua-toi/${mine.id}/bo-sung`, { expectedVersion: String((await dossierRepo.findDossier(t.app.database.db, mine.id))!.actionCount) });
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('Hãy tải lên ít nhất một tệp');

    const uploaded = await forOrg.postMultipart(`/ho-so-cua-toi/${mine.id}/bo-sung/tep/TP01`, {}, [{ field: 'file-TP01', name: 'to-khai-da-ky.pdf', type: 'application/pdf', data: pdf }]);
    expect(uploaded.status, uploaded.body).toBe(303);
    const after = await forOrg.get(uploaded.location!);
    expect(after.body).toContain('Đã tải lên: to-khai-da-ky.pdf');

    const version = String((await dossierRepo.findDossier(t.app.database.db, mine.id))!.actionCount);
    const forgedSend = await forOrg.post(`/ho-so-cua-toi/${mine.id}/bo-sung`, { expectedVersion: version, note: 'Đã ký', _csrf: 'forged' });
    expect(forgedSend.status).toBe(403);
    expect((await dossierRepo.findDossier(t.app.database.db, mine.id))!.state).toBe('SUPPLEMENT_REQUESTED');

    await forOrg.get(`/ho-so-cua-toi/${mine.id}/bo-sung`);
    const sent = await forOrg.post(`/ho-so-cua-toi/${mine.id}/bo-sung`, { expectedVersion: version, note: 'Đã bổ sung tờ khai có chữ ký' });
    expect(sent.status, sent.body).toBe(303);
    const again = await forOrg.post(`/ho-so-cua-toi/${mine.id}/bo-sung`, { expectedVersion: version, note: 'Đã bổ sung tờ khai có chữ ký' });
    expect(again.status).toBe(303); // a second click changes nothing

    const officer = await view(t, specialist, mine.id);
    expect(officer.state).toBe('APPRAISAL');
    const actions = await dossierRepo.listActions(t.app.database.db, mine.id);
    const completions = actions.filter((a) => a.type === 'complete_supplement');
    expect(completions).toHaveLength(1);
    expect(completions[0]!.payload).toMatchObject({ componentsProvided: ['TP01'] });
    expect(completions[0]!.note).toBe('Đã bổ sung tờ khai có chữ ký');
    expect(completions[0]!.onBehalfOf).toBe(`TAX_CODE:${ORG}`);
    const shown = await forOrg.get(sent.location!);
    expect(shown.body).toContain('Đã gửi phần bổ sung');
    expect(shown.body).toContain('to-khai-da-ky.pdf');
    const fileLink = /href="(\/ho-so-cua-toi\/[^"]+\/tep\/[^"]+)"/.exec(shown.body)?.[1];
    expect(fileLink).toBeDefined();
    const file = await forOrg.get(fileLink!);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect((await asSelf.get(fileLink!)).status).toBe(404);
  });

  it('withdraws after a confirmation with a reason; a forged post changes nothing', async () => {
    at(t, '2026-03-05 09:00');
    const d = await inAppraisal(t, PRESS, who);
    await signInCitizen(t, forOrg, { actingFor: ORG }); // days later: a new session
    const confirm = await forOrg.get(`/ho-so-cua-toi/${d.id}/rut-ho-so`);
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain('Lý do rút hồ sơ');
    const version = String((await dossierRepo.findDossier(t.app.database.db, d.id))!.actionCount);
    const forged = await forOrg.post(`/ho-so-cua-toi/${d.id}/rut-ho-so`, { expectedVersion: version, reason: 'Không còn nhu cầu', _csrf: 'nope' });
    expect(forged.status).toBe(403);
    const blank = await forOrg.post(`/ho-so-cua-toi/${d.id}/rut-ho-so`, { expectedVersion: version, reason: '' });
    expect(blank.status).toBe(400);
    expect(blank.body).toContain('error-summary');
    expect((await dossierRepo.findDossier(t.app.database.db, d.id))!.state).toBe('APPRAISAL');
    const done = await forOrg.post(`/ho-so-cua-toi/${d.id}/rut-ho-so`, { expectedVersion: version, reason: 'Không còn nhu cầu' });
    expect(done.status).toBe(303);
    const row = (await dossierRepo.findDossier(t.app.database.db, d.id))!;
    expect(row.state).toBe('WITHDRAWN');
    const page = await forOrg.get(done.location!);
    expect(page.body).toContain('Hồ sơ đã được rút');
    expect(page.body).not.toContain(`/ho-so-cua-toi/${d.id}/rut-ho-so`);
    const late = await forOrg.get(`/ho-so-cua-toi/${d.id}/rut-ho-so`);
    expect(late.body).toContain('không thể rút trực tuyến');
  });
});
