/**
 * A simulated VNeID: a real OpenID Connect provider on its own HTTP server,
 * used by `npm start` and by the tests (no test calls the internet). It speaks
 * the protocol the portal will meet in production — discovery, authorization
 * code with PKCE S256 (required and verified), client_secret_basic and
 * client_secret_post, signed ID tokens (ES256, key made at start), userinfo,
 * RP-initiated logout — and answers bad requests with OAuth errors, never a
 * crash. Claims: see vneid-claims.ts. Codes are single-use and live 60 s; a
 * replayed code also revokes the access tokens it produced (RFC 6749 §4.1.2).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import { demoVneidAccounts } from './demo-accounts.ts';
import { OAuthError, clientCredentials, readForm, redirect, sendHtml, sendJson, sendOAuthError } from './oauth-http.ts';
import { VNEID_ACR_LEVEL_2, type VneidAccount } from './vneid-claims.ts';
import { chooseAccountPage, errorPage, signedOutPage } from './vneid-pages.ts';

export interface SimulatorClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** Where /end-session may send the browser back; default: the root of each redirect URI's origin. */
  postLogoutRedirectUris?: string[];
  name?: string;
}

export interface VneidSimulatorOptions {
  port: number;
  host?: string;
  clients: SimulatorClient[];
  /** Default: the demo accounts. */
  accounts?: readonly VneidAccount[];
  /** Also accept `http://127.0.0.1:<any port>/dang-nhap/callback` (tests serve apps on random ports). */
  allowLoopbackRedirects?: boolean;
  clock?: { now(): Date };
  /** Deliberate misbehaviour, for tests proving the relying party refuses it. */
  faults?: { idTokenIssuer?: string; idTokenNonce?: string; idTokenAudience?: string };
}

export interface VneidSimulator {
  issuer: string;
  close(): Promise<void>;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string | undefined;
  account: VneidAccount;
  authTime: number;
  expiresAt: number;
  used: boolean;
  accessTokens: string[];
}

const CODE_TTL_MS = 60_000;
const TOKEN_TTL_S = 600;
const LOOPBACK_CALLBACK = /^http:\/\/127\.0\.0\.1:\d{1,5}\/dang-nhap\/callback$/;
const LOOPBACK_ROOT = /^http:\/\/127\.0\.0\.1:\d{1,5}\/$/;
const AUTHORIZE_PARAMS = ['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method'] as const;

const random = (): string => randomBytes(32).toString('base64url');
const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');
function sameSecret(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

export async function startVneidSimulator(options: VneidSimulatorOptions): Promise<VneidSimulator> {
  const clock = options.clock ?? { now: () => new Date() };
  const host = options.host ?? '127.0.0.1';
  const accounts = new Map((options.accounts ?? demoVneidAccounts).map((a) => [a.personal_id, a]));
  const clients = new Map(options.clients.map((c) => [c.clientId, c]));
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = random().slice(0, 16);
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  const codes = new Map<string, IssuedCode>();
  const accessTokens = new Map<string, { account: VneidAccount; expiresAt: number }>();
  let issuer = '';

  const redirectAllowed = (client: SimulatorClient, uri: string) => client.redirectUris.includes(uri) || (options.allowLoopbackRedirects === true && LOOPBACK_CALLBACK.test(uri));
  const logoutAllowed = (client: SimulatorClient, uri: string) =>
    (client.postLogoutRedirectUris ?? client.redirectUris.map((r) => `${new URL(r).origin}/`)).includes(uri) || (options.allowLoopbackRedirects === true && LOOPBACK_ROOT.test(uri));

  /** Validates an authorization request; errors that cannot go back to the client become a page. */
  function authorizeRequest(params: URLSearchParams): { client: SimulatorClient; fields: Record<string, string> } | { page: string } | { back: URL } {
    const client = clients.get(params.get('client_id') ?? '');
    if (!client) return { page: 'Ứng dụng yêu cầu đăng nhập chưa được đăng ký (client_id không hợp lệ).' };
    const redirectUri = params.get('redirect_uri') ?? '';
    if (!redirectAllowed(client, redirectUri)) return { page: 'Địa chỉ chuyển hướng (redirect_uri) chưa được đăng ký cho ứng dụng này.' };
    const fields: Record<string, string> = {};
    for (const name of AUTHORIZE_PARAMS) {
      const value = params.get(name);
      if (value !== null && value.length <= 512) fields[name] = value;
    }
    const fail = (error: string, description: string) => {
      const back = new URL(redirectUri);
      back.searchParams.set('error', error);
      back.searchParams.set('error_description', description);
      if (fields.state !== undefined) back.searchParams.set('state', fields.state);
      back.searchParams.set('iss', issuer);
      return { back };
    };
    if (fields.response_type !== 'code') return fail('unsupported_response_type', 'only response_type=code is supported');
    if (!(fields.scope ?? '').split(' ').includes('openid')) return fail('invalid_scope', 'scope must include openid');
    if (fields.code_challenge_method !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(fields.code_challenge ?? '')) return fail('invalid_request', 'PKCE with code_challenge_method=S256 is required');
    return { client, fields };
  }

  async function authorize(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const params = req.method === 'POST' ? await readForm(req) : url.searchParams;
    const checked = authorizeRequest(params);
    if ('page' in checked) return sendHtml(res, 400, errorPage(checked.page));
    if ('back' in checked) return redirect(res, checked.back.toString());
    const { client, fields } = checked;
    if (req.method === 'GET') return sendHtml(res, 200, chooseAccountPage(client.name ?? client.clientId, fields, [...accounts.values()]));
    const back = new URL(fields.redirect_uri!);
    if (fields.state !== undefined) back.searchParams.set('state', fields.state);
    back.searchParams.set('iss', issuer);
    const account = accounts.get(params.get('account') ?? '');
    if (params.get('cancel') !== null || !account) {
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('error_description', 'the person cancelled the sign-in');
      return redirect(res, back.toString());
    }
    const code = random();
    const now = clock.now().getTime();
    codes.set(code, { clientId: client.clientId, redirectUri: fields.redirect_uri!, challenge: fields.code_challenge!, nonce: fields.nonce, account, authTime: Math.floor(now / 1000), expiresAt: now + CODE_TTL_MS, used: false, accessTokens: [] });
    back.searchParams.set('code', code);
    return redirect(res, back.toString());
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await readForm(req);
    const { clientId, clientSecret } = clientCredentials(req, form);
    const client = clients.get(clientId);
    if (!client || !sameSecret(client.clientSecret, clientSecret)) throw new OAuthError('invalid_client', 'unknown client or wrong secret', 401);
    if (form.get('grant_type') !== 'authorization_code') throw new OAuthError('unsupported_grant_type', 'only authorization_code is supported');
    const code = form.get('code') ?? '';
    const issued = codes.get(code);
    if (!issued || issued.clientId !== clientId) throw new OAuthError('invalid_grant', 'unknown authorization code');
    if (issued.used) {
      // A replay means the code leaked: whatever it produced is withdrawn too.
      for (const t of issued.accessTokens) accessTokens.delete(t);
      throw new OAuthError('invalid_grant', 'authorization code already used');
    }
    issued.used = true;
    const now = clock.now().getTime();
    if (issued.expiresAt <= now) throw new OAuthError('invalid_grant', 'authorization code expired');
    if (form.get('redirect_uri') !== issued.redirectUri) throw new OAuthError('invalid_grant', 'redirect_uri does not match the authorization request');
    const verifier = form.get('code_verifier') ?? '';
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) throw new OAuthError('invalid_request', 'code_verifier is required (PKCE)');
    if (s256(verifier) !== issued.challenge) throw new OAuthError('invalid_grant', 'PKCE verification failed');
    const accessToken = random();
    accessTokens.set(accessToken, { account: issued.account, expiresAt: now + TOKEN_TTL_S * 1000 });
    issued.accessTokens.push(accessToken);
    const iat = Math.floor(now / 1000);
    const faults = options.faults ?? {};
    const nonce = faults.idTokenNonce ?? issued.nonce;
    const idToken = await new SignJWT({ ...claimsOf(issued.account), ...(nonce !== undefined ? { nonce } : {}), auth_time: issued.authTime, acr: VNEID_ACR_LEVEL_2 })
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
      .setIssuer(faults.idTokenIssuer ?? issuer)
      .setAudience(faults.idTokenAudience ?? clientId)
      .setSubject(subjectOf(issued.account))
      .setIssuedAt(iat)
      .setExpirationTime(iat + TOKEN_TTL_S)
      .sign(privateKey);
    sendJson(res, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_TTL_S, id_token: idToken, scope: 'openid profile' });
  }

  function userinfo(req: IncomingMessage, res: ServerResponse): void {
    const header = req.headers.authorization ?? '';
    const grant = header.startsWith('Bearer ') ? accessTokens.get(header.slice(7).trim()) : undefined;
    if (!grant || grant.expiresAt <= clock.now().getTime()) throw new OAuthError('invalid_token', 'missing, unknown or expired access token', 401);
    sendJson(res, 200, { sub: subjectOf(grant.account), ...claimsOf(grant.account) });
  }

  function endSession(res: ServerResponse, url: URL): void {
    const target = url.searchParams.get('post_logout_redirect_uri');
    const client = clients.get(url.searchParams.get('client_id') ?? '');
    if (target && client && logoutAllowed(client, target)) {
      const back = new URL(target);
      const state = url.searchParams.get('state');
      if (state) back.searchParams.set('state', state);
      return redirect(res, back.toString());
    }
    sendHtml(res, 200, signedOutPage());
  }

  function discovery(res: ServerResponse): void {
    sendJson(res, 200, {
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      end_session_endpoint: `${issuer}/end-session`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['ES256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: ['openid', 'profile'],
      acr_values_supported: [VNEID_ACR_LEVEL_2],
      authorization_response_iss_parameter_supported: true,
      claims_supported: ['sub', 'personal_id', 'name', 'birthdate', 'gender', 'phone_number', 'email', 'address', 'organisations', 'acr', 'auth_time'],
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', issuer);
    const route = `${req.method} ${url.pathname}`;
    try {
      if (route === 'GET /.well-known/openid-configuration') return discovery(res);
      if (route === 'GET /jwks') return sendJson(res, 200, { keys: [jwk] });
      if (route === 'GET /authorize' || route === 'POST /authorize') return await authorize(req, res, url);
      if (route === 'POST /token') return await token(req, res);
      if (route === 'GET /userinfo' || route === 'POST /userinfo') return userinfo(req, res);
      if (route === 'GET /end-session') return endSession(res, url);
      sendJson(res, 404, { error: 'not_found' });
    } catch (e) {
      if (e instanceof OAuthError) return sendOAuthError(res, e);
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  issuer = `http://${host}:${port}`;
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The subject is the personal id: stable for a person, and what the portal keys sessions by. */
const subjectOf = (a: VneidAccount): string => a.personal_id;

function claimsOf(a: VneidAccount): Record<string, unknown> {
  return {
    personal_id: a.personal_id,
    name: a.name,
    birthdate: a.birthdate,
    gender: a.gender,
    phone_number: a.phone_number,
    ...(a.email ? { email: a.email } : {}),
    address: a.address,
    organisations: a.organisations,
  };
}
