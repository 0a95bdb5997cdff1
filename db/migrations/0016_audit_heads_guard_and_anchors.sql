-- Audit chain heads and anchors (issue 11 item 3; ADR 0023).

-- 1. A chain head only moves forward, one entry at a time, and only from inside the linking
--    trigger (motcua_audit_link, 0002): that is the one legitimate writer. Deleting a head used to
--    make `audit verify` skip the whole chain; now the row cannot go, and a new head can only start
--    at the genesis hash. pg_trigger_depth() > 1 tells the link trigger's UPDATE (fired from the
--    INSERT on audit_log) from a direct UPDATE by a session.
CREATE OR REPLACE FUNCTION motcua_audit_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.seq = 0 AND NEW.hash = decode(repeat('00', 32), 'hex') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'motcua: a new audit chain head must start at the genesis hash (chain %)', NEW.chain
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND NEW.chain = OLD.chain
     AND NEW.seq = OLD.seq + 1 AND length(NEW.hash) = 32 THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'motcua: audit chain heads advance only by appending to audit_log (% refused on chain %)',
    TG_OP, OLD.chain USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_chain_heads_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_chain_heads
  FOR EACH ROW EXECUTE FUNCTION motcua_audit_head_guard();
--> statement-breakpoint
CREATE TRIGGER audit_chain_heads_no_truncate BEFORE TRUNCATE ON audit_chain_heads
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
--> statement-breakpoint

-- 2. Anchors: the chain heads published (daily, and by `motcua audit anchor`) as a signed file in
--    the file store. The row says which stored file is the anchor of which slot; it is append-only,
--    like the log it anchors.
CREATE TABLE "audit_anchors" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
	"slot" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"file_sha256" text NOT NULL,
	CONSTRAINT "audit_anchors_slot_uq" UNIQUE("slot")
);
--> statement-breakpoint
CREATE TRIGGER audit_anchors_append_only BEFORE UPDATE OR DELETE ON audit_anchors
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_anchors_no_truncate BEFORE TRUNCATE ON audit_anchors
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_change();
--> statement-breakpoint

-- 3. Each delivery of an anchor to the external party (MOTCUA_AUDIT_ANCHOR_URL), with its answer.
CREATE TABLE "audit_anchor_receipts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
	"anchor_id" bigint NOT NULL REFERENCES "audit_anchors"("id"),
	"published_at" timestamp with time zone NOT NULL,
	"target" text NOT NULL,
	"status" integer NOT NULL,
	"receipt" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_anchor_receipts_anchor_idx" ON "audit_anchor_receipts" ("anchor_id");
--> statement-breakpoint
CREATE TRIGGER audit_anchor_receipts_append_only BEFORE UPDATE OR DELETE ON audit_anchor_receipts
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
