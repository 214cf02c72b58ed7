-- Crime-gun tracing, first slice: recovered firearms and lost/stolen reports, both shared records, searchable by
-- serial (exact on the plain form; normalised, wildcard and fuzzy on the folded form, see core/firearms/serial.ts).
-- The possessor is kept inline for now (a persons table comes with traces and purchasers).
CREATE TABLE recoveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_agency_id uuid NOT NULL REFERENCES agencies(id),
  distribution text NOT NULL CHECK (distribution IN ('agency', 'country', 'group', 'partners')),
  sharing_group_id uuid REFERENCES sharing_groups(id),
  tlp text NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  discoverable boolean NOT NULL DEFAULT true,
  serial_state text NOT NULL CHECK (serial_state IN ('intact', 'obliterated', 'partly_restored')),
  serial_raw text CHECK (length(serial_raw) <= 200),
  serial_plain text CHECK (length(serial_plain) <= 80),
  -- For a partly restored serial the folded form keeps `?` for each unreadable character.
  serial_folded text CHECK (length(serial_folded) <= 80),
  make text CHECK (length(make) <= 120),
  make_id text,
  -- Reference make id, or 'text:' + the make key when the make is free text: what duplicate detection compares.
  make_key text,
  model text CHECK (length(model) <= 120),
  caliber text CHECK (length(caliber) <= 60),
  caliber_id text,
  type text CHECK (type IN ('P', 'R', 'S', 'C', 'B', 'M', 'V', 'Z')),
  free_text_description boolean NOT NULL DEFAULT false,
  country_of_manufacture text CHECK (country_of_manufacture ~ '^[A-Z]{2}$'),
  importer text CHECK (length(importer) <= 200),
  other_markings text CHECK (length(other_markings) <= 2000),
  recovered_on date NOT NULL CHECK (recovered_on >= DATE '1900-01-01'),
  recovery_country text NOT NULL CHECK (recovery_country ~ '^[A-Z]{2}$'),
  recovery_state text CHECK (length(recovery_state) <= 80),
  recovery_municipality text CHECK (length(recovery_municipality) <= 120),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  crime_code text CHECK (length(crime_code) <= 40),
  case_number text CHECK (length(case_number) <= 80),
  possessor_name text CHECK (length(possessor_name) <= 200),
  possessor_birth_date date,
  description_warnings jsonb NOT NULL DEFAULT '[]',
  created_by_user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((distribution = 'group') = (sharing_group_id IS NOT NULL)),
  CHECK ((serial_state = 'obliterated') = (serial_folded IS NULL)),
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX recoveries_serial_folded_idx ON recoveries (serial_folded);
CREATE INDEX recoveries_serial_plain_idx ON recoveries (serial_plain);
CREATE INDEX recoveries_serial_trgm_idx ON recoveries USING gin (serial_folded gin_trgm_ops);
CREATE INDEX recoveries_created_idx ON recoveries (created_at DESC, id DESC);
CREATE INDEX recoveries_owner_idx ON recoveries (owner_agency_id, created_at DESC);
CREATE INDEX recoveries_recovered_on_idx ON recoveries (recovered_on);
-- One firearm per agency, case, serial and recovery date: what makes a CSV re-upload change nothing.
CREATE UNIQUE INDEX recoveries_idempotency_idx ON recoveries (owner_agency_id, case_number, serial_folded, recovered_on)
  WHERE case_number IS NOT NULL AND serial_folded IS NOT NULL;

CREATE TABLE lost_stolen_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_agency_id uuid NOT NULL REFERENCES agencies(id),
  distribution text NOT NULL CHECK (distribution IN ('agency', 'country', 'group', 'partners')),
  sharing_group_id uuid REFERENCES sharing_groups(id),
  tlp text NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  discoverable boolean NOT NULL DEFAULT true,
  kind text NOT NULL CHECK (kind IN ('lost', 'stolen')),
  serial_raw text NOT NULL CHECK (length(serial_raw) <= 200),
  serial_plain text NOT NULL CHECK (length(serial_plain) BETWEEN 1 AND 80),
  serial_folded text NOT NULL CHECK (length(serial_folded) BETWEEN 1 AND 80),
  make text CHECK (length(make) <= 120),
  make_id text,
  make_key text,
  model text CHECK (length(model) <= 120),
  caliber text CHECK (length(caliber) <= 60),
  type text CHECK (type IN ('P', 'R', 'S', 'C', 'B', 'M', 'V', 'Z')),
  reported_on date NOT NULL CHECK (reported_on >= DATE '1900-01-01'),
  details text CHECK (length(details) <= 2000),
  created_by_user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((distribution = 'group') = (sharing_group_id IS NOT NULL))
);
CREATE INDEX lost_stolen_serial_folded_idx ON lost_stolen_reports (serial_folded);
CREATE INDEX lost_stolen_serial_plain_idx ON lost_stolen_reports (serial_plain);
CREATE INDEX lost_stolen_serial_trgm_idx ON lost_stolen_reports USING gin (serial_folded gin_trgm_ops);
CREATE INDEX lost_stolen_created_idx ON lost_stolen_reports (created_at DESC, id DESC);
