-- Issue 11, items 2 and 15. Wrong TOTP codes are counted per officer in the database, not in a
-- browser session: a fresh session, the API and another process all see the same count, and a
-- correct password never resets it. After MOTCUA_LOGIN_MAX_FAILURES wrong codes the second step is
-- closed until codes_locked_until (the count then starts again from zero, like the password's).
ALTER TABLE officer_totp
  ADD COLUMN failed_codes integer NOT NULL DEFAULT 0 CHECK (failed_codes >= 0),
  ADD COLUMN codes_locked_until timestamptz;
--> statement-breakpoint
-- Request counters of the rate limits that must hold across processes (sign-in, one-time codes;
-- ADR 0019). One row per (limit, caller) key — the key is a SHA-256, so no address or username is
-- kept in clear — counting hits in a fixed window that ends at window_ends_at. Rows whose window
-- has ended are reused by the next hit and swept now and then by the application.
CREATE TABLE rate_limit_hits (
  bucket_key text PRIMARY KEY,
  hits integer NOT NULL CHECK (hits >= 0),
  window_ends_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX rate_limit_hits_window_idx ON rate_limit_hits (window_ends_at);
