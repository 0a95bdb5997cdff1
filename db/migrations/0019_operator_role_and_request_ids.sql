-- Issue 11, observability (ADR 0024).
--
-- OPERATOR: the people and scrapers that run the service see health details and metrics (counts,
-- timings, pool use), never a dossier. A grant names a role from a fixed list, so the list grows.
ALTER TABLE role_grants DROP CONSTRAINT role_grants_role_chk;
ALTER TABLE role_grants ADD CONSTRAINT role_grants_role_chk
  CHECK (role IN ('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'LEADER', 'RECORDS_CLERK', 'SUPERVISOR', 'ADMIN', 'POSTAL_AGENT', 'OPERATOR', 'INTEGRATION', 'KIOSK'));

-- The request that caused an event, and so the jobs it becomes: a worker's log lines name the same
-- request id as the web process's, across processes. A column, not a key inside the payload, so that
-- handlers and the event's consumers see exactly the payload the use case wrote. Nullable: events
-- written by the CLI or by periodic jobs have no request.
ALTER TABLE outbox_events ADD COLUMN request_id text;
ALTER TABLE jobs ADD COLUMN request_id text;
