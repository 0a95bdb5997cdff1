// An administrator resets an officer's two-step verification (lost phone): the status on the officer's page, a
// required reason, a forged token, an administrator of another agency and one's own account refused with nothing
// changed; then the secret is gone, the officer's open session ends, the audit entry keeps the reason, and the
// officer signs in with the password alone and can turn TOTP on again.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOfficerByUsername, totpCode } from '../../src/modules/identity/index.ts';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { officerTotp } from '../../src/modules/identity/totp/totp.tables.ts';
import { newTotpSecret } from '../../src/modules/identity/totp/totp.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { signInOfficer, webClient, type WebClient } from '../support/web-client.ts';

const USER = 'khcn.chuyenvien';
const SETUP = '/can-bo/tai-khoan/xac-thuc-hai-buoc';
const CODE = '/can-bo/dang-nhap/ma-xac-thuc';
const detailUrl = (id: string) => `/can-bo/quan-tri/can-bo/${id}`;
const resetUrl = (id: string) => `${detailUrl(id)}/xac-thuc-hai-buoc/dat-lai`;
const REASON = 'Cán bộ báo mất điện thoại ngày 20/11, đã xác minh qua trưởng phòng.';

let t: TestApp;
let admin: WebClient;
let officer: WebClient;
let officerId: string;

const db = () => t.app.database.db;
const idOf = async (username: string) => (await findOfficerByUsername(db(), username))!.id;
const totpRow = async (id: string) => (await db().select().from(officerTotp).where(eq(officerTotp.officerId, id)))[0];
const nextStep = () => t.clock.advance(30_000);

async function resetEntries(id: string) {
  const r = (await db().execute(sql`SELECT actor_id, payload FROM audit_log WHERE action = 'officer.totp_reset' AND entity_type = 'officer' AND entity_id = ${id} ORDER BY id`)) as unknown as {
    rows: { actor_id: string; payload: Record<string, unknown> }[];
  };
  return r.rows;
}

/** Signs in through the real pages; returns where the password step sent the browser. */
async function signInWithPassword(c: WebClient, username = USER): Promise<string | undefined> {
  await c.get('/can-bo/dang-nhap');
  const res = await c.post('/can-bo/dang-nhap', { username, password: DEMO_PASSWORD });
  expect(res.status).toBe(303);
  return res.location;
}

/** Turns TOTP on from the officer's own page with a computed code; returns the secret. */
async function enableTotp(c: WebClient): Promise<string> {
  const page = await c.get(SETUP);
  const secret = /<code class="totp-secret">([A-Z2-7 ]+)<\/code>/.exec(page.body)![1]!.replace(/ /g, '');
  const ok = await c.post(SETUP, { intent: 'enable', code: totpCode(secret, t.clock.now()) });
  expect(ok.status).toBe(303);
  return secret;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = webClient(t);
  await signInOfficer(t, admin, 'quantri');
  officerId = await idOf(USER);
  // The officer turns TOTP on and then signs in with password and code: this browser's session must end on reset.
  const setup = webClient(t);
  expect(await signInWithPassword(setup)).toBe('/can-bo');
  const secret = await enableTotp(setup);
  nextStep();
  officer = webClient(t);
  expect(await signInWithPassword(officer)).toBe(CODE);
  await officer.get(CODE);
  expect((await officer.post(CODE, { code: totpCode(secret, t.clock.now()) })).status).toBe(303);
  expect((await officer.get('/can-bo')).status).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

describe('resetting an officer’s two-step verification', () => {
  it('shows the administrator that it is on, with the reset form and its warning', async () => {
    const page = await admin.get(detailUrl(officerId));
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h2>Xác thực hai bước</h2>');
    expect(page.body).toMatch(/Đang bật từ ngày \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(page.body).toContain(`action="${resetUrl(officerId)}"`);
    expect(page.body).toContain('mọi phiên đăng nhập của cán bộ trên trang cán bộ bị kết thúc');
    expect(page.body).toMatch(/<textarea id="f-reason" name="reason"[^>]* required>/);
    expect(page.body).toContain('Đặt lại xác thực hai bước</button>');
  });

  it('refuses a reset without a reason, with the message next to the field, and changes nothing', async () => {
    await admin.get(detailUrl(officerId));
    for (const reason of [undefined, '   ']) {
      const res = await admin.post(resetUrl(officerId), reason === undefined ? {} : { reason });
      expect(res.status).toBe(400);
      expect(res.body).toContain('error-summary');
      expect(res.body).toMatch(/<span class="error-message" id="f-reason-error">.*Nhập lý do đặt lại xác thực hai bước\.<\/span>/);
      expect(res.body).toContain('aria-describedby="f-reason-hint f-reason-error"');
    }
    const tooLong = await admin.post(resetUrl(officerId), { reason: 'x'.repeat(1001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toContain('Không được quá 1000 ký tự.');
    expect(tooLong.body).toContain(`>${'x'.repeat(1001)}</textarea>`);
    expect((await totpRow(officerId))?.enabledAt).not.toBeNull();
    expect((await officer.get('/can-bo')).status).toBe(200);
    expect(await resetEntries(officerId)).toEqual([]);
  });

  it('refuses a forged CSRF token with 403 and changes nothing', async () => {
    await admin.get(detailUrl(officerId));
    const res = await admin.post(resetUrl(officerId), { reason: REASON, _csrf: 'forged-token' });
    expect(res.status).toBe(403);
    expect((await totpRow(officerId))?.enabledAt).not.toBeNull();
    expect((await officer.get('/can-bo')).status).toBe(200);
    expect(await resetEntries(officerId)).toEqual([]);
  });

  it('answers 404 to an administrator of another agency, as for any officer outside their scope', async () => {
    await admin.get('/can-bo/quan-tri/can-bo/moi');
    const created = await admin.post('/can-bo/quan-tri/can-bo/moi', { username: 'gddt.quantri', fullName: 'Ngô Thị Quản', password: 'Mat-khau-rat-manh-2026', role: 'ADMIN', agencyCode: 'H21.11' });
    expect(created.status, created.body.slice(0, 400)).toBe(303);
    const other = webClient(t);
    await signInOfficer(t, other, 'gddt.quantri');
    // Their own agency's officers are theirs to see: the 404 below is about scope, not about the page.
    expect((await other.get(detailUrl(await idOf('gddt.chuyenvien')))).status).toBe(200);
    expect((await other.get(detailUrl(officerId))).status).toBe(404);
    const res = await other.post(resetUrl(officerId), { reason: REASON });
    expect(res.status).toBe(404);
    expect((await totpRow(officerId))?.enabledAt).not.toBeNull();
    expect((await officer.get('/can-bo')).status).toBe(200);
    expect(await resetEntries(officerId)).toEqual([]);
  });

  it('does not let an administrator reset their own; their page points to their own two-factor page', async () => {
    const adminId = await idOf('quantri');
    const now = t.clock.now();
    await db().insert(officerTotp).values({ officerId: adminId, secret: newTotpSecret(), enabledAt: now, lastStep: null, updatedAt: now });
    const page = await admin.get(detailUrl(adminId));
    expect(page.status).toBe(200);
    expect(page.body).toContain('Đang bật từ ngày');
    expect(page.body).toContain(`<a href="${SETUP}">`);
    expect(page.body).not.toContain(`action="${resetUrl(adminId)}"`);
    const res = await admin.post(resetUrl(adminId), { reason: REASON });
    expect(res.status).toBe(404);
    expect((await totpRow(adminId))?.enabledAt).toEqual(now);
    expect(await resetEntries(adminId)).toEqual([]);
    // The administrator's own session survived the refusal.
    expect((await admin.get(detailUrl(officerId))).status).toBe(200);
  });

  it('with a reason: removes the secret, ends the officer’s session and records the reason', async () => {
    await admin.get(detailUrl(officerId));
    const res = await admin.post(resetUrl(officerId), { reason: `  ${REASON}  ` });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`${detailUrl(officerId)}?xong=dat-lai-2fa`);
    const page = await admin.get(res.location!);
    expect(page.body).toContain('Đã đặt lại xác thực hai bước; các phiên đăng nhập của cán bộ đã kết thúc.');
    expect(page.body).toContain('Chưa bật');
    expect(page.body).not.toContain(`action="${resetUrl(officerId)}"`);

    expect(await totpRow(officerId)).toBeUndefined();
    const mine = await officer.get('/can-bo');
    expect(mine.status).toBe(303);
    expect(mine.location).toMatch(/^\/can-bo\/dang-nhap\?next=/);

    const entries = await resetEntries(officerId);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actor_id).toBe(await idOf('quantri'));
    expect(entries[0]!.payload).toMatchObject({ reason: REASON, sessionsEnded: 2 });
    expect(typeof entries[0]!.payload.enabledAt).toBe('string');

    // A repeated submission finds nothing to reset: no second entry, and the page says so.
    const again = await admin.post(resetUrl(officerId), { reason: REASON });
    expect(again.location).toBe(`${detailUrl(officerId)}?xong=khong-co-2fa`);
    expect((await admin.get(again.location!)).body).toContain('không có gì để đặt lại');
    expect(await resetEntries(officerId)).toHaveLength(1);
  });

  it('lets the officer sign in with the password alone and turn TOTP on again', async () => {
    nextStep();
    const c = webClient(t);
    expect(await signInWithPassword(c)).toBe('/can-bo');
    expect((await c.get('/can-bo')).status).toBe(200);
    const secret = await enableTotp(c);
    expect((await totpRow(officerId))?.enabledAt).not.toBeNull();
    nextStep();
    const next = webClient(t);
    expect(await signInWithPassword(next)).toBe(CODE);
    await next.get(CODE);
    expect((await next.post(CODE, { code: totpCode(secret, t.clock.now()) })).status).toBe(303);
  });
});
