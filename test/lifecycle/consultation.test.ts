// Consultation (DOMAIN §4.4): the handler asks another unit a question with a deadline; the dossier
// cannot go to the leader while a question is unanswered; only the consulted unit answers; the
// consulted unit sees the dossier from then on, unrelated units never do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, inAppraisal, offeredIds, refused, staff, startApp } from './drive.ts';

const who = staff['H21.10'];
const opinion = { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Đủ điều kiện theo ý kiến Sở Tài chính' } };

describe('consulting other agencies during appraisal', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
  });
  afterAll(() => t.close());

  it('blocks forwarding until the consulted agency answers; only that agency may answer', async () => {
    const d = await inAppraisal(t, '1.004230', who);
    const specialist = await t.login(who.specialist);
    const finance = await t.login('taichinh.chuyenvien');
    const home = await t.login('noivu.chuyenvien');
    const colleague = await t.login('khcn.chuyenvien2');
    expect((await t.request('GET', `/api/v1/dossiers/${d.id}`, { token: finance })).status).toBe(404);

    at(t, '2026-03-03 10:00');
    const question = { type: 'consult', agencyCode: 'H21.14', question: 'Đề nghị cho ý kiến về nguồn vốn đầu tư thiết bị in.', dueInWorkingDays: 2 };
    expect((await refused(t, colleague, d.id, question, 403)).guards).toEqual(['guard.assignedToActor']);
    expect((await refused(t, specialist, d.id, { ...question, agencyCode: 'H99.99' }, 400)).code).toBe('error.validation');
    const consulted = await act(t, specialist, d.id, question);
    expect(consulted).toMatchObject({ state: 'APPRAISAL', nationalStatus: 4, version: 5 });

    const asked = await view(t, specialist, d.id);
    expect(asked.consultations).toEqual([
      expect.objectContaining({ agency: expect.objectContaining({ code: 'H21.14' }), question: question.question, dueAt: '2026-03-05T17:00:00+07:00', answer: null, answeredAt: null }),
    ]);
    const consultationId = asked.consultations[0].id as string;
    const blocked = await refused(t, specialist, d.id, opinion, 403);
    expect(blocked.guards).toEqual(['guard.noOpenConsultations']);

    // the finance officer now sees the dossier and may answer; others may not
    const seen = await view(t, finance, d.id);
    expect(offeredIds(seen)).toEqual(['reply_consultation']);
    expect((await t.request('GET', `/api/v1/dossiers/${d.id}`, { token: home })).status).toBe(404);
    const reply = { type: 'reply_consultation', consultationId, answer: 'Sở Tài chính thống nhất, không có ý kiến khác.' };
    await refused(t, home, d.id, reply, 404);
    expect((await refused(t, colleague, d.id, reply, 403)).code).toBe('dossier.actionNotPermitted');
    await refused(t, specialist, d.id, reply, 403); // the one who asked cannot answer for the other agency

    at(t, '2026-03-04 15:00');
    const answered = await act(t, finance, d.id, reply);
    expect(answered.state).toBe('APPRAISAL');
    expect((await refused(t, finance, d.id, reply, 409)).code).toBe('dossier.consultationAnswered');
    const full = await view(t, specialist, d.id);
    expect(full.consultations[0]).toMatchObject({ answer: reply.answer, answeredAt: '2026-03-04T15:00:00+07:00' });
    const replyAction = full.actions.find((a: { type: string }) => a.type === 'reply_consultation');
    expect(replyAction).toMatchObject({ actor: { name: 'Cao Văn Tài', role: 'SPECIALIST' }, from: { agency: { code: 'H21.14' } }, to: { agency: { code: 'H21.10' } } });

    const forwarded = await act(t, specialist, d.id, opinion);
    expect(forwarded).toMatchObject({ state: 'AWAITING_APPROVAL', nationalStatus: 4 });
    await assertDerivable(t, d.id);
  });

  it('tracks several questions and whether each reply came in time', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    const specialist = await t.login(who.specialist);
    at(t, '2026-03-04 16:00');
    await act(t, specialist, d.id, { type: 'consult', agencyCode: 'H21.14', question: 'Ý kiến về tài chính của doanh nghiệp?', dueInWorkingDays: 1 });
    await act(t, specialist, d.id, { type: 'consult', agencyCode: 'H21.15', question: 'Ý kiến về tổ chức bộ máy của doanh nghiệp?', dueInWorkingDays: 1 });
    const [toFinance, toHome] = (await view(t, specialist, d.id)).consultations as { id: string; dueAt: string }[];
    expect([toFinance!.dueAt, toHome!.dueAt]).toEqual(['2026-03-05T17:00:00+07:00', '2026-03-05T17:00:00+07:00']);

    at(t, '2026-03-05 09:00');
    await act(t, await t.login('taichinh.chuyenvien'), d.id, { type: 'reply_consultation', consultationId: toFinance!.id, answer: 'Đồng ý.' });
    expect((await refused(t, specialist, d.id, opinion, 403)).guards).toEqual(['guard.noOpenConsultations']);
    at(t, '2026-03-06 09:00'); // a day late
    await act(t, await t.login('noivu.chuyenvien'), d.id, { type: 'reply_consultation', consultationId: toHome!.id, answer: 'Thống nhất.' });
    const replies = (await dossierRepo.listActions(t.app.database.db, d.id)).filter((a) => a.type === 'reply_consultation');
    expect(replies.map((a) => (a.payload as { onTime: boolean }).onTime)).toEqual([true, false]);
    expect((await act(t, specialist, d.id, opinion)).state).toBe('AWAITING_APPROVAL');
    await assertDerivable(t, d.id);
  });
});
