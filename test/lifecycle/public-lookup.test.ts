// The public look-up by dossier code (Decree 61/2018 Art. 17(3), DOMAIN §4.2(4)): anyone holding the
// code sees the status and the dates, the owner only as a masked name, and never a personal identifier,
// phone number or address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicDossierView } from '../../src/modules/dossiers/index.ts';
import { act, citizen, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, DESK, receivedAtDesk, startApp, submitAtDesk } from './drive.ts';

const representative = {
  person: { fullName: 'Trần Văn Bình', personalId: '079090001234', phone: '0987654321', address: '45 Lê Lợi, Quy Nhơn', email: 'binh@example.vn' },
  mandate: { document: 'Giấy ủy quyền số 12/2026', validUntil: '2026-12-31' },
};
const secrets = ['064195012345', '0912345678', 'Hùng Vương', 'Thị Hoa', '079090001234', '0987654321', 'Lê Lợi', 'Trần Văn Bình', 'binh@example.vn'];

describe('public look-up by dossier code', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
  });
  afterAll(() => t.close());

  it('shows state and dates with the owner masked, and nothing personal', async () => {
    const d = await receivedAtDesk(t, '2.000488', { applicant: { ...citizen, representative } });
    expect(d.code).toBe('H21.02-260302-0001');
    const res = await t.request('GET', `/api/v1/public/dossiers/${d.code}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=30');
    expect(PublicDossierView.safeParse(res.body).success).toBe(true);
    expect(res.body).toEqual({
      code: 'H21.02-260302-0001',
      procedure: { code: '2.000488', name: expect.stringContaining('Phiếu lý lịch tư pháp') },
      state: 'RECEIVED',
      stateLabel: 'Đã tiếp nhận',
      nationalStatus: 2,
      ownerName: 'Nguyễn T. H.',
      receivingAgency: 'Trung tâm Phục vụ hành chính công tỉnh Gia Lai',
      competentAgency: 'Sở Tư pháp tỉnh Gia Lai',
      submittedAt: '2026-03-02T09:00:00+07:00',
      receivedAt: '2026-03-02T09:00:00+07:00',
      dueAt: '2026-03-12T17:00:00+07:00',
      originalDueAt: '2026-03-12T17:00:00+07:00',
      finishedAt: null,
      returnedAt: null,
      timeliness: null,
      extended: false,
      overdue: false,
    });
    const serialised = JSON.stringify(res.body);
    for (const secret of secrets) expect(serialised, secret).not.toContain(secret);
    // the officer's view has them, so the test data really carried them
    const full = JSON.stringify(await view(t, await t.login(DESK), d.id));
    for (const secret of ['064195012345', '0912345678', '079090001234']) expect(full).toContain(secret);
    await assertDerivable(t, d.id);
  });

  it('follows the dossier, in English on request, and accepts a lower-case code', async () => {
    at(t, '2026-03-03 10:00');
    const d = await receivedAtDesk(t, '2.000488');
    await act(t, await t.login(DESK), d.id, { type: 'withdraw', reason: 'Công dân xin rút hồ sơ' });
    at(t, '2026-03-20 10:00');
    const res = await t.request('GET', `/api/v1/public/dossiers/${d.code.toLowerCase()}`, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: d.code, state: 'WITHDRAWN', nationalStatus: 7, finishedAt: '2026-03-03T10:00:00+07:00', overdue: false });
    expect(res.body.stateLabel).toBe('Withdrawn by the applicant');
    await assertDerivable(t, d.id);
  });

  it('unknown code → 404; malformed code or an internal id → 400; no code before receipt', async () => {
    const unknown = await t.request('GET', '/api/v1/public/dossiers/H21.02-260302-9999');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('dossier.notFound');
    for (const bad of ['abc', 'H21.02-2603-0001', 'H21.02_260302_0001', "H21.02-260302-0001' OR 1=1"]) {
      const res = await t.request('GET', `/api/v1/public/dossiers/${encodeURIComponent(bad)}`);
      expect(res.status, bad).toBe(400);
    }
    const pending = await submitAtDesk(t, '2.000488');
    expect(pending.code).toBeNull();
    expect((await t.request('GET', `/api/v1/public/dossiers/${pending.id}`)).status).toBe(400);
  });
});
