-- Crime-gun traces through the distribution chain (issue 4): record holders, their acquisition & disposition (A&D)
-- records, trace requests (a shared record) and the hops that walk the chain.
-- NO REGISTRY (DOMAIN.md): ad_records is read only by server/modules/traces/adRecords.ts `lookupDisposition`, one
-- firearm (holder + make + serial) for one open trace, audited with the holder's agency as owner. No index here
-- serves a search by person: there is deliberately none on the purchaser columns.
CREATE TABLE record_holders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('manufacturer', 'importer', 'wholesaler', 'dealer')),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  licence_number text NOT NULL UNIQUE CHECK (licence_number ~ '^[A-Z0-9-]{3,40}$'),
  country char(2) NOT NULL CHECK (country IN ('US', 'CA')),
  us_state char(2) CHECK (us_state ~ '^[A-Z]{2}$'),
  -- Make keys (see firearmInput.makeKeyOf) a manufacturer makes, so a trace knows where its chain starts.
  makes text[] NOT NULL DEFAULT '{}',
  -- Connected holders' hops answer themselves from ad_records; the others answer in their inbox.
  connected boolean NOT NULL DEFAULT false,
  out_of_business boolean NOT NULL DEFAULT false,
  -- The holder's own Rastro agency (kind record_holder): whose users see its inbox and import its records.
  agency_id uuid REFERENCES agencies(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((country = 'US') = (us_state IS NOT NULL))
);
CREATE INDEX record_holders_agency_idx ON record_holders (agency_id);
CREATE INDEX record_holders_makes_idx ON record_holders USING gin (makes);

CREATE TABLE ad_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  holder_id uuid NOT NULL REFERENCES record_holders(id),
  make text NOT NULL CHECK (length(make) <= 120),
  make_key text NOT NULL,
  model text CHECK (length(model) <= 120),
  serial_folded text NOT NULL CHECK (length(serial_folded) BETWEEN 1 AND 80),
  acquired_from_holder_id uuid REFERENCES record_holders(id),
  acquired_from_name text CHECK (length(acquired_from_name) <= 200),
  acquired_on date,
  disposition text NOT NULL CHECK (disposition IN ('transfer', 'sale', 'lost_stolen', 'export')),
  disposed_to_holder_id uuid REFERENCES record_holders(id),
  purchaser_name text CHECK (length(purchaser_name) <= 200),
  purchaser_birth_date date,
  purchaser_address text CHECK (length(purchaser_address) <= 400),
  export_country char(2),
  disposed_on date NOT NULL,
  -- sha256 of the normalised row: re-uploading the same file inserts nothing.
  row_hash text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((disposition = 'transfer') = (disposed_to_holder_id IS NOT NULL)),
  CHECK ((disposition = 'sale') = (purchaser_name IS NOT NULL)),
  CHECK ((disposition = 'export') = (export_country IS NOT NULL))
);
-- The only access path: one holder, one make, one serial.
CREATE INDEX ad_records_lookup_idx ON ad_records (holder_id, make_key, serial_folded);
CREATE UNIQUE INDEX ad_records_idempotency_idx ON ad_records (holder_id, row_hash);

CREATE TABLE traces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_agency_id uuid NOT NULL REFERENCES agencies(id),
  distribution text NOT NULL CHECK (distribution IN ('agency', 'country', 'group', 'partners')),
  sharing_group_id uuid REFERENCES sharing_groups(id),
  tlp text NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  discoverable boolean NOT NULL DEFAULT true,
  recovery_id uuid NOT NULL REFERENCES recoveries(id),
  priority text NOT NULL CHECK (priority IN ('routine', 'urgent')),
  justification text CHECK (length(justification) <= 2000),
  manufacture_year integer CHECK (manufacture_year BETWEEN 1800 AND 2100),
  status text NOT NULL CHECK (status IN ('submitted', 'in_progress', 'awaiting_record_holder', 'completed', 'not_traceable')),
  reason text,
  reason_params jsonb NOT NULL DEFAULT '{}',
  routing_reason text NOT NULL,
  centre_agency_id uuid REFERENCES agencies(id),
  start_holder_id uuid REFERENCES record_holders(id),
  -- The firearm as asked about: a snapshot of the recovery, so the tracing centre needs no read of the recovery.
  make text,
  make_key text,
  model text,
  serial_folded text,
  serial_state text NOT NULL,
  recovered_on date NOT NULL,
  recovery_country char(2) NOT NULL,
  -- Partly restored serials: ranked candidates, confirmed by the tracing officer before the walk.
  candidate_state text NOT NULL DEFAULT 'none' CHECK (candidate_state IN ('none', 'pending', 'confirmed')),
  candidates jsonb NOT NULL DEFAULT '[]',
  awaiting_holder_id uuid REFERENCES record_holders(id),
  awaiting_since timestamptz,
  result jsonb,
  warnings jsonb NOT NULL DEFAULT '[]',
  -- Facts other traces' indicators count on (purchaser with other traced guns, dealer with short-TTC traces).
  purchaser_key text,
  dealer_holder_id uuid REFERENCES record_holders(id),
  ttc_days integer,
  created_by_user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  CHECK ((distribution = 'group') = (sharing_group_id IS NOT NULL)),
  CHECK ((status = 'not_traceable') = (reason IS NOT NULL)),
  CHECK (priority = 'routine' OR justification IS NOT NULL)
);
CREATE INDEX traces_owner_idx ON traces (owner_agency_id, created_at DESC);
CREATE INDEX traces_created_idx ON traces (created_at DESC, id DESC);
CREATE INDEX traces_queue_idx ON traces (centre_agency_id, status);
CREATE INDEX traces_recovery_idx ON traces (recovery_id);
CREATE INDEX traces_purchaser_idx ON traces (purchaser_key) WHERE purchaser_key IS NOT NULL;
CREATE INDEX traces_dealer_idx ON traces (dealer_holder_id) WHERE dealer_holder_id IS NOT NULL;

CREATE TABLE trace_hops (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trace_id uuid NOT NULL REFERENCES traces(id),
  hop_index integer NOT NULL CHECK (hop_index >= 0),
  holder_id uuid NOT NULL REFERENCES record_holders(id),
  asked_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  answered_at timestamptz,
  answered_by text CHECK (answered_by IN ('records', 'holder')),
  answer jsonb,
  state text NOT NULL CHECK (state IN ('open', 'answered', 'closed')),
  UNIQUE (trace_id, hop_index),
  CHECK ((state = 'answered') = (answer IS NOT NULL))
);
CREATE INDEX trace_hops_holder_idx ON trace_hops (holder_id, state, due_at);
