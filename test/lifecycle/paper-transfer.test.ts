// Paper dossiers received at the provincial centre must reach the competent department the same
// working day, or the next working day when received from 15:00 on (Decree 61/2018 Art. 18,
// DOMAIN §4.3, example G); and the legal due date issued at receipt follows the calendar (§5.2–5.3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act, create, submission, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, receivedAtDesk, startApp } from './drive.ts';

let t: TestApp;
let desk: string;
beforeAll(async () => {
  t = await startApp('2026-03-03T09:00:00+07:00');
  desk = await t.login(DESK);
});
afterAll(() => t.close());

describe('paper transfer under the 15:00 rule', () => {
  async function transferDue(local: string, procedure = '1.004230', overrides: Record<string, unknown> = {}) {
    at(t, local);
    const received = await receivedAtDesk(t, procedure, overrides);
    const full = await view(t, desk, received.id);
    return { id: received.id as string, transferDueAt: full.dates.transferDueAt as string | null };
  }

  it('received Tue 14:50 → transfer by the end of Tuesday; Tue 14:59:59 still the same day', async () => {
    expect((await transferDue('2026-03-03 14:50')).transferDueAt).toBe('2026-03-03T17:00:00+07:00');
    const edge = await transferDue('2026-03-03 14:59:59');
    expect(edge.transferDueAt).toBe('2026-03-03T17:00:00+07:00');
    await assertDerivable(t, edge.id);
  });

  it('received Tue 15:00 or 16:10 → transfer by the end of Wednesday', async () => {
    expect((await transferDue('2026-03-03 15:00')).transferDueAt).toBe('2026-03-04T17:00:00+07:00');
    const late = await transferDue('2026-03-03 16:10');
    expect(late.transferDueAt).toBe('2026-03-04T17:00:00+07:00');
    await assertDerivable(t, late.id);
  });

  it('received Friday after 15:00 → Monday; before the 30/4–1/5 holidays → the Monday after', async () => {
    expect((await transferDue('2026-03-06 15:30')).transferDueAt).toBe('2026-03-09T17:00:00+07:00');
    const holiday = await transferDue('2026-04-29 16:00');
    expect(holiday.transferDueAt).toBe('2026-05-04T17:00:00+07:00');
    await assertDerivable(t, holiday.id);
  });

  it('by post as well; a transfer after its due time is recorded as late', async () => {
    const posted = await transferDue('2026-03-10 16:30', '1.004230', { channel: 'POST' });
    expect(posted.transferDueAt).toBe('2026-03-11T17:00:00+07:00');
    at(t, '2026-03-11 16:59');
    const onTime = await act(t, desk, posted.id, { type: 'transfer' });
    expect(onTime).toMatchObject({ state: 'ASSIGNED', nationalStatus: 4 });

    const slow = await transferDue('2026-03-11 10:00');
    at(t, '2026-03-12 08:00');
    await act(t, desk, slow.id, { type: 'transfer' });
    const [a, b] = await Promise.all([posted.id, slow.id].map((id) => dossierRepo.listActions(t.app.database.db, id)));
    expect(a!.at(-1)!.payload).toMatchObject({ transferDueAt: '2026-03-11T17:00:00+07:00', transferOnTime: true });
    expect(b!.at(-1)!.payload).toMatchObject({ transferDueAt: '2026-03-11T17:00:00+07:00', transferOnTime: false });
    await assertDerivable(t, slow.id);
  });

  it('no transfer when the receiving desk belongs to the competent agency (a ward desk)', async () => {
    at(t, '2026-03-12 16:00');
    const ward = await t.login('pleiku.motcua');
    const created = await create(t, ward, await submission(t, '1.004873', { competentAgencyCode: 'H21.55', receivingDeskCode: 'H21.55.MC' }));
    const received = await act(t, ward, created.id, { type: 'receive' });
    expect(received.code).toBe('H21.55-260312-0001');
    expect((await view(t, ward, created.id)).dates.transferDueAt).toBeNull();
    await assertDerivable(t, created.id);
  });
});

describe('the due date issued at receipt', () => {
  it('7 working days across Tết Bính Ngọ: received Fri 13/02 → due Tue 03/03', async () => {
    at(t, '2026-02-13 10:00');
    const received = await receivedAtDesk(t, '1.004230');
    // skip Sat 14, Sun 15, Tết 16–20, Sat 21, Sun 22 → Mon 23 (1) … Fri 27 (5), Mon 02/03 (6), Tue 03/03 (7)
    expect(received.dueAt).toBe('2026-03-03T17:00:00+07:00');
    const full = await view(t, desk, received.id);
    expect(full.dueExplanation.filter((s: { kind: string }) => s.kind === 'count').map((s: { date: string }) => s.date)).toEqual([
      '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-03-02', '2026-03-03',
    ]);
    expect(full.dueExplanation.at(-1)).toMatchObject({ kind: 'due', at: '2026-03-03T17:00:00+07:00' });
    await assertDerivable(t, received.id);
  });

  it('15 calendar days ending on 1/5 (a holiday) → end of Monday 04/05/2026 (DOMAIN example C)', async () => {
    at(t, '2026-04-16 10:00');
    const received = await receivedAtDesk(t, '1.004227');
    expect(received.dueAt).toBe('2026-05-04T17:00:00+07:00');
    const full = await view(t, desk, received.id);
    expect(full.dueExplanation.some((s: { kind: string; date: string | null }) => s.kind === 'shift' && s.date === '2026-05-04')).toBe(true);
    await assertDerivable(t, received.id);
  });
});
