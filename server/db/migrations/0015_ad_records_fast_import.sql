-- A&D import at 100,000+ records/s (issue 4; docs/decisions/0008-ad-import-fast-path.md).
-- 1. No foreign keys from ad_records to record_holders: each was a per-row trigger (SPI query and row lock), about a
--    third of an import's insert cost. Writers check instead: the import resolves every licence against
--    record_holders and locks the holders its rows point to once (FOR KEY SHARE) before it commits; the scale seeder
--    writes only holders it has just made. Record holders are never deleted.
ALTER TABLE ad_records
  DROP CONSTRAINT IF EXISTS ad_records_holder_id_fkey,
  DROP CONSTRAINT IF EXISTS ad_records_acquired_from_holder_id_fkey,
  DROP CONSTRAINT IF EXISTS ad_records_disposed_to_holder_id_fkey;
-- 2. The indexed text keys compare bytewise (COLLATE "C"): they are machine keys (hex digest, make key, folded
--    serial), never sorted for people, and a locale collation (even C.UTF-8) costs a strcoll call per comparison on
--    every index insert. Equality answers are unchanged; LIKE 'prefix%' can now use the lookup index.
ALTER TABLE ad_records
  ALTER COLUMN row_hash TYPE text COLLATE "C",
  ALTER COLUMN make_key TYPE text COLLATE "C",
  ALTER COLUMN serial_folded TYPE text COLLATE "C";
