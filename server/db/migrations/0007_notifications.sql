-- Pre-export notifications between competent authorities (INCB PEN Online / PEN Online Light), and the parties
-- (companies) they name. See core/chemicals/notificationStatus.ts for the workflow and
-- docs/decisions/0004-notification-visibility.md for who may read a notification.

-- Companies an authority names on its notices, reused across notices. Held by the authority that recorded them.
CREATE TABLE parties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_agency_id uuid NOT NULL REFERENCES agencies(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  -- {"rfc": "…", "ein": "…", "bn": "…"}; formats are checked by the API (server/modules/notifications/schemas.ts).
  identifiers jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(identifiers) = 'object'),
  address text NOT NULL CHECK (length(address) BETWEEN 1 AND 1000),
  created_by_user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX parties_owner_idx ON parties (owner_agency_id, lower(name));

-- A shared record whose reach is fixed: owner (exporting authority) only while a draft; on send an access grant
-- gives the importing authority read access. Hence distribution 'agency' and never discoverable.
CREATE TABLE export_notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_agency_id uuid NOT NULL REFERENCES agencies(id),
  distribution text NOT NULL DEFAULT 'agency' CHECK (distribution = 'agency'),
  sharing_group_id uuid REFERENCES sharing_groups(id) CHECK (sharing_group_id IS NULL),
  tlp text NOT NULL DEFAULT 'AMBER' CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  discoverable boolean NOT NULL DEFAULT false CHECK (NOT discoverable),
  importing_agency_id uuid NOT NULL REFERENCES agencies(id) CHECK (importing_agency_id <> owner_agency_id),
  exporter_party_id uuid NOT NULL REFERENCES parties(id),
  importer_party_id uuid NOT NULL REFERENCES parties(id),
  consignee_party_id uuid REFERENCES parties(id),
  point_of_entry text NOT NULL CHECK (length(point_of_entry) BETWEEN 1 AND 300),
  planned_dispatch_date date NOT NULL,
  route text NOT NULL DEFAULT '' CHECK (length(route) <= 2000),
  transit_countries text[] NOT NULL DEFAULT '{}',
  voluntary boolean NOT NULL DEFAULT false,
  reference text NOT NULL DEFAULT '' CHECK (length(reference) <= 100),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'sent', 'acknowledged', 'cleared', 'objected', 'shipped', 'stopped', 'expired')),
  objection_reason text CHECK (length(objection_reason) BETWEEN 1 AND 4000),
  -- Set on send (core/chemicals/notificationStatus.ts responseDueDate).
  response_due_date date,
  sent_at timestamptz,
  acknowledged_at timestamptz,
  decided_at timestamptz,
  closed_at timestamptz,
  created_by_user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  -- An objection keeps its reason when the exporter then stops the notice.
  CHECK (status <> 'objected' OR objection_reason IS NOT NULL),
  CHECK ((status = 'draft') = (sent_at IS NULL) OR status = 'stopped'),
  CHECK (status = 'draft' OR status = 'stopped' OR response_due_date IS NOT NULL)
);
CREATE INDEX export_notifications_owner_idx ON export_notifications (owner_agency_id, created_at DESC, id DESC);
CREATE INDEX export_notifications_importer_idx ON export_notifications (importing_agency_id, created_at DESC, id DESC);
-- The scheduler's expiry sweep and the overdue filter look at open notices by date.
CREATE INDEX export_notifications_open_idx ON export_notifications (planned_dispatch_date)
  WHERE status IN ('sent', 'acknowledged');

CREATE TABLE notification_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  notification_id uuid NOT NULL REFERENCES export_notifications(id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 1),
  -- The substance: a registry chemical, or as the exporter wrote it (name, CAS, SMILES): exactly one.
  chemical_id text REFERENCES chemicals(id),
  substance_name text CHECK (length(substance_name) BETWEEN 1 AND 300),
  cas text CHECK (length(cas) <= 40),
  smiles text CHECK (length(smiles) <= 2000),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
  quantity numeric(20, 6) NOT NULL CHECK (quantity > 0),
  unit text NOT NULL CHECK (unit IN ('kg', 'g', 'L', 'mL', 't')),
  -- The screening result at send (clear / controlled / suspected_designer_precursor / unresolved) and its findings.
  screening_status text CHECK (screening_status IN ('clear', 'controlled', 'suspected_designer_precursor', 'unresolved')),
  screening jsonb,
  screened_at timestamptz,
  UNIQUE (notification_id, position),
  CHECK (num_nonnulls(chemical_id, substance_name, cas, smiles) = 1)
);
