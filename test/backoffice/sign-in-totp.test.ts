// Two-step verification: turning TOTP on through the page (the code computed here, RFC 6238), then
// signing in with password + code; a replayed code, a wrong code, five wrong codes, and turning it off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/modules/identity/index.ts';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { webClient, type WebClient } from '../support/web-client.ts';

let t: TestApp;
let secret: string;
const USER = 'khcn.giamdoc';
const SETUP = '/can-bo/tai-khoan/xac-thuc-hai-buoc';
const CODE = '/can-bo/dang-nhap/ma-xac-thuc';

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Password step; returns the client (with its pending or full session) and the redirect. */
async function password(user = USER): Promise<{ c: WebClient; location: string | undefined }> {
  const c = webClient(t);
  await c.get('/can-bo/dang-nhap?next=%2Fcan-bo%3Fhang%3Dapprove');
  const res = await c.post('/can-bo/dang-nhap', { username: user, password: DEMO_PASSWORD, next: '/can-bo?hang=approve' });
  expect(res.status).toBe(303);
  return { c, location: res.location };
}

const nextStep = () => t.clock.advance(30_000);

describe('TOTP second factor', () => {
  it('is turned on from the page after one correct code', async () => {
    const { c, location } = await password();
    expect(location).toBe('/can-bo?hang=approve'); // no second factor yet
    const page = await c.get(SETUP);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<svg role="img" aria-label="Mã QR');
    secret = /<code class="totp-secret">([A-Z2-7 ]+)<\/code>/.exec(page.body)![1]!.replace(/ /g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // The same pending secret on a second visit (the QR code already scanned stays valid).
    expect((await c.get(SETUP)).body).toContain(`<code class="totp-secret">${secret.replace(/(.{4})(?=.)/g, '$1 ')}</code>`);
    const wrong = await c.post(SETUP, { intent: 'enable', code: '000000' === totpCode(secret, t.clock.now()) ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('Mã xác thực không đúng');
    expect((await c.post(SETUP, { intent: 'enable', code: 'abc' })).body).toContain('Nhập đúng 6 chữ số.');
    const forged = await c.post(SETUP, { intent: 'enable', code: totpCode(secret, t.clock.now()), _csrf: 'forged' });
    expect(forged.status).toBe(403);
    const ok = await c.post(SETUP, { intent: 'enable', code: totpCode(secret, t.clock.now()) });
    expect(ok.status).toBe(303);
    expect((await c.get(ok.location!)).body).toContain('Đã bật xác thực hai bước.');
  });

  it('asks for the code after the password; the pending session opens nothing else', async () => {
    nextStep();
    const { c, location } = await password();
    expect(location).toBe(CODE);
    expect((await c.get('/can-bo')).status).toBe(303);
    expect((await c.get(SETUP)).status).toBe(303);
    const form = await c.get(CODE);
    expect(form.body).toContain('autocomplete="one-time-code"');
    const bad = await c.post(CODE, { code: '12345' });
    expect(bad.status).toBe(400);
    const code = totpCode(secret, t.clock.now());
    const done = await c.post(CODE, { code });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/can-bo?hang=approve');
    expect((await c.get('/can-bo')).status).toBe(200);

    // The same code again, in another browser within its 30 seconds: refused.
    const other = await password();
    await other.c.get(CODE);
    const replay = await other.c.post(CODE, { code });
    expect(replay.status).toBe(401);
    expect(replay.body).toContain('Mã xác thực không đúng hoặc đã được dùng');
    // A code from the previous step is older than the one used: refused too. The next one works.
    expect((await other.c.post(CODE, { code: totpCode(secret, new Date(t.clock.now().getTime() - 30_000)) })).status).toBe(401);
    nextStep();
    expect((await other.c.post(CODE, { code: totpCode(secret, t.clock.now()) })).status).toBe(303);
  });

  it('is needed on the API too: no token for the password alone, nor for a spent code', async () => {
    nextStep();
    const login = (body: Record<string, string>) => t.request('POST', '/api/v1/auth/login', { body: { username: USER, password: DEMO_PASSWORD, ...body } });
    const bare = await login({});
    expect(bare.status).toBe(401);
    expect(bare.body.error.code).toBe('auth.totpRequired');
    const code = totpCode(secret, t.clock.now());
    const ok = await login({ totpCode: code });
    expect(ok.status).toBe(200);
    const again = await login({ totpCode: code });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('auth.totpInvalid');
    expect((await login({ totpCode: 'abc' })).status).toBe(400);
  });

  it('ends the pending session after five wrong codes', async () => {
    nextStep();
    const { c } = await password();
    await c.get(CODE);
    const wrong = totpCode(secret, new Date(t.clock.now().getTime() + 5 * 60_000));
    // The spent code replayed over the API in the previous test was the first wrong one: codes are
    // counted per officer, across the API and the web (issue 11), so three more here, then the fifth.
    for (let i = 2; i < 5; i++) expect((await c.post(CODE, { code: wrong })).status).toBe(401);
    const last = await c.post(CODE, { code: wrong });
    // The fifth wrong code locks the officer's second step (counted in the database, issue 11).
    expect(last.status).toBe(423);
    expect(last.body).toContain('Đã nhập sai mã xác thực hai bước quá nhiều lần');
    // Even the right code is no use now: back to the password.
    expect((await c.post(CODE, { code: totpCode(secret, t.clock.now()) })).location).toBe('/can-bo/dang-nhap');
    expect((await c.get(CODE)).location).toBe('/can-bo/dang-nhap');
  });

  it('is turned off with a current code only', async () => {
    t.clock.advance(15 * 60_000 + 30_000); // past the lock the previous test left

    const { c } = await password();
    await c.get(CODE);
    expect((await c.post(CODE, { code: totpCode(secret, t.clock.now()) })).status).toBe(303);
    const page = await c.get(SETUP);
    expect(page.body).toContain('Xác thực hai bước đang bật');
    // The code just used for signing in cannot also turn it off.
    expect((await c.post(SETUP, { intent: 'disable', code: totpCode(secret, t.clock.now()) })).status).toBe(400);
    nextStep();
    const off = await c.post(SETUP, { intent: 'disable', code: totpCode(secret, t.clock.now()) });
    expect(off.status).toBe(303);
    expect((await c.get(off.location!)).body).toContain('Đã tắt xác thực hai bước.');
    expect((await password()).location).toBe('/can-bo?hang=approve');
  });
});
