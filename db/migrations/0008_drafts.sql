-- Submission drafts of the citizen portal (issue 4): what a citizen has typed and attached so far,
-- kept on every step so the work survives a closed browser. One open draft per owner and procedure
-- (a second "start" resumes it); a submitted draft keeps the dossier it became, which makes the
-- final submission idempotent (a replayed post finds the dossier instead of making another).
CREATE TABLE submission_drafts (
  id uuid PRIMARY KEY,
  owner_id_type text NOT NULL CHECK (owner_id_type IN ('PERSONAL_ID', 'TAX_CODE')),
  owner_id text NOT NULL,
  acting_personal_id text NOT NULL,
  procedure_code text NOT NULL,
  procedure_version_id uuid NOT NULL,
  competent_agency_code text,
  current_step text NOT NULL,
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  components jsonb NOT NULL DEFAULT '{}'::jsonb,
  delivery_method text CHECK (delivery_method IN ('AT_DESK', 'BY_POST', 'ONLINE')),
  delivery_address text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  submitted_dossier_id uuid
);
--> statement-breakpoint
CREATE UNIQUE INDEX submission_drafts_open_uq ON submission_drafts (owner_id_type, owner_id, procedure_code) WHERE submitted_dossier_id IS NULL;
--> statement-breakpoint
CREATE INDEX submission_drafts_owner_idx ON submission_drafts (owner_id_type, owner_id, updated_at);
