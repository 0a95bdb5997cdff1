// The simulated VNeID speaks real OpenID Connect: discovery, the code flow with PKCE S256 required
// and verified, both client authentication methods, single-use 60-second codes, signed ID tokens,
// userinfo, logout — and OAuth errors (never a crash) for bad requests.
import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVneidSimulator, type VneidSimulator } from '../../src/modules/integrations/vneid/index.ts';
import { checkPersonalId, checkTaxCode } from '../../src/modules/identity/index.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { demoVneidAccounts, DEMO_COMPANY_TAX_CODE, DEMO_REPRESENTATIVE_ID } from '../support/vneid.ts';

const CLIENT = { clientId: 'portal', clientSecret: 's3cret:with/odd chars', redirectUris: ['https://portal.example/dang-nhap/callback'] };
const REDIRECT = CLIENT.redirectUris[0]!;
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

let sim: VneidSimulator;
const clock = new ManualClock('2026-03-02T09:00:00+07:00');
beforeAll(async () => {
  sim = await startVneidSimulator({ port: 0, clients: [CLIENT], clock });
});
afterAll(() => sim?.close());

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeParams(challenge: string, extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({ client_id: CLIENT.clientId, redirect_uri: REDIRECT, response_type: 'code', scope: 'openid profile', state: 'st-1', nonce: 'n-1', code_challenge: challenge, code_challenge_method: 'S256', ...extra });
}

async function codeFor(challenge: string, account = DEMO_REPRESENTATIVE_ID): Promise<string> {
  const form = authorizeParams(challenge);
  form.set('account', account);
  const res = await fetch(`${sim.issuer}/authorize`, { method: 'POST', body: form, redirect: 'manual' });
  expect(res.status).toBe(303);
  const back = new URL(res.headers.get('location')!);
  expect(back.origin + back.pathname).toBe(REDIRECT);
  expect(back.searchParams.get('state')).toBe('st-1');
  expect(back.searchParams.get('iss')).toBe(sim.issuer);
  return back.searchParams.get('code')!;
}

function tokenRequest(body: Record<string, string>, auth: string | null = basic(CLIENT.clientId, CLIENT.clientSecret)) {
  return fetch(`${sim.issuer}/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...(auth ? { authorization: auth } : {}) }, body: new URLSearchParams(body) });
}

describe('simulated VNeID provider', () => {
  it('has valid demo identities: Gia Lai personal ids, valid tax codes, a representative and an authorised person', () => {
    expect(demoVneidAccounts.length).toBeGreaterThanOrEqual(3);
    for (const a of demoVneidAccounts) {
      expect(checkPersonalId(a.personal_id, { birthDate: a.birthdate, sex: a.gender }).valid).toBe(true);
      expect(a.personal_id.startsWith('064')).toBe(true);
      for (const o of a.organisations) expect(checkTaxCode(o.tax_code).valid).toBe(true);
    }
    const roles = demoVneidAccounts.flatMap((a) => a.organisations.map((o) => o.role));
    expect(roles).toEqual(expect.arrayContaining(['LEGAL_REPRESENTATIVE', 'AUTHORISED']));
  });

  it('publishes its configuration and keys', async () => {
    const meta = (await (await fetch(`${sim.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(meta.issuer).toBe(sim.issuer);
    expect(meta.code_challenge_methods_supported).toEqual(['S256']);
    expect(meta.token_endpoint_auth_methods_supported).toEqual(['client_secret_basic', 'client_secret_post']);
    const jwks = (await (await fetch(`${sim.issuer}/jwks`)).json()) as { keys: { kty: string; d?: string }[] };
    expect(jwks.keys[0]!.kty).toBe('EC');
    expect(jwks.keys[0]!.d).toBeUndefined();
  });

  it('shows an accessible-looking Vietnamese account choice that carries the request', async () => {
    const res = await fetch(`${sim.issuer}/authorize?${authorizeParams(pkce().challenge)}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('VNeID – môi trường mô phỏng');
    expect(page).toContain(`value="${DEMO_REPRESENTATIVE_ID}"`);
    expect(page).toContain('name="code_challenge"');
  });

  it('issues a signed ID token with the documented claims for a PKCE-verified code (client_secret_basic)', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(challenge);
    const res = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id_token: string; access_token: string; token_type: string };
    expect(body.token_type).toBe('Bearer');
    const { payload } = await jwtVerify(body.id_token, createRemoteJWKSet(new URL(`${sim.issuer}/jwks`)), { issuer: sim.issuer, audience: CLIENT.clientId, currentDate: clock.now() });
    expect(payload).toMatchObject({ sub: DEMO_REPRESENTATIVE_ID, nonce: 'n-1', acr: 'vneid-level-2', personal_id: DEMO_REPRESENTATIVE_ID, name: 'Nguyễn Văn An', gender: 'male', birthdate: '1990-05-12' });
    expect(payload.organisations).toEqual([expect.objectContaining({ tax_code: DEMO_COMPANY_TAX_CODE, role: 'LEGAL_REPRESENTATIVE' })]);
    expect(typeof payload.auth_time).toBe('number');
    const info = await fetch(`${sim.issuer}/userinfo`, { headers: { authorization: `Bearer ${body.access_token}` } });
    expect(((await info.json()) as { personal_id: string }).personal_id).toBe(DEMO_REPRESENTATIVE_ID);
  });

  it('accepts client_secret_post too', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(challenge);
    const res = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier, client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret }, null);
    expect(res.status).toBe(200);
  });

  it('refuses a PKCE verifier that does not match, and a missing one', async () => {
    const { challenge } = pkce();
    const code = await codeFor(challenge);
    const wrong = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: pkce().verifier });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
    const code2 = await codeFor(challenge);
    const missing = await tokenRequest({ grant_type: 'authorization_code', code: code2, redirect_uri: REDIRECT });
    expect(await missing.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses a wrong client secret and a missing client authentication', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(challenge);
    const wrong = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier }, basic(CLIENT.clientId, 'guess'));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });
    const none = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier }, null);
    expect(none.status).toBe(401);
  });

  it('uses a code once: a replay fails and withdraws the access token it produced', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(challenge);
    const first = (await (await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier })).json()) as { access_token: string };
    const replay = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier });
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });
    const info = await fetch(`${sim.issuer}/userinfo`, { headers: { authorization: `Bearer ${first.access_token}` } });
    expect(info.status).toBe(401);
    expect(info.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('lets a code lapse after 60 seconds', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(challenge);
    clock.advance(61_000);
    const late = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier });
    expect(await late.json()).toMatchObject({ error: 'invalid_grant', error_description: 'authorization code expired' });
  });

  it('answers bad requests with OAuth errors, never a crash', async () => {
    const noPkce = await fetch(`${sim.issuer}/authorize?${authorizeParams('', { code_challenge_method: 'plain' })}`, { redirect: 'manual' });
    expect(noPkce.status).toBe(303);
    expect(new URL(noPkce.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
    const unknownClient = await fetch(`${sim.issuer}/authorize?${authorizeParams(pkce().challenge, { client_id: 'nobody' })}`, { redirect: 'manual' });
    expect(unknownClient.status).toBe(400);
    const foreignRedirect = await fetch(`${sim.issuer}/authorize?${authorizeParams(pkce().challenge, { redirect_uri: 'https://evil.example/cb' })}`, { redirect: 'manual' });
    expect(foreignRedirect.status).toBe(400);
    const json = await fetch(`${sim.issuer}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
    const grant = await tokenRequest({ grant_type: 'password', username: 'x' });
    expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const garbage = await fetch(`${sim.issuer}/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Basic %%%' }, body: 'a=%ZZ' });
    expect(garbage.status).toBeLessThan(500);
  });

  it('cancelling at the provider sends access_denied back with the state', async () => {
    const form = authorizeParams(pkce().challenge);
    form.set('cancel', '1');
    const res = await fetch(`${sim.issuer}/authorize`, { method: 'POST', body: form, redirect: 'manual' });
    const back = new URL(res.headers.get('location')!);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st-1');
  });

  it('ends the session and returns only to a registered address', async () => {
    const ok = await fetch(`${sim.issuer}/end-session?client_id=portal&post_logout_redirect_uri=${encodeURIComponent('https://portal.example/')}`, { redirect: 'manual' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('https://portal.example/');
    const foreign = await fetch(`${sim.issuer}/end-session?client_id=portal&post_logout_redirect_uri=${encodeURIComponent('https://evil.example/')}`, { redirect: 'manual' });
    expect(foreign.status).toBe(200);
  });
});
