// Safety of writes (ARCHITECTURE §3–4): optimistic versions (stale expectedVersion → 409 with the
// current version), Idempotency-Key replays (same answer, nothing done twice; another body → 422),
// and illegal actions (409 with the actions the step allows).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act, idemKey, officerId, submission } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, receivedAtDesk, refused, staff, startApp, submitAtDesk } from './drive.ts';

describe('versions, idempotency and illegal actions', () => {
  let t: TestApp;
  let desk: string;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    desk = await t.login(DESK);
  });
  afterAll(() => t.close());

  it('a stale expectedVersion is refused with the current version; of two racing writes one wins', async () => {
    const d = await receivedAtDesk(t, '1.004230');
    expect(d.version).toBe(2);
    const stale = await refused(t, desk, d.id, { type: 'transfer', expectedVersion: 1 }, 409);
    expect(stale).toMatchObject({ code: 'dossier.staleVersion', version: 2 });
    expect((await act(t, desk, d.id, { type: 'transfer', expectedVersion: 2 })).version).toBe(3);

    const head = await t.login(staff['H21.10'].head);
    const [a, b] = await Promise.all(
      ['khcn.chuyenvien', 'khcn.chuyenvien2'].map(async (u) =>
        t.request('POST', `/api/v1/dossiers/${d.id}/actions`, { token: head, body: { type: 'assign', assigneeId: await officerId(t, u), expectedVersion: 3 } }),
      ),
    );
    expect([a!.status, b!.status].sort()).toEqual([200, 409]);
    const loser = a!.status === 409 ? a! : b!;
    expect(loser.body.error).toMatchObject({ code: 'dossier.staleVersion', version: 4 });
    expect((await dossierRepo.listActions(t.app.database.db, d.id)).map((x) => x.type)).toEqual(['submit', 'receive', 'transfer', 'assign']);
    await assertDerivable(t, d.id);
  });

  it('replays a registration with the same Idempotency-Key and creates nothing twice', async () => {
    const count = async () => ((await t.request('GET', '/api/v1/dossiers?procedure=1.004227&limit=200', { token: desk })).body.items as unknown[]).length;
    const body = await submission(t, '1.004227');
    const key = idemKey();
    const first = await t.request('POST', '/api/v1/dossiers', { token: desk, body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await count()).toBe(1);

    at(t, '2026-03-02 09:05');
    const again = await t.request('POST', '/api/v1/dossiers', { token: desk, body, headers: { 'idempotency-key': key } });
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await count()).toBe(1);

    const other = await t.request('POST', '/api/v1/dossiers', { token: desk, body: { ...body, title: 'Hồ sơ khác' }, headers: { 'idempotency-key': key } });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('error.idempotencyMismatch');
    expect(await count()).toBe(1);

    // keys belong to their caller: the postal agent's identical key is a new request
    const postal = await t.request('POST', '/api/v1/dossiers', { token: await t.login('buudien'), body, headers: { 'idempotency-key': key } });
    expect(postal.status).toBe(201);
    expect(postal.body.id).not.toBe(first.body.id);
    expect(await count()).toBe(2);

    const badKey = await t.request('POST', '/api/v1/dossiers', { token: desk, body, headers: { 'idempotency-key': 'short' } });
    expect(badKey.status).toBe(400);
    expect(await count()).toBe(2);
    await assertDerivable(t, first.body.id);
    await assertDerivable(t, postal.body.id);
  });

  it('replays an action: same code and due date, one receipt in the log', async () => {
    const created = await submitAtDesk(t, '1.004230');
    const key = idemKey();
    const send = () => t.request('POST', `/api/v1/dossiers/${created.id}/actions`, { token: desk, body: { type: 'receive' }, headers: { 'idempotency-key': key } });
    const first = await send();
    expect(first.status).toBe(200);
    at(t, '2026-03-11 16:30'); // the live flags would differ now; the replay is the stored answer
    const again = await send();
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await dossierRepo.listActions(t.app.database.db, created.id)).filter((a) => a.type === 'receive')).toHaveLength(1);
    await assertDerivable(t, created.id);
  });

  it('an action the step does not offer → 409 listing the allowed actions; an unknown type → 400', async () => {
    at(t, '2026-03-12 09:00');
    const created = await submitAtDesk(t, '1.004230');
    const error = await refused(t, await t.login(staff['H21.10'].leader), created.id, { type: 'approve' }, 409);
    expect(error.code).toBe('dossier.illegalAction');
    expect(error.allowedActions).toEqual([
      { id: 'receive', type: 'receive', to: 'received' },
      { id: 'request_intake_supplement', type: 'request_intake_supplement', to: 'intake_supplement' },
      { id: 'reject', type: 'reject_intake', to: 'rejected' },
      { id: 'withdraw', type: 'withdraw', to: 'withdrawn' },
    ]);
    expect(error.message).toContain('receive, request_intake_supplement, reject, withdraw');
    expect((await refused(t, desk, created.id, { type: 'teleport' }, 400)).code).toBe('error.validation');
    expect((await refused(t, desk, created.id, { type: 'receive', sneaky: true }, 400)).code).toBe('error.validation');
    await assertDerivable(t, created.id);
  });
});
