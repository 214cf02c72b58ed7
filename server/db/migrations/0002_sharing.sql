-- Sharing groups, access requests and grants: how an owner agency widens who may read one record.
CREATE TABLE sharing_groups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 2 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sharing_group_members (
  group_id uuid NOT NULL REFERENCES sharing_groups(id) ON DELETE CASCADE,
  agency_id uuid NOT NULL REFERENCES agencies(id),
  PRIMARY KEY (group_id, agency_id)
);
CREATE INDEX sharing_group_members_agency_idx ON sharing_group_members (agency_id);

CREATE TABLE access_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  record_type text NOT NULL,
  record_id uuid NOT NULL,
  owner_agency_id uuid NOT NULL REFERENCES agencies(id),
  requester_user_id uuid NOT NULL REFERENCES users(id),
  requester_agency_id uuid NOT NULL REFERENCES agencies(id),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'granted', 'refused')),
  decided_by_user_id uuid REFERENCES users(id),
  decision_note text CHECK (length(decision_note) <= 2000),
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX access_requests_owner_idx ON access_requests (owner_agency_id, status);
CREATE INDEX access_requests_requester_idx ON access_requests (requester_agency_id);
CREATE UNIQUE INDEX access_requests_one_pending ON access_requests (record_type, record_id, requester_agency_id) WHERE status = 'pending';

CREATE TABLE access_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  record_type text NOT NULL,
  record_id uuid NOT NULL,
  grantee_agency_id uuid NOT NULL REFERENCES agencies(id),
  access_request_id uuid REFERENCES access_requests(id),
  granted_by_user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE UNIQUE INDEX access_grants_active ON access_grants (record_type, record_id, grantee_agency_id) WHERE revoked_at IS NULL;
