// The notifications inbox: the job writes one plain-language Vietnamese message per event that
// concerns the applicant (received with the due date, supplement asked with the items, supplement
// received, result signed…), never twice for one event even when the job runs again; the inbox lists
// them newest first with the unread count and marks them read (CSRF checked, only one's own).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inbox, listTemplates, unreadCount, updateTemplate, writeNotification } from '../../src/modules/notifications/index.ts';
import { citizenNotifications } from '../../src/modules/notifications/notifications.tables.ts';
import { outboxEvents } from '../../src/platform/jobs/jobs.tables.ts';
import { act } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { signInCitizen, webClient } from '../support/web-client.ts';
import { at, inAppraisal, staff, startApp } from '../lifecycle/drive.ts';

const who = staff['H21.10'];
const owner = { ownerIdType: 'TAX_CODE', ownerId: '0100109106' };

describe('citizen notifications', () => {
  let t: TestApp;
  let d: { id: string; code: string };
  const kinds = async () =>
    (await t.app.database.db.select({ kind: citizenNotifications.kind }).from(citizenNotifications).where(eq(citizenNotifications.dossierId, d.id))).map((r) => r.kind).sort();

  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    at(t, '2026-03-02 09:00');
    d = await inAppraisal(t, '1.004230', who);
    at(t, '2026-03-03 10:00');
    await act(t, await t.login(who.specialist), d.id, {
      type: 'request_supplement',
      reason: 'Hồ sơ thiếu giấy tờ',
      items: [{ componentCode: 'TP01', description: 'Tờ khai có chữ ký', reason: 'Tờ khai chưa ký' }],
    });
    await t.app.runner.drain();
  });
  afterAll(() => t.close());

  it('writes one message per event that concerns the applicant, in plain Vietnamese', async () => {
    expect(await kinds()).toEqual(['dossier.received', 'dossier.submitted', 'dossier.supplement_requested']);
    const { items, unread } = await inbox(t.app.database.db, owner);
    expect(unread).toBe(3);
    expect(items[0]).toMatchObject({ kind: 'dossier.supplement_requested', title: `Hồ sơ ${d.code} cần bổ sung`, link: `/ho-so-cua-toi/${d.id}` });
    expect(items[0]!.body).toContain('Tờ khai có chữ ký');
    expect(items[0]!.body).toContain('Hồ sơ thiếu giấy tờ');
    const received = items.find((i) => i.kind === 'dossier.received')!;
    expect(received.body).toContain(d.code);
    expect(received.body).toContain('17:00 11/03/2026');
    expect(received.body).not.toMatch(/\{\w+\}/);
  });

  it('a job run again for the same event writes nothing new', async () => {
    const [event] = await t.app.database.db
      .select()
      .from(outboxEvents)
      .where(and(eq(outboxEvents.aggregateId, d.id), eq(outboxEvents.type, 'dossier.supplement_requested')));
    const again = await writeNotification(
      { db: t.app.database.db, clock: t.clock, config: t.app.config, procedures: t.app.services.procedures, audit: t.app.services.audit },
      { eventId: event!.eventId, type: event!.type, aggregateId: event!.aggregateId, occurredAt: event!.occurredAt.toISOString(), payload: event!.payload },
    );
    expect(again).toBe(false);
    expect(await kinds()).toEqual(['dossier.received', 'dossier.submitted', 'dossier.supplement_requested']);
  });

  it('an edited template is used for later messages', async () => {
    const before = await listTemplates(t.app.database.db);
    expect(before.map((r) => r.kind)).toContain('dossier.supplemented');
    const admin = (await t.app.services.authenticator.authenticate(await t.login('quantri')))!;
    await t.app.commands.run({ actor: admin }, (ctx) => updateTemplate(ctx, { kind: 'dossier.supplemented', template: { title: 'Đã nhận bổ sung ({code})', body: 'Hạn mới: {dueDate}.' } }));
    at(t, '2026-03-04 09:00');
    await act(t, await t.login('motcua.tinh'), d.id, { type: 'complete_supplement', componentsProvided: ['TP01'] });
    await t.app.runner.drain();
    const { items } = await inbox(t.app.database.db, owner);
    expect(items[0]).toMatchObject({ kind: 'dossier.supplemented', title: `Đã nhận bổ sung (${d.code})` });
    expect(items[0]!.body).toMatch(/^Hạn mới: \d\d:\d\d \d\d\/\d\d\/2026\.$/);
  });

  it('the inbox shows the messages and the count, and marks them read (CSRF checked, only one’s own)', async () => {
    const other = webClient(t);
    await signInCitizen(t, other); // acting for themselves: none of these messages are theirs
    expect((await other.get('/thong-bao')).body).toContain('Bạn chưa có thông báo nào');

    const client = webClient(t);
    await signInCitizen(t, client, { actingFor: owner.ownerId });
    const page = await client.get('/thong-bao');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Bạn có 4 thông báo chưa đọc');
    expect(page.body.indexOf('Đã nhận bổ sung')).toBeLessThan(page.body.indexOf(`Hồ sơ ${d.code} đã được tiếp nhận`));
    const first = (await inbox(t.app.database.db, owner)).items[0]!;

    // Someone else's post of this id changes nothing; a forged post is refused.
    await other.get('/thong-bao');
    expect((await other.post('/thong-bao/da-doc', { id: first.id })).status).toBe(303);
    expect((await client.post('/thong-bao/da-doc', { id: first.id, _csrf: 'forged' })).status).toBe(403);
    expect(await unreadCount(t.app.database.db, owner)).toBe(4);

    expect((await client.post('/thong-bao/da-doc', { id: first.id })).status).toBe(303);
    expect(await unreadCount(t.app.database.db, owner)).toBe(3);
    await client.get('/thong-bao');
    expect((await client.post('/thong-bao/da-doc', {})).status).toBe(303);
    expect(await unreadCount(t.app.database.db, owner)).toBe(0);
    expect((await client.get('/thong-bao')).body).toContain('Bạn có 0 thông báo chưa đọc');
  });
});
