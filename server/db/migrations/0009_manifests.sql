-- Manifest screening: each agency's watch list of parties (consignees, forwarders, consignors), kept with its
-- history (an entry is removed by marking it, never deleted), and what screened manifests declared per
-- consignee and substance, so a consignee's history grows and an extraordinary quantity stands out.

CREATE TABLE watch_list_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_agency_id uuid NOT NULL REFERENCES agencies(id),
  kind text NOT NULL CHECK (kind IN ('consignee', 'forwarder', 'consignor')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  -- core/chemicals/manifest/partyNames.ts partyKey(name): what manifests are matched on.
  name_key text NOT NULL CHECK (length(name_key) BETWEEN 1 AND 300),
  identifier text CHECK (length(identifier) BETWEEN 1 AND 40),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  added_by_user_id uuid NOT NULL REFERENCES users(id),
  added_at timestamptz NOT NULL DEFAULT now(),
  removed_by_user_id uuid REFERENCES users(id),
  removed_at timestamptz,
  removal_reason text CHECK (length(removal_reason) BETWEEN 1 AND 1000),
  CHECK ((removed_at IS NULL) = (removed_by_user_id IS NULL))
);
CREATE UNIQUE INDEX watch_list_entries_active_idx
  ON watch_list_entries (owner_agency_id, kind, name_key) WHERE removed_at IS NULL;

CREATE TABLE manifest_screenings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_agency_id uuid NOT NULL REFERENCES agencies(id),
  file_name text NOT NULL DEFAULT '' CHECK (length(file_name) <= 300),
  lines integer NOT NULL CHECK (lines >= 0),
  by_status jsonb NOT NULL CHECK (jsonb_typeof(by_status) = 'object'),
  red_flags jsonb NOT NULL CHECK (jsonb_typeof(red_flags) = 'object'),
  screened_by_user_id uuid REFERENCES users(id),
  screened_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX manifest_screenings_owner_idx ON manifest_screenings (owner_agency_id, screened_at DESC);

-- One row per consignee and substance of a recorded manifest (totals, not lines: bounded by distinct pairs).
CREATE TABLE manifest_shipments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  screening_id uuid NOT NULL REFERENCES manifest_screenings(id) ON DELETE CASCADE,
  owner_agency_id uuid NOT NULL REFERENCES agencies(id),
  consignee_key text NOT NULL CHECK (length(consignee_key) BETWEEN 1 AND 300),
  consignee_name text NOT NULL CHECK (length(consignee_name) BETWEEN 1 AND 2000),
  substance_key text NOT NULL CHECK (length(substance_key) BETWEEN 1 AND 2100),
  base_unit text NOT NULL CHECK (base_unit IN ('kg', 'L', 'unit')),
  quantity double precision NOT NULL CHECK (quantity > 0),
  shipped_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX manifest_shipments_history_idx ON manifest_shipments (owner_agency_id, consignee_key, substance_key);
