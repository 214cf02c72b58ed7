-- The audit trail: append-only and hash-chained. Rows are spread over a few chains (stripes) so
-- concurrent writers each lock a different chain head instead of queueing behind one.
CREATE TABLE audit_chains (
  chain integer PRIMARY KEY,
  last_seq bigint NOT NULL DEFAULT 0,
  last_hash text NOT NULL
);
INSERT INTO audit_chains (chain, last_hash)
SELECT g, repeat('0', 64) FROM generate_series(0, 15) AS g;

CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  chain integer NOT NULL REFERENCES audit_chains(chain),
  seq bigint NOT NULL,
  at timestamptz NOT NULL,
  actor_user_id uuid,
  actor_agency_id uuid,
  action text NOT NULL,
  record_type text,
  record_id text,
  owner_agency_id uuid,
  ip text,
  request_id text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  UNIQUE (chain, seq)
);
CREATE INDEX audit_events_at_idx ON audit_events (at DESC);
CREATE INDEX audit_events_actor_agency_idx ON audit_events (actor_agency_id, at DESC);
CREATE INDEX audit_events_owner_agency_idx ON audit_events (owner_agency_id, at DESC);
CREATE INDEX audit_events_record_idx ON audit_events (record_type, record_id);

-- Append-only: the application never updates or deletes audit rows; the verifier catches anyone who does anyway.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
