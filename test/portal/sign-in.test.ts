// The portal's sign-in over real HTTP: motcua (in-process) as the relying party, the simulated VNeID on
// a loopback port as the provider, the browser's redirects followed by hand. Covers the happy paths and
// what must be refused: a wrong or replayed state, a provider error, a wrong client secret, an ID token
// with a wrong nonce or another issuer, unacceptable claims, a forged next=, posts without CSRF.
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startVneidSimulator, type VneidAccount } from '../../src/modules/integrations/vneid/index.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { webClient, type WebClient } from '../support/web-client.ts';
import { demoVneidAccounts, DEMO_CITIZEN_ID, DEMO_COMPANY_TAX_CODE, DEMO_COOPERATIVE_TAX_CODE, DEMO_REPRESENTATIVE_ID, startVneid, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type StartVneidOptions, type TestVneid } from '../support/vneid.ts';

interface Rig {
  t: TestApp;
  vneid: TestVneid;
  close(): Promise<void>;
}

async function rig(options: StartVneidOptions = {}): Promise<Rig> {
  const vneid = await startVneid(options);
  const t = await startTestApp(undefined, vneid.env);
  return { t, vneid, close: async () => (await t.close(), await vneid.close()) };
}

/** The browser's trip to the provider and back: returns the callback path the provider redirected to. */
async function atProvider(client: WebClient, start: string, choose: { account?: string; cancel?: boolean } = {}): Promise<string> {
  const res = await client.get(start);
  expect(res.status).toBe(303);
  const authorize = new URL(res.location!);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  const page = await fetch(authorize);
  expect(page.status).toBe(200);
  const form = new URLSearchParams(authorize.searchParams);
  if (choose.cancel) form.set('cancel', '1');
  else form.set('account', choose.account ?? DEMO_CITIZEN_ID);
  const back = await fetch(new URL('/authorize', authorize), { method: 'POST', body: form, redirect: 'manual' });
  expect(back.status).toBe(303);
  const callback = new URL(back.headers.get('location')!);
  expect(callback.pathname).toBe('/dang-nhap/callback');
  return callback.pathname + callback.search;
}

async function signIn(client: WebClient, account: string, next?: string) {
  return client.get(await atProvider(client, `/dang-nhap/vneid${next !== undefined ? `?next=${encodeURIComponent(next)}` : ''}`, { account }));
}

describe('portal sign-in through OpenID Connect', () => {
  let r: Rig;
  beforeAll(async () => {
    r = await rig();
  });
  afterAll(() => r?.close());

  it('explains VNeID and offers the sign-in link carrying a safe next', async () => {
    const page = await webClient(r.t).get('/dang-nhap?next=%2Fthu-tuc');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Đăng nhập bằng tài khoản định danh điện tử VNeID');
    expect(page.body).toContain('href="/dang-nhap/vneid?next=%2Fthu-tuc"');
    const forged = await webClient(r.t).get('/dang-nhap?next=%2F%2Fevil.example');
    expect(forged.body).toContain('href="/dang-nhap/vneid?next=%2Fho-so-cua-toi"');
    expect(forged.body).not.toMatch(/href="\/\/evil/);
  });

  it('signs a citizen in with a new session and goes to next', async () => {
    const client = webClient(r.t);
    client.cookies.set('mc_portal', 'a-fixated-session-id-the-attacker-chose');
    const done = await signIn(client, DEMO_CITIZEN_ID, '/thu-tuc');
    expect(done.status).toBe(303);
    expect(done.location).toBe('/thu-tuc');
    expect(client.cookies.get('mc_portal')).not.toBe('a-fixated-session-id-the-attacker-chose');
    const page = await client.get('/dang-nhap');
    expect(page.body).toContain('Bạn đang đăng nhập với tên Ksor Y Thuận');
    // Signing in again gives another session id.
    const before = client.cookies.get('mc_portal');
    await signIn(client, DEMO_CITIZEN_ID);
    expect(client.cookies.get('mc_portal')).not.toBe(before);
  });

  it('ignores a forged next=//evil.example', async () => {
    const done = await signIn(webClient(r.t), DEMO_CITIZEN_ID, '//evil.example');
    expect(done.location).toBe('/ho-so-cua-toi');
  });

  it('lets a representative choose to act for the company, only among their own organisations', async () => {
    const client = webClient(r.t);
    const done = await signIn(client, DEMO_REPRESENTATIVE_ID, '/thu-tuc');
    expect(done.location).toBe('/tai-khoan/dai-dien?next=%2Fthu-tuc');
    const choice = await client.get(done.location!);
    expect(choice.body).toContain('Công ty TNHH Ánh Dương');
    expect(choice.body).toContain(`value="${DEMO_COMPANY_TAX_CODE}"`);
    const notHis = await client.post(done.location!, { actingFor: DEMO_COOPERATIVE_TAX_CODE });
    expect(notHis.status).toBe(400);
    expect(notHis.body).toContain('error-summary');
    const noCsrf = await client.post(done.location!, { actingFor: DEMO_COMPANY_TAX_CODE, _csrf: 'forged' });
    expect(noCsrf.status).toBe(403);
    expect((await client.get('/dang-nhap')).body).not.toContain('đại diện cho Công ty');
    const chosen = await client.post(done.location!, { actingFor: DEMO_COMPANY_TAX_CODE });
    expect(chosen.status).toBe(303);
    expect(chosen.location).toBe('/thu-tuc');
    expect((await client.get('/dang-nhap')).body).toContain('đại diện cho Công ty TNHH Ánh Dương');
    const back = await client.post('/tai-khoan/dai-dien', { actingFor: 'self' });
    expect(back.location).toBe('/ho-so-cua-toi');
    expect((await client.get('/dang-nhap')).body).not.toContain('đại diện cho Công ty');
  });

  it('refuses a callback with a wrong state, and a replayed callback', async () => {
    const client = webClient(r.t);
    const callback = await atProvider(client, '/dang-nhap/vneid');
    const tampered = await client.get(callback.replace(/state=[^&]+/, 'state=forged'));
    expect(tampered.status).toBe(400);
    expect(tampered.body).toContain('Đăng nhập lại');
    expect(client.cookies.has('mc_portal')).toBe(false);
    const ok = await client.get(callback);
    expect(ok.status).toBe(303);
    const replay = await webClient(r.t).get(callback);
    expect(replay.status).toBe(400);
    const replaySameBrowser = await client.get(callback);
    expect(replaySameBrowser.status).toBe(400);
    expect((await client.get('/dang-nhap/callback')).status).toBe(400);
  });

  it('shows a clear page when the person cancels at the provider', async () => {
    const client = webClient(r.t);
    const page = await client.get(await atProvider(client, '/dang-nhap/vneid', { cancel: true }));
    expect(page.status).toBe(400);
    expect(page.body).toContain('VNeID không xác nhận việc đăng nhập');
  });

  it('signs out only with the CSRF token, then ends the provider session too', async () => {
    const client = webClient(r.t);
    await signIn(client, DEMO_CITIZEN_ID);
    await client.get('/dang-nhap');
    const forged = await client.post('/dang-xuat', { _csrf: 'forged' });
    expect(forged.status).toBe(403);
    expect((await client.get('/dang-nhap')).body).toContain('Ksor Y Thuận');
    const out = await client.post('/dang-xuat', {});
    expect(out.status).toBe(303);
    const logout = new URL(out.location!);
    expect(logout.origin + logout.pathname).toBe(`${r.vneid.issuer}/end-session`);
    expect(logout.searchParams.get('id_token_hint')).toBeTruthy();
    const home = await fetch(logout, { redirect: 'manual' });
    expect(home.headers.get('location')).toBe(`${r.t.app.config.publicUrl}/`);
    expect((await client.get('/dang-nhap')).body).not.toContain('Ksor Y Thuận');
  });
});

describe('what the relying party refuses', () => {
  const odd: VneidAccount = { personal_id: '064090009999', name: 'Sai Năm Sinh', birthdate: '1991-01-01', gender: 'male', phone_number: '0900000000', address: 'Gia Lai', organisations: [] };
  const withBadOrg: VneidAccount = { ...odd, personal_id: '064090008888', birthdate: '1990-01-01', organisations: [{ tax_code: '0100109107', name: 'Sai MST', role: 'AUTHORISED' }] };
  let r: Rig;
  beforeAll(async () => {
    r = await rig({ accounts: [...demoVneidAccounts, odd, withBadOrg] });
  });
  afterAll(() => r?.close());
  afterEach(() => {
    for (const k of Object.keys(r.vneid.faults)) delete r.vneid.faults[k as keyof typeof r.vneid.faults];
    r.vneid.client.clientSecret = TEST_CLIENT_SECRET;
  });

  const attempt = async (account = DEMO_CITIZEN_ID) => {
    const client = webClient(r.t);
    const page = await client.get(await atProvider(client, '/dang-nhap/vneid', { account }));
    return { status: page.status, body: page.body, location: page.location, signedIn: client.cookies.has('mc_portal') };
  };

  it('an ID token with a wrong nonce', async () => {
    r.vneid.faults.idTokenNonce = 'someone-elses-nonce';
    const res = await attempt();
    expect(res).toMatchObject({ status: 400, signedIn: false });
    expect(res.body).toContain('Không xác minh được kết quả đăng nhập');
  });

  it('an ID token from another issuer, or for another client', async () => {
    r.vneid.faults.idTokenIssuer = 'https://vneid.example';
    expect(await attempt()).toMatchObject({ status: 400, signedIn: false });
    delete r.vneid.faults.idTokenIssuer;
    r.vneid.faults.idTokenAudience = 'another-portal';
    expect(await attempt()).toMatchObject({ status: 400, signedIn: false });
  });

  it('a provider that does not know our client secret', async () => {
    r.vneid.client.clientSecret = 'not-what-motcua-has';
    expect(await attempt()).toMatchObject({ status: 400, signedIn: false });
  });

  it('claims with an inconsistent personal id; organisations with invalid tax codes are dropped', async () => {
    const res = await attempt(odd.personal_id);
    expect(res).toMatchObject({ status: 400, signedIn: false });
    expect(res.body).toContain('Số định danh cá nhân nhận từ VNeID không hợp lệ');
    // No valid organisation is left, so there is no choice page.
    expect(await attempt(withBadOrg.personal_id)).toMatchObject({ status: 303, location: '/ho-so-cua-toi', signedIn: true });
  });

  it('an unreachable provider gets a Vietnamese page, and discovery is retried once it is back', async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const t = await startTestApp(undefined, { MOTCUA_OIDC_ISSUER: `http://127.0.0.1:${port}`, MOTCUA_OIDC_CLIENT_ID: TEST_CLIENT_ID, MOTCUA_OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET });
    try {
      const client = webClient(t);
      const down = await client.get('/dang-nhap/vneid');
      expect(down.status).toBe(503);
      expect(down.body).toContain('tạm thời không kết nối được');
      const sim = await startVneidSimulator({ port, clients: [{ clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, redirectUris: [] }], allowLoopbackRedirects: true });
      try {
        expect((await client.get('/dang-nhap/vneid')).status).toBe(303);
      } finally {
        await sim.close();
      }
    } finally {
      await t.close();
    }
  });
});
