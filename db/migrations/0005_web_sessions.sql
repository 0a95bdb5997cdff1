-- Browser sessions of the portal and the back office (issue 4 and 5). The cookie holds a random
-- secret; the row is keyed by its SHA-256. Sliding expiry: last_seen_at moves, expires_at is capped.
CREATE TABLE web_sessions (
  id_hash text PRIMARY KEY,
  audience text NOT NULL CHECK (audience IN ('portal', 'backoffice')),
  subject text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  csrf text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX web_sessions_subject_idx ON web_sessions (audience, subject);
--> statement-breakpoint
CREATE INDEX web_sessions_expiry_idx ON web_sessions (expires_at);
