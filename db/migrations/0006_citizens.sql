-- Portal sign-in through OpenID Connect (issue 4): the login a browser has started at the identity
-- provider and not finished yet. Kept server-side so the state, nonce and PKCE verifier cannot be
-- forged or read from the browser; a row is bound to the browser by the SHA-256 of a random cookie
-- and taken (deleted) by the callback, so each attempt completes at most once.
CREATE TABLE oidc_login_attempts (
  state_hash text PRIMARY KEY,
  browser_hash text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  next_url text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX oidc_login_attempts_expiry_idx ON oidc_login_attempts (expires_at);
