-- Officers' TOTP secrets are now sealed at rest (ADR 0015): AES-256-GCM under MOTCUA_SECRET_KEY (or,
-- outside production, <data>/secret.key), bound to the officer, stored as 'v1.<iv>.<ciphertext+tag>'
-- in base64url. Migration 0010 allowed base32 only, so its CHECK is replaced by one that also takes
-- the sealed form. Base32 stays allowed for rows written before this change: they cannot be sealed
-- here (SQL has no key), and are sealed by the application the next time one of their codes is
-- accepted. Once no base32 row is left, a later migration can allow the sealed form only.
ALTER TABLE officer_totp
  DROP CONSTRAINT officer_totp_secret_check,
  ADD CONSTRAINT officer_totp_secret_check CHECK (
    secret ~ '^[A-Z2-7]{16,128}$' OR secret ~ '^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22,255}$'
  );
