-- The development PKI moves from <data>/pki into the database (issue 11, item 9; ADR 0022).
-- Processes of one installation share only the database: three of them starting together on an
-- empty pki folder each made a root of their own, and each then called the others' results
-- invalid. A key is made once, under an advisory lock, by whichever process gets there first
-- (INSERT ... ON CONFLICT DO NOTHING, then read back), and every process uses that one.
-- Private keys are sealed with MOTCUA_SECRET_KEY (ADR 0015): a dump of this table alone signs
-- nothing. A row is never rewritten: an UPDATE would silently swap a key under signed results.
CREATE TABLE dev_signing_keys (
  id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$'),
  kind text NOT NULL CHECK (kind IN ('ca', 'agency', 'officer')),
  certificate_pem text NOT NULL CHECK (certificate_pem LIKE '-----BEGIN CERTIFICATE-----%'),
  private_key_sealed text NOT NULL CHECK (private_key_sealed ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE TRIGGER dev_signing_keys_never_rewritten BEFORE UPDATE ON dev_signing_keys
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
