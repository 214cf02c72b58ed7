-- Alerts: bulletins an agency publishes to partners (as INCB special alerts); the first shared record type.
CREATE TABLE alerts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_agency_id uuid NOT NULL REFERENCES agencies(id),
  distribution text NOT NULL CHECK (distribution IN ('agency', 'country', 'group', 'partners')),
  sharing_group_id uuid REFERENCES sharing_groups(id),
  tlp text NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  discoverable boolean NOT NULL DEFAULT true,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  expires_at timestamptz,
  created_by_user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  search_text tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED,
  CHECK ((distribution = 'group') = (sharing_group_id IS NOT NULL))
);
CREATE INDEX alerts_owner_idx ON alerts (owner_agency_id, created_at DESC);
CREATE INDEX alerts_created_idx ON alerts (created_at DESC, id DESC);
CREATE INDEX alerts_search_idx ON alerts USING gin (search_text);

CREATE TABLE alert_reads (
  alert_id uuid NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  read_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (alert_id, user_id)
);
