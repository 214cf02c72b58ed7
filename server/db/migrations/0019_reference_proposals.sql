-- Additions to the firearm reference table (makes, models, calibers) that agencies propose and a reference curator
-- (a tracing officer or the system administrator) accepts or rejects. Accepted ones are laid over the built-in table
-- (core/firearms/reference.ts setReferenceAdditions) at start and after each decision.
CREATE TABLE reference_proposals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('make', 'model', 'caliber')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  -- The make a model belongs to (a reference make id), for models only.
  make_id text CHECK ((kind = 'model') = (make_id IS NOT NULL)),
  aliases text[] NOT NULL DEFAULT '{}',
  countries text[] NOT NULL DEFAULT '{}',
  types text[] NOT NULL DEFAULT '{}',
  calibers text[] NOT NULL DEFAULT '{}',
  note text CHECK (length(note) <= 1000),
  -- kind, make and the look-up key of the name: one open or accepted proposal per entry.
  entry_key text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
  proposed_by_agency_id uuid NOT NULL REFERENCES agencies(id),
  proposed_by_user_id uuid NOT NULL REFERENCES users(id),
  decided_by_user_id uuid REFERENCES users(id),
  decided_at timestamptz,
  decision_note text CHECK (length(decision_note) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX reference_proposals_entry_idx ON reference_proposals (entry_key) WHERE status <> 'rejected';
CREATE INDEX reference_proposals_status_idx ON reference_proposals (status, created_at DESC);
CREATE INDEX reference_proposals_agency_idx ON reference_proposals (proposed_by_agency_id, created_at DESC);
