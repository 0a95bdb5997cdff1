-- Extensions motcua needs. Both ship with PGlite and with PostgreSQL's contrib package.
-- On a managed server, a DBA may have to create them once before motcua migrates.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE (it reads a dictionary), so it cannot back an index or a generated
-- column. Pinning the dictionary makes the result depend on the input alone.
CREATE OR REPLACE FUNCTION motcua_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(unaccent('unaccent'::regdictionary, input)) $$;
