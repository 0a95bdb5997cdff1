-- Desk intake drafts (issue 5). A paper intake is a server-side draft: the officer's input is kept
-- between steps and on every validation error, the draft row is locked when the dossier is
-- registered (so a double submission never creates two dossiers), and started/decided instants
-- measure the desk's own handling time (target 30 minutes).
CREATE TABLE desk_intakes (
  id uuid PRIMARY KEY,
  officer_id uuid NOT NULL,
  desk_id uuid NOT NULL REFERENCES one_stop_desks (id),
  procedure_code text NOT NULL,
  form_values jsonb NOT NULL DEFAULT '{}'::jsonb,
  dossier_id uuid UNIQUE REFERENCES dossiers (id),
  decision text CHECK (decision IN ('receive', 'request_intake_supplement', 'reject_intake')),
  started_at timestamptz NOT NULL,
  decided_at timestamptz,
  duration_ms integer CHECK (duration_ms >= 0),
  updated_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX desk_intakes_officer_idx ON desk_intakes (officer_id, decided_at);
--> statement-breakpoint
CREATE INDEX desk_intakes_desk_decided_idx ON desk_intakes (desk_id, decided_at);
