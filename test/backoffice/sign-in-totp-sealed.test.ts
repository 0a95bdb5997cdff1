// TOTP secrets sealed at rest (migration 0012, ADR 0015): the row holds 'v1.…', never the base32 seed; codes still
// work; a legacy plaintext row still works and is sealed the first time one of its codes is accepted; a sealed
// value copied from another officer's row verifies nothing; the database refuses any other form.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOfficerByUsername, totpCode } from '../../src/modules/identity/index.ts';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { officerTotp } from '../../src/modules/identity/totp/totp.tables.ts';
import { newTotpSecret } from '../../src/modules/identity/totp/totp.ts';
import { open } from '../../src/platform/crypto/sealed-secret.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { webClient } from '../support/web-client.ts';

const KEY = randomBytes(32);
const SETUP = '/can-bo/tai-khoan/xac-thuc-hai-buoc';
const CODE = '/can-bo/dang-nhap/ma-xac-thuc';
let t: TestApp;

beforeAll(async () => {
  // The key through the configuration, as production gives it: the test can open what the app sealed.
  t = await startTestApp(undefined, { MOTCUA_SECRET_KEY: KEY.toString('hex') });
});
afterAll(async () => {
  await t?.close();
});

const nextStep = () => t.clock.advance(30_000);
const db = () => t.app.database.db;
const officerId = async (username: string) => (await findOfficerByUsername(db(), username))!.id;
const storedSecret = async (id: string) => (await db().select().from(officerTotp).where(eq(officerTotp.officerId, id)))[0]?.secret;
const apiLogin = (username: string, totp: string) => t.request('POST', '/api/v1/auth/login', { body: { username, password: DEMO_PASSWORD, totpCode: totp } });

async function enabledRow(id: string, secret: string): Promise<void> {
  await db().insert(officerTotp).values({ officerId: id, secret, enabledAt: t.clock.now(), lastStep: null, updatedAt: t.clock.now() });
}

describe('TOTP secrets at rest', () => {
  let giamdocSealed: string;
  let giamdocSecret: string;

  it('are stored sealed when an officer turns TOTP on, and codes still sign in', async () => {
    const c = webClient(t);
    await c.get('/can-bo/dang-nhap');
    expect((await c.post('/can-bo/dang-nhap', { username: 'khcn.giamdoc', password: DEMO_PASSWORD })).status).toBe(303);
    const page = await c.get(SETUP);
    giamdocSecret = /<code class="totp-secret">([A-Z2-7 ]+)<\/code>/.exec(page.body)![1]!.replace(/ /g, '');
    const id = await officerId('khcn.giamdoc');
    const pending = (await storedSecret(id))!;
    expect(pending.startsWith('v1.')).toBe(true);
    expect(pending).not.toContain(giamdocSecret);
    // The same pending secret on a second visit, read back from its sealed form.
    expect((await c.get(SETUP)).body).toContain(giamdocSecret.replace(/(.{4})(?=.)/g, '$1 '));
    expect((await c.post(SETUP, { intent: 'enable', code: totpCode(giamdocSecret, t.clock.now()) })).status).toBe(303);

    giamdocSealed = (await storedSecret(id))!;
    expect(giamdocSealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(giamdocSealed).not.toBe(giamdocSecret);
    expect(open(giamdocSealed, KEY, `totp:${id}`)).toBe(giamdocSecret);

    nextStep();
    const signIn = webClient(t);
    await signIn.get('/can-bo/dang-nhap');
    expect((await signIn.post('/can-bo/dang-nhap', { username: 'khcn.giamdoc', password: DEMO_PASSWORD })).location).toBe(CODE);
    await signIn.get(CODE);
    expect((await signIn.post(CODE, { code: totpCode(giamdocSecret, t.clock.now()) })).status).toBe(303);
    nextStep();
    expect((await apiLogin('khcn.giamdoc', totpCode(giamdocSecret, t.clock.now()))).status).toBe(200);
    expect(await storedSecret(id)).toBe(giamdocSealed);
  });

  it('still accept a legacy plaintext row, and seal it the first time one of its codes is accepted', async () => {
    const id = await officerId('khcn.chuyenvien');
    const secret = newTotpSecret();
    await enabledRow(id, secret);
    nextStep();
    // A wrong code leaves the row as it was: only a proven secret is re-written.
    const wrong = totpCode(secret, new Date(t.clock.now().getTime() + 10 * 60_000));
    expect((await apiLogin('khcn.chuyenvien', wrong)).status).toBe(401);
    expect(await storedSecret(id)).toBe(secret);

    expect((await apiLogin('khcn.chuyenvien', totpCode(secret, t.clock.now()))).status).toBe(200);
    const sealed = (await storedSecret(id))!;
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(open(sealed, KEY, `totp:${id}`)).toBe(secret);
    nextStep();
    expect((await apiLogin('khcn.chuyenvien', totpCode(secret, t.clock.now()))).status).toBe(200);
  });

  it('does not verify a sealed secret copied from another officer’s row', async () => {
    const id = await officerId('khcn.vanthu');
    await enabledRow(id, giamdocSealed);
    nextStep();
    const res = await apiLogin('khcn.vanthu', totpCode(giamdocSecret, t.clock.now()));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('auth.totpInvalid');
    expect(await storedSecret(id)).toBe(giamdocSealed);
    // The owner's own sign-in with the very same value still works.
    expect((await apiLogin('khcn.giamdoc', totpCode(giamdocSecret, t.clock.now()))).status).toBe(200);
  });

  it('replace a pending secret that does not open with a fresh one on the set-up page', async () => {
    const id = await officerId('khcn.chuyenvien2');
    await db().insert(officerTotp).values({ officerId: id, secret: giamdocSealed, enabledAt: null, lastStep: null, updatedAt: t.clock.now() });
    const c = webClient(t);
    await c.get('/can-bo/dang-nhap');
    expect((await c.post('/can-bo/dang-nhap', { username: 'khcn.chuyenvien2', password: DEMO_PASSWORD })).status).toBe(303);
    const shown = /<code class="totp-secret">([A-Z2-7 ]+)<\/code>/.exec((await c.get(SETUP)).body)![1]!.replace(/ /g, '');
    expect(shown).not.toBe(giamdocSecret);
    const stored = (await storedSecret(id))!;
    expect(stored).not.toBe(giamdocSealed);
    expect(open(stored, KEY, `totp:${id}`)).toBe(shown);
  });

  it('are refused by the database in any form other than base32 or v1 sealed', async () => {
    const id = await officerId('gddt.chuyenvien');
    for (const bad of ['v2.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA', 'v1.short.AAAAAAAAAAAAAAAAAAAAAAAA', 'jbswy3dpehpk3pxp', 'v1.AAAAAAAAAAAAAAAA.AAAA+AAAAAAAAAAAAAAAAAAA']) {
      await expect(enabledRow(id, bad), bad).rejects.toThrow();
    }
    await enabledRow(id, 'v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA');
  });
});
