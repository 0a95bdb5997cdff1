// Issue 11, item 2: wrong TOTP codes are counted per officer in the database, across the API, the
// web and every session. Before the fix the API counted nothing (60 wrong codes, then the right one,
// got a token) and the web counted in the pending session, so typing the password again restarted
// the five tries. Now the fifth wrong code — wherever it is typed — locks the second step for the
// lock period (15 minutes by default), and a correct password neither resets the count nor lifts it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/modules/identity/index.ts';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { signInOfficer, webClient, type WebClient } from '../support/web-client.ts';

let t: TestApp;
const SETUP = '/can-bo/tai-khoan/xac-thuc-hai-buoc';
const CODE = '/can-bo/dang-nhap/ma-xac-thuc';
const MINUTE = 60_000;
const secrets = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Turns TOTP on for a demo officer through the page, as the officer would. */
async function enableTotp(user: string): Promise<string> {
  const c = webClient(t);
  await signInOfficer(t, c, user);
  const page = await c.get(SETUP);
  const secret = /<code class="totp-secret">([A-Z2-7 ]+)<\/code>/.exec(page.body)![1]!.replace(/ /g, '');
  expect((await c.post(SETUP, { intent: 'enable', code: totpCode(secret, t.clock.now()) })).status).toBe(303);
  t.clock.advance(30_000); // the next code is a new step
  secrets.set(user, secret);
  return secret;
}

const now = () => t.clock.now();
/** A well-formed code that none of the enabled secrets accepts now (±1 step). */
function wrongCode(): string {
  const valid = new Set([...secrets.values()].flatMap((s) => [-1, 0, 1].map((d) => totpCode(s, new Date(now().getTime() + d * 30_000)))));
  return ['000000', '111111', '222222', '333333'].find((c) => !valid.has(c))!;
}
const api = (user: string, totp?: string) => t.request('POST', '/api/v1/auth/login', { body: { username: user, password: DEMO_PASSWORD, ...(totp ? { totpCode: totp } : {}) } });

async function passwordStep(user: string): Promise<{ c: WebClient; status: number; location: string | undefined; body: string }> {
  const c = webClient(t);
  await c.get('/can-bo/dang-nhap');
  const res = await c.post('/can-bo/dang-nhap', { username: user, password: DEMO_PASSWORD });
  return { c, status: res.status, location: res.location, body: res.body };
}

describe('TOTP failures counted per account', () => {
  it('over the API: four wrong codes, each with the right password, then the fifth locks; the right code no longer helps', async () => {
    const user = 'khcn.giamdoc';
    const secret = await enableTotp(user);
    for (let i = 0; i < 4; i++) {
      const res = await api(user, wrongCode());
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('auth.totpInvalid');
      // The right password alone (no code) in between resets nothing.
      expect((await api(user)).body.error.code).toBe('auth.totpRequired');
    }
    const fifth = await api(user, wrongCode());
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.code).toBe('auth.totpLocked');
    expect(fifth.body.error.message).toContain('15 phút');
    const right = await api(user, totpCode(secret, now()));
    expect(right.status).toBe(423);
    expect(right.body.error.code).toBe('auth.totpLocked');
    // The web's password step says so too, and opens no pending session.
    const web = await passwordStep(user);
    expect(web.status).toBe(423);
    expect(web.body).toContain('Đã nhập sai mã xác thực hai bước quá nhiều lần');
    expect((await web.c.get(CODE)).location).toBe('/can-bo/dang-nhap');
    // After the lock period the right code works, and the count starts again from zero.
    t.clock.advance(15 * MINUTE + 1000);
    const after = await api(user, totpCode(secret, now()));
    expect(after.status).toBe(200);
    t.clock.advance(30_000);
    for (let i = 0; i < 4; i++) expect((await api(user, wrongCode())).status).toBe(401);
    t.clock.advance(30_000);
    expect((await api(user, totpCode(secret, now()))).status).toBe(200); // a right code clears the four
    for (let i = 0; i < 4; i++) expect((await api(user, wrongCode())).status).toBe(401);
  }, 120_000);

  it('on the web: typing the password again does not restart the five tries, and API failures count there too', async () => {
    const user = 'noivu.chuyenvien';
    const secret = await enableTotp(user);
    // Two wrong codes in one browser session, two in a fresh one (password typed again), one over the API.
    for (const tries of [2, 2]) {
      const { c, location } = await passwordStep(user);
      expect(location).toBe(CODE);
      await c.get(CODE);
      for (let i = 0; i < tries; i++) expect((await c.post(CODE, { code: wrongCode() })).status).toBe(401);
    }
    expect((await api(user, wrongCode())).status).toBe(423); // the fifth, across channels
    // A third browser: the password is right, but the second step is closed.
    const third = await passwordStep(user);
    expect(third.status).toBe(423);
    // The right code over the API is refused as well.
    expect((await api(user, totpCode(secret, now()))).body.error.code).toBe('auth.totpLocked');
    t.clock.advance(15 * MINUTE + 1000);
    const { c } = await passwordStep(user);
    await c.get(CODE);
    expect((await c.post(CODE, { code: totpCode(secret, now()) })).status).toBe(303);
  }, 120_000);

  it('the fifth wrong code on the code page ends the pending session with the locked message', async () => {
    const user = 'khcn.chuyenvien';
    const secret = await enableTotp(user);
    for (let i = 0; i < 4; i++) expect((await api(user, wrongCode())).status).toBe(401);
    const { c } = await passwordStep(user);
    await c.get(CODE);
    const last = await c.post(CODE, { code: wrongCode() });
    expect(last.status).toBe(423);
    expect(last.body).toContain('Đã nhập sai mã xác thực hai bước quá nhiều lần');
    expect((await c.post(CODE, { code: totpCode(secret, now()) })).location).toBe('/can-bo/dang-nhap');
  }, 120_000);

  it('20 wrong codes sent at once: exactly four are weighed before the lock', async () => {
    const user = 'khcn.giamdoc';
    t.clock.advance(15 * MINUTE + 1000);
    const secret = secrets.get(user)!;
    expect((await api(user, totpCode(secret, now()))).status).toBe(200); // count back to zero
    t.clock.advance(30_000);
    const statuses = (await Promise.all(Array.from({ length: 20 }, () => api(user, wrongCode())))).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 423)).toHaveLength(16);
    expect((await api(user, totpCode(secret, now()))).status).toBe(423);
  }, 180_000);
});
