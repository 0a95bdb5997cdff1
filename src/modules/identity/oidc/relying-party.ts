/**
 * The portal as an OpenID Connect relying party (openid-client v6): the
 * authorization code flow with PKCE S256, state and nonce. Discovery of the
 * issuer is lazy and cached; a failed discovery is forgotten so the next
 * sign-in tries again (the provider may just have been down a moment).
 * Plain-http issuers are allowed only outside production (the local simulator).
 */
import * as client from 'openid-client';

export interface RelyingPartySettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  allowInsecureRequests: boolean;
}

export type SignInFailureReason = 'unavailable' | 'provider-error' | 'rejected';

/** Why a sign-in could not complete; `detail` is for the log, never for the page. */
export class SignInFailure extends Error {
  readonly reason: SignInFailureReason;
  readonly detail: string;
  constructor(reason: SignInFailureReason, detail: string) {
    super(`${reason}: ${detail}`);
    this.reason = reason;
    this.detail = detail;
  }
}

export interface StartedSignIn {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

const DISCOVERY_TIMEOUT_S = 5;

export class OidcRelyingParty {
  #configuration: Promise<client.Configuration> | undefined;
  readonly #settings: RelyingPartySettings;

  constructor(settings: RelyingPartySettings) {
    this.#settings = settings;
  }

  async configuration(): Promise<client.Configuration> {
    if (!this.#configuration) {
      const s = this.#settings;
      const pending = client.discovery(new URL(s.issuer), s.clientId, { redirect_uris: [s.redirectUri], response_types: ['code'] }, client.ClientSecretBasic(s.clientSecret), {
        timeout: DISCOVERY_TIMEOUT_S,
        ...(s.allowInsecureRequests ? { execute: [client.allowInsecureRequests] } : {}),
      });
      this.#configuration = pending;
      pending.catch(() => {
        if (this.#configuration === pending) this.#configuration = undefined;
      });
    }
    try {
      return await this.#configuration;
    } catch (e) {
      throw new SignInFailure('unavailable', e instanceof Error ? e.message : String(e));
    }
  }

  async start(): Promise<StartedSignIn> {
    const config = await this.configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.#settings.redirectUri,
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      acr_values: 'vneid-level-2',
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Checks the authorization response, redeems the code and verifies the ID token. */
  async finish(callbackQuery: string, pending: { state: string; nonce: string; codeVerifier: string }): Promise<{ claims: Record<string, unknown>; idToken: string }> {
    const config = await this.configuration();
    const currentUrl = new URL(`${this.#settings.redirectUri}?${callbackQuery}`);
    try {
      const tokens = await client.authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true });
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new SignInFailure('rejected', 'no ID token');
      return { claims: claims as Record<string, unknown>, idToken: tokens.id_token };
    } catch (e) {
      if (e instanceof SignInFailure) throw e;
      if (e instanceof client.AuthorizationResponseError) throw new SignInFailure('provider-error', `${e.error}: ${e.error_description ?? ''}`);
      throw new SignInFailure('rejected', e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    }
  }

  /** Where to send the browser to end the provider's session too, if the provider supports it. */
  async endSessionUrl(idToken: string | undefined, postLogoutRedirectUri: string): Promise<URL | undefined> {
    try {
      const config = await this.configuration();
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, { post_logout_redirect_uri: postLogoutRedirectUri, ...(idToken ? { id_token_hint: idToken } : {}) });
    } catch {
      return undefined;
    }
  }
}
