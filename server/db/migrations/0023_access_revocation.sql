-- An owner agency takes back access it granted (decision 0019): the request shows "revoked", by whom, when and why,
-- and its grant stops counting (access_grants.revoked_at, which every read already filters on).
ALTER TABLE access_requests DROP CONSTRAINT access_requests_status_check;
ALTER TABLE access_requests ADD CONSTRAINT access_requests_status_check
  CHECK (status IN ('pending', 'granted', 'refused', 'revoked'));
ALTER TABLE access_requests
  ADD COLUMN revoked_by_user_id uuid REFERENCES users(id),
  ADD COLUMN revocation_note text CHECK (length(revocation_note) <= 2000),
  ADD COLUMN revoked_at timestamptz;
ALTER TABLE access_grants ADD COLUMN revoked_by_user_id uuid REFERENCES users(id);
