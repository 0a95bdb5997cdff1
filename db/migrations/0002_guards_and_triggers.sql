-- Rules the database itself enforces, whichever program writes to it.

-- 1. History is append-only: actions and audit entries are never changed or removed.
CREATE OR REPLACE FUNCTION motcua_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'motcua: % is append-only (% refused)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER dossier_actions_append_only BEFORE UPDATE OR DELETE ON dossier_actions
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
--> statement-breakpoint

-- 2. A published procedure or workflow version is frozen; it may only be retired.
CREATE OR REPLACE FUNCTION motcua_freeze_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'DRAFT' THEN
      RAISE EXCEPTION 'motcua: published version % of % cannot be deleted', OLD.id, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'DRAFT' THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'PUBLISHED' AND NEW.status = 'RETIRED'
     AND (to_jsonb(NEW) - 'status') = (to_jsonb(OLD) - 'status') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'motcua: version % of % is % and cannot be edited; publish a new version',
    OLD.id, TG_TABLE_NAME, OLD.status USING ERRCODE = 'integrity_constraint_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER procedure_versions_frozen BEFORE UPDATE OR DELETE ON procedure_versions
  FOR EACH ROW EXECUTE FUNCTION motcua_freeze_published();
--> statement-breakpoint
CREATE TRIGGER workflow_definitions_frozen BEFORE UPDATE OR DELETE ON workflow_definitions
  FOR EACH ROW EXECUTE FUNCTION motcua_freeze_published();
--> statement-breakpoint

-- 3. The audit chain. The application hashes each entry's content; this trigger links it:
--    hash = sha256(prev_hash || seq as 8 bytes big-endian || content_hash), under the chain head's
--    row lock, so the links follow commit order within a chain.
INSERT INTO audit_chain_heads (chain, seq, hash)
  SELECT g, 0, decode(repeat('00', 32), 'hex') FROM generate_series(0, 63) AS g;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION motcua_audit_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head_seq bigint;
  head_hash bytea;
BEGIN
  SELECT seq, hash INTO head_seq, head_hash FROM audit_chain_heads WHERE chain = NEW.chain FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'motcua: audit chain % does not exist', NEW.chain;
  END IF;
  IF length(NEW.content_hash) <> 32 THEN
    RAISE EXCEPTION 'motcua: audit content hash must be 32 bytes';
  END IF;
  NEW.seq := head_seq + 1;
  NEW.prev_hash := head_hash;
  NEW.hash := sha256(head_hash || int8send(NEW.seq) || NEW.content_hash);
  UPDATE audit_chain_heads SET seq = NEW.seq, hash = NEW.hash WHERE chain = NEW.chain;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_link BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION motcua_audit_link();
--> statement-breakpoint

-- 4. Accent-insensitive search text for procedures ("cap giay phep in" finds "Cấp giấy phép hoạt động in").
CREATE OR REPLACE FUNCTION motcua_procedure_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Words only: punctuation becomes spaces, so a word match is a plain ' word ' lookup.
  NEW.search_text := ' ' || trim(regexp_replace(motcua_fold(NEW.name || ' ' || NEW.code || ' ' ||
    coalesce((SELECT name FROM fields WHERE code = NEW.field_code), '')), '[^a-z0-9.]+', ' ', 'g')) || ' ';
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER procedures_search_text BEFORE INSERT OR UPDATE OF name, code, field_code ON procedures
  FOR EACH ROW EXECUTE FUNCTION motcua_procedure_search_text();
