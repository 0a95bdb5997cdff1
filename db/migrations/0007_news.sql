-- Guides and news that officers publish on the portal (issue 4). The body is plain text (blank
-- lines between paragraphs, "- " list items), never HTML, so nothing typed can run in a browser.
-- A draft has no published_at. `version` guards edits made from two tabs at once.
CREATE TABLE articles (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
  kind text NOT NULL CHECK (kind IN ('GUIDE', 'NEWS')),
  title text NOT NULL,
  summary text NOT NULL,
  body text NOT NULL,
  agency_id uuid REFERENCES agencies (id),
  procedure_code text,
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX articles_published_idx ON articles (published_at DESC) WHERE published_at IS NOT NULL;
