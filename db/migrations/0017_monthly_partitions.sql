-- The two history tables that only ever grow — dossier_actions (one row per step of every dossier)
-- and audit_log (one or more rows per state change) — become partitioned by month (native
-- declarative partitioning, RANGE on their timestamp: dossier_actions.at, audit_log.occurred_at).
-- After ten years a province holds a few hundred million rows in each; with one partition per month
-- the recent months that every screen reads stay small and cached, the planner skips the months a
-- time-bounded query cannot touch, and old months can later be moved to cheaper storage or archived
-- whole (DETACH PARTITION) instead of being deleted row by row, which the append-only guards refuse.
-- ADR 0026 records the choice.
--
-- What this migration does, per table, inside the one migration transaction:
--   1. the old table is renamed aside (with its identity sequence) and its index-backed constraints
--      and indexes dropped, so their names are free;
--   2. the partitioned table is created LIKE the old one (columns, defaults, identity, checks), with
--      a DEFAULT partition and one partition per month that holds rows, plus this month and the next
--      three; rows are copied with their ids (OVERRIDING SYSTEM VALUE) and the identity sequence
--      continues where the old one stood;
--   3. every index, foreign key and trigger the old table had — whichever earlier migration made it —
--      is recreated from the catalogue on the new table. The primary key and the unique constraints
--      must include the partition key, so `(id)` becomes `(id, at)` and `(dossier_id, seq)` becomes
--      `(dossier_id, seq, at)`; nothing references these primary keys (checked: no foreign key in
--      0001–0014 points at either table; a DROP of the old table would fail here if one did).
--   4. Because a unique index can no longer say "one action number per dossier" or "one sequence
--      number per audit chain" across months, a BEFORE INSERT trigger checks each of them. It is
--      exact, not best effort: an action is numbered under the dossier's row lock that every
--      command takes, and an audit entry under its chain head's row lock (motcua_audit_link), so
--      two inserts of the same number are serialised before the check runs.
--   5. The append-only guard raises the same message as before, naming the table ("audit_log is
--      append-only"), not the month's partition the row trigger fires on; TRUNCATE triggers, which
--      PostgreSQL does not clone to partitions, are added to every partition so that truncating one
--      month is refused too.
--
-- Later months are made ahead of time by motcua's own maintenance job (platform/db/partitions.ts,
-- daily, three months ahead) through motcua_ensure_month_partitions below; a row whose month has
-- no partition yet lands in the DEFAULT partition and is never lost. The job does not create a
-- month whose rows already sit in the default partition (PostgreSQL would refuse, and moving audit
-- rows would mean deleting them); it reports it instead, see docs/operations.md "Scaling out".
--
-- audit_chain_heads is not touched here (another migration protects it).

-- The append-only refusal, naming the partitioned table rather than the partition.
CREATE OR REPLACE FUNCTION motcua_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'motcua: % is append-only (% refused)',
    coalesce((SELECT c.relname::text FROM pg_class c WHERE c.oid = pg_partition_root(TG_RELID)), TG_TABLE_NAME), TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint

-- Adds to one partition the statement-level TRUNCATE triggers of its parent (not cloned by PostgreSQL).
CREATE OR REPLACE FUNCTION motcua_guard_partition(parent regclass, part regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t record;
BEGIN
  FOR t IN
    SELECT tg.tgname, pg_get_triggerdef(tg.oid) AS def FROM pg_trigger tg
    WHERE tg.tgrelid = parent AND NOT tg.tgisinternal AND (tg.tgtype & 32) <> 0
  LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = part AND tgname = t.tgname) THEN
      EXECUTE regexp_replace(t.def, ' ON \S+ ', ' ON ' || part::text || ' ');
    END IF;
  END LOOP;
END $$;
--> statement-breakpoint

-- Creates the partition of one month (UTC month boundaries) when missing. Answers 'created',
-- 'exists', or 'blocked' when the default partition already holds rows of that month.
CREATE OR REPLACE FUNCTION motcua_month_partition(parent regclass, month_of timestamp) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  parent_schema text := (SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = parent);
  parent_name text := (SELECT c.relname FROM pg_class c WHERE c.oid = parent);
  key_column text := (SELECT a.attname FROM pg_partitioned_table p JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0] WHERE p.partrelid = parent);
  m timestamp := date_trunc('month', month_of);
  lo timestamptz := m AT TIME ZONE 'UTC';
  hi timestamptz := (m + interval '1 month') AT TIME ZONE 'UTC';
  part_name text := parent_name || '_' || to_char(m, 'YYYY_MM');
  default_part regclass := to_regclass(format('%I.%I', parent_schema, parent_name || '_default'));
  taken boolean;
BEGIN
  IF key_column IS NULL THEN
    RAISE EXCEPTION 'motcua: % is not partitioned', parent;
  END IF;
  IF to_regclass(format('%I.%I', parent_schema, part_name)) IS NOT NULL THEN
    RETURN 'exists';
  END IF;
  IF default_part IS NOT NULL THEN
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE %I >= $1 AND %I < $2)', default_part, key_column, key_column)
      INTO taken USING lo, hi;
    IF taken THEN
      RETURN 'blocked';
    END IF;
  END IF;
  EXECUTE format('CREATE TABLE %I.%I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)', parent_schema, part_name, parent, lo, hi);
  PERFORM motcua_guard_partition(parent, format('%I.%I', parent_schema, part_name)::regclass);
  RETURN 'created';
END $$;
--> statement-breakpoint

-- The maintenance job's entry point: the default partition, then `months_ahead` months after the
-- month of `from_month` (that month included). One advisory lock, so two workers never race.
CREATE OR REPLACE FUNCTION motcua_ensure_month_partitions(parent regclass, from_month timestamp, months_ahead integer)
RETURNS TABLE (partition_name text, outcome text) LANGUAGE plpgsql AS $$
DECLARE
  parent_schema text := (SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = parent);
  parent_name text := (SELECT c.relname FROM pg_class c WHERE c.oid = parent);
  i integer;
  m timestamp;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('motcua.partitions'));
  IF to_regclass(format('%I.%I', parent_schema, parent_name || '_default')) IS NULL THEN
    EXECUTE format('CREATE TABLE %I.%I PARTITION OF %s DEFAULT', parent_schema, parent_name || '_default', parent);
    PERFORM motcua_guard_partition(parent, format('%I.%I', parent_schema, parent_name || '_default')::regclass);
    partition_name := parent_name || '_default';
    outcome := 'created';
    RETURN NEXT;
  END IF;
  FOR i IN 0..months_ahead LOOP
    m := date_trunc('month', from_month) + make_interval(months => i);
    partition_name := parent_name || '_' || to_char(m, 'YYYY_MM');
    outcome := motcua_month_partition(parent, m);
    RETURN NEXT;
  END LOOP;
END $$;
--> statement-breakpoint

-- One-off: converts a table into a partitioned one, keeping rows, ids, indexes, constraints, triggers.
CREATE FUNCTION motcua_partition_by_month_once(tbl text, key_column text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  old_name text := tbl || '_unpartitioned';
  old_rel regclass;
  new_rel regclass;
  old_seq text;
  new_seq text;
  seq_last bigint;
  seq_called boolean;
  index_defs text[];
  unique_defs text[];
  fk_defs text[];
  trigger_defs text[];
  pk_columns text;
  r record;
  d text;
  table_pattern text;
BEGIN
  EXECUTE format('ALTER TABLE %I RENAME TO %I', tbl, old_name);
  old_rel := old_name::regclass;
  old_seq := pg_get_serial_sequence(old_name, 'id');
  EXECUTE format('ALTER SEQUENCE %s RENAME TO %I', old_seq, old_name || '_id_seq');
  old_seq := pg_get_serial_sequence(old_name, 'id');
  -- pg_get_*def name the table schema-qualified (or not, by search_path); match either spelling.
  table_pattern := ' ON (ONLY )?(\S+\.)?"?' || old_name || '"? ';

  SELECT string_agg(a.attname, ', ' ORDER BY k.ord) INTO pk_columns
    FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
    WHERE c.conrelid = old_rel AND c.contype = 'p';
  SELECT coalesce(array_agg(pg_get_indexdef(i.indexrelid)), '{}') INTO index_defs FROM pg_index i
    WHERE i.indrelid = old_rel AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = old_rel);
  SELECT coalesce(array_agg(format('ALTER TABLE %I ADD CONSTRAINT %I %s', tbl, c.conname,
           regexp_replace(pg_get_constraintdef(c.oid), '\)\s*$', ', ' || quote_ident(key_column) || ')'))), '{}')
    INTO unique_defs FROM pg_constraint c WHERE c.conrelid = old_rel AND c.contype = 'u';
  SELECT coalesce(array_agg(format('ALTER TABLE %I ADD CONSTRAINT %I %s', tbl, c.conname, pg_get_constraintdef(c.oid))), '{}')
    INTO fk_defs FROM pg_constraint c WHERE c.conrelid = old_rel AND c.contype = 'f';
  SELECT coalesce(array_agg(pg_get_triggerdef(t.oid) ORDER BY t.tgname), '{}') INTO trigger_defs FROM pg_trigger t
    WHERE t.tgrelid = old_rel AND NOT t.tgisinternal;

  -- Free the names (index names are per schema); the old table keeps its rows until dropped.
  FOR r IN SELECT conname FROM pg_constraint WHERE conrelid = old_rel AND contype IN ('p', 'u', 'f') ORDER BY contype DESC LOOP
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', old_name, r.conname);
  END LOOP;
  FOR r IN SELECT i.indexrelid::regclass AS idx FROM pg_index i WHERE i.indrelid = old_rel LOOP
    EXECUTE format('DROP INDEX %s', r.idx);
  END LOOP;

  EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS) PARTITION BY RANGE (%I)',
    tbl, old_name, key_column);
  new_rel := tbl::regclass;

  -- The default partition, each month that has rows, and this month with the next three.
  PERFORM motcua_ensure_month_partitions(new_rel, date_trunc('month', now() AT TIME ZONE 'UTC'), 3);
  FOR r IN EXECUTE format('SELECT DISTINCT date_trunc(''month'', %I AT TIME ZONE ''UTC'') AS m FROM %I', key_column, old_name) LOOP
    PERFORM motcua_month_partition(new_rel, r.m);
  END LOOP;

  -- Rows keep their ids; the new identity continues from the old sequence's position. No trigger
  -- exists on the new table yet, so the audit link trigger does not re-chain the copied entries.
  EXECUTE format('INSERT INTO %I OVERRIDING SYSTEM VALUE SELECT * FROM %I', tbl, old_name);
  new_seq := pg_get_serial_sequence(tbl, 'id');
  EXECUTE format('SELECT last_value, is_called FROM %s', old_seq) INTO seq_last, seq_called;
  PERFORM setval(new_seq, seq_last, seq_called);

  IF pk_columns IS NOT NULL THEN
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY (%s, %I)', tbl, tbl || '_pkey', pk_columns, key_column);
  END IF;
  FOREACH d IN ARRAY unique_defs LOOP
    EXECUTE d;
  END LOOP;
  FOREACH d IN ARRAY index_defs LOOP
    EXECUTE regexp_replace(d, table_pattern, ' ON ' || quote_ident(tbl) || ' ');
  END LOOP;
  FOREACH d IN ARRAY fk_defs LOOP
    EXECUTE d;
  END LOOP;
  FOREACH d IN ARRAY trigger_defs LOOP
    d := regexp_replace(d, table_pattern, ' ON ' || quote_ident(tbl) || ' ');
    EXECUTE replace(d, 'motcua_refuse_change()', 'motcua_refuse_history_change()');
  END LOOP;

  EXECUTE format('DROP TABLE %I', old_name);
END $$;
--> statement-breakpoint

SELECT motcua_partition_by_month_once('dossier_actions', 'at');
--> statement-breakpoint
SELECT motcua_partition_by_month_once('audit_log', 'occurred_at');
--> statement-breakpoint
DROP FUNCTION motcua_partition_by_month_once(text, text);
--> statement-breakpoint

-- One action number per dossier, across months. Every command numbers its action while holding the
-- dossier's row (SELECT … FOR UPDATE), so a concurrent duplicate cannot slip between check and insert.
CREATE OR REPLACE FUNCTION motcua_dossier_action_seq_free() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM dossier_actions WHERE dossier_id = NEW.dossier_id AND seq = NEW.seq) THEN
    RAISE EXCEPTION 'motcua: dossier % already has action %', NEW.dossier_id, NEW.seq
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'dossier_actions_seq_uq';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER dossier_actions_seq_free BEFORE INSERT ON dossier_actions
  FOR EACH ROW EXECUTE FUNCTION motcua_dossier_action_seq_free();
--> statement-breakpoint

-- One sequence number per audit chain, across months. Runs after audit_log_link (triggers fire in
-- name order), which has numbered the entry under the chain head's row lock.
CREATE OR REPLACE FUNCTION motcua_audit_seq_free() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM audit_log WHERE chain = NEW.chain AND seq = NEW.seq) THEN
    RAISE EXCEPTION 'motcua: audit chain % already has entry %', NEW.chain, NEW.seq
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'audit_log_chain_seq_uq';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_seq_free BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION motcua_audit_seq_free();
--> statement-breakpoint

-- The TRUNCATE guard on every partition made above (later ones get it from motcua_month_partition).
SELECT motcua_guard_partition(i.inhparent, i.inhrelid)
  FROM pg_inherits i WHERE i.inhparent IN ('dossier_actions'::regclass, 'audit_log'::regclass);
