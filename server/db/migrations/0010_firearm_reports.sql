-- Multiple-sales reports (after ATF Forms 3310.4 and 3310.12) and lost/stolen match notices.
-- A multiple-sales report is a shared record owned by the agency that files it (a dealer's own agency, or a law
-- enforcement agency that received a copy) and held by the tracing centre of the dealer's country. NO REGISTRY: it is
-- read as a report (by its owner, the centre and its distribution), never searched by person; the chain walk only
-- asks whether a traced firearm (make + serial) appears in one.
CREATE TABLE multiple_sales_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_agency_id uuid NOT NULL REFERENCES agencies(id),
  distribution text NOT NULL CHECK (distribution IN ('agency', 'country', 'group', 'partners')),
  sharing_group_id uuid REFERENCES sharing_groups(id),
  tlp text NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  -- Not discoverable by default: a hit would say that someone bought several guns.
  discoverable boolean NOT NULL DEFAULT false,
  form text NOT NULL CHECK (form IN ('handguns', 'rifles')),
  centre_agency_id uuid REFERENCES agencies(id),
  dealer_holder_id uuid REFERENCES record_holders(id),
  dealer_name text NOT NULL CHECK (length(dealer_name) BETWEEN 1 AND 200),
  dealer_licence text NOT NULL CHECK (length(dealer_licence) BETWEEN 1 AND 40),
  dealer_country text NOT NULL CHECK (dealer_country IN ('US', 'CA')),
  dealer_state text CHECK (length(dealer_state) <= 40),
  purchaser_name text NOT NULL CHECK (length(purchaser_name) BETWEEN 1 AND 200),
  purchaser_birth_date date,
  purchaser_address text CHECK (length(purchaser_address) <= 400),
  first_sale_on date NOT NULL,
  last_sale_on date NOT NULL CHECK (last_sale_on >= first_sale_on),
  created_by_user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((distribution = 'group') = (sharing_group_id IS NOT NULL))
);
CREATE INDEX multiple_sales_created_idx ON multiple_sales_reports (created_at DESC, id DESC);
CREATE INDEX multiple_sales_centre_idx ON multiple_sales_reports (centre_agency_id, created_at DESC);

CREATE TABLE multiple_sales_firearms (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  report_id uuid NOT NULL REFERENCES multiple_sales_reports(id) ON DELETE CASCADE,
  line integer NOT NULL CHECK (line >= 1),
  make text NOT NULL CHECK (length(make) <= 120),
  make_key text NOT NULL,
  model text CHECK (length(model) <= 120),
  caliber text CHECK (length(caliber) <= 60),
  type text CHECK (type IN ('P', 'R', 'S', 'C', 'B', 'M', 'V', 'Z')),
  serial_raw text NOT NULL CHECK (length(serial_raw) <= 200),
  serial_folded text NOT NULL CHECK (length(serial_folded) BETWEEN 1 AND 80),
  sold_on date NOT NULL,
  UNIQUE (report_id, line)
);
-- What the chain walk asks: is this firearm (serial + make) in any report?
CREATE INDEX multiple_sales_firearm_idx ON multiple_sales_firearms (serial_folded, make_key);

-- A recovery and a lost/stolen report of the same firearm (serial + make): each owning agency gets a notice about
-- its own record. What the notice shows of the other record is decided when it is read, by the reader's sharing
-- (full record, or "a match exists at agency X" with the way to ask for access).
CREATE TABLE firearm_match_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  recipient_agency_id uuid NOT NULL REFERENCES agencies(id),
  own_record_type text NOT NULL CHECK (own_record_type IN ('recovery', 'lost_stolen')),
  own_record_id uuid NOT NULL,
  other_record_type text NOT NULL CHECK (other_record_type IN ('recovery', 'lost_stolen')),
  other_record_id uuid NOT NULL,
  other_agency_id uuid NOT NULL REFERENCES agencies(id),
  serial_folded text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  read_by_user_id uuid REFERENCES users(id),
  CHECK (own_record_type <> other_record_type)
);
CREATE UNIQUE INDEX firearm_match_notices_pair_idx
  ON firearm_match_notices (recipient_agency_id, own_record_id, other_record_id);
CREATE INDEX firearm_match_notices_inbox_idx ON firearm_match_notices (recipient_agency_id, created_at DESC);

-- Obliterated serials have no serial to make a CSV re-upload idempotent (recoveries_idempotency_idx needs one): the
-- import keys such rows by their content and their occurrence in the file (the second identical obliterated pistol
-- of a case is a second pistol), so uploading the same file again changes nothing.
ALTER TABLE recoveries ADD COLUMN import_key text CHECK (length(import_key) <= 100);
CREATE UNIQUE INDEX recoveries_import_key_idx ON recoveries (owner_agency_id, import_key)
  WHERE import_key IS NOT NULL;
