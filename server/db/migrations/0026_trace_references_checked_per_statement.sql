-- The rows traces and trace hops name (agencies, users, sharing groups, recoveries, record holders, the hop's trace)
-- are checked and locked once per statement by the walk that writes them (server/modules/traces/walkReferences.ts,
-- decision 0021), as ad_records' are by the A&D import (decision 0008): the foreign keys fired a trigger per row and
-- key, ten in all, about 35 of the ~120 µs a new trace and its hops cost on the embedded database.
ALTER TABLE traces
  DROP CONSTRAINT IF EXISTS traces_owner_agency_id_fkey,
  DROP CONSTRAINT IF EXISTS traces_sharing_group_id_fkey,
  DROP CONSTRAINT IF EXISTS traces_recovery_id_fkey,
  DROP CONSTRAINT IF EXISTS traces_centre_agency_id_fkey,
  DROP CONSTRAINT IF EXISTS traces_start_holder_id_fkey,
  DROP CONSTRAINT IF EXISTS traces_awaiting_holder_id_fkey,
  DROP CONSTRAINT IF EXISTS traces_dealer_holder_id_fkey,
  DROP CONSTRAINT IF EXISTS traces_created_by_user_id_fkey;
ALTER TABLE trace_hops
  DROP CONSTRAINT IF EXISTS trace_hops_trace_id_fkey,
  DROP CONSTRAINT IF EXISTS trace_hops_holder_id_fkey;
