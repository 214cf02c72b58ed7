-- Precursor-chemical registry: reference chemicals and their listing per jurisdiction. Listings are history:
-- a new row supersedes the current one (audited); rows are never edited or deleted.
CREATE TABLE chemicals (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]{0,63}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  synonyms text[] NOT NULL DEFAULT '{}',
  cas text UNIQUE CHECK (cas ~ '^[1-9][0-9]{1,6}-[0-9]{2}-[0-9]$'),
  formula text CHECK (length(formula) <= 100),
  -- Hill notation of the formula's element counts, so "C13H17NO" and "C13 H17 N O" find the same row.
  formula_hill text,
  smiles text CHECK (length(smiles) <= 2000),
  inchikey text CHECK (inchikey ~ '^[A-Z]{14}-[A-Z]{10}-[A-Z]$'),
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 2000),
  -- NULL: loaded from the bundled reference list (server/db/seed/seedChemicals.ts).
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX chemicals_name_idx ON chemicals (lower(name));
CREATE INDEX chemicals_formula_idx ON chemicals (formula_hill);
CREATE INDEX chemicals_inchikey_idx ON chemicals (inchikey);

-- Name and synonyms as one lower-case text for trigram search. array_to_string is only STABLE in general,
-- but for text[] its result depends on nothing but the input, so the wrapper may be IMMUTABLE (index-safe).
CREATE FUNCTION chemical_search_text(name text, synonyms text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN lower(name || ' ' || array_to_string(synonyms, ' '));
CREATE INDEX chemicals_search_trgm_idx ON chemicals USING gin (chemical_search_text(name, synonyms) gin_trgm_ops);

CREATE TABLE chemical_listings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  chemical_id text NOT NULL REFERENCES chemicals(id),
  jurisdiction text NOT NULL CHECK (jurisdiction IN ('UN', 'US', 'MX', 'CA')),
  -- Derived from the text by core/chemicals parseListing: listed | not_listed | unknown (NOT VERIFIED, NOT FOUND…).
  status text NOT NULL CHECK (status IN ('listed', 'not_listed', 'unknown')),
  -- The listing exactly as the source words it; status and dates are read from it, never typed separately.
  listing text NOT NULL CHECK (length(listing) <= 2000),
  regime text CHECK (regime IN ('precursor', 'narcotic')),
  -- Earliest and latest day the listing can have taken effect ("Table I, 2017" → 2017-01-01 … 2017-12-31).
  effective_from date,
  effective_by date,
  precision text CHECK (precision IN ('day', 'month', 'year', 'year_range')),
  -- Family wording verbatim ("(+amides, carbamates, salts)", "derivatives & analogues").
  family text[] NOT NULL DEFAULT '{}',
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 2000),
  -- NULL: recorded from the bundled reference list.
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  -- Set once, when a newer row replaces this one. Deferred so a transaction can point at the row it inserts next.
  superseded_by uuid REFERENCES chemical_listings(id) DEFERRABLE INITIALLY DEFERRED,
  CHECK (superseded_by IS NULL OR superseded_by <> id)
);
-- One current listing per chemical and jurisdiction.
CREATE UNIQUE INDEX chemical_listings_current_idx ON chemical_listings (chemical_id, jurisdiction)
  WHERE superseded_by IS NULL;
CREATE INDEX chemical_listings_chemical_idx ON chemical_listings (chemical_id, recorded_at);

-- History is never edited silently: the only change allowed is marking a current row superseded.
CREATE FUNCTION chemical_listings_history_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'chemical_listings is history: supersede a listing, never delete it';
  END IF;
  IF OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
     OR (to_jsonb(NEW) - 'superseded_by') IS DISTINCT FROM (to_jsonb(OLD) - 'superseded_by') THEN
    RAISE EXCEPTION 'chemical_listings is history: only marking a current row superseded is allowed';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER chemical_listings_history BEFORE UPDATE OR DELETE ON chemical_listings
  FOR EACH ROW EXECUTE FUNCTION chemical_listings_history_only();
