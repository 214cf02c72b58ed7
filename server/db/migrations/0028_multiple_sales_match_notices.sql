-- A recovery of a firearm that a multiple-sales report lists gives match notices too (decision 0023), in the same
-- table as lost/stolen matches so one inbox, one badge and one visibility rule serve both. Every notice still pairs a
-- recovery with a report: two reports of the same gun are not a match anyone asked to hear about.
ALTER TABLE firearm_match_notices
  DROP CONSTRAINT IF EXISTS firearm_match_notices_own_record_type_check,
  DROP CONSTRAINT IF EXISTS firearm_match_notices_other_record_type_check,
  DROP CONSTRAINT IF EXISTS firearm_match_notices_pairs_a_recovery;
ALTER TABLE firearm_match_notices
  ADD CONSTRAINT firearm_match_notices_own_record_type_check
    CHECK (own_record_type IN ('recovery', 'lost_stolen', 'multiple_sales')),
  ADD CONSTRAINT firearm_match_notices_other_record_type_check
    CHECK (other_record_type IN ('recovery', 'lost_stolen', 'multiple_sales')),
  ADD CONSTRAINT firearm_match_notices_pairs_a_recovery CHECK ('recovery' IN (own_record_type, other_record_type));

-- The notices the commands now write, for the pairs recorded before this migration (as recordMatchNotices: the
-- recovering agency, and the report's filer or, for a dealer's report, the centre it names; one notice when one
-- agency answers for both).
WITH pairs AS (
  SELECT DISTINCT r.id AS recovery_id, r.owner_agency_id AS recovery_agency, m.id AS report_id,
         m.owner_agency_id AS report_agency, r.serial_folded,
         CASE WHEN filer.kind = 'record_holder' THEN m.centre_agency_id ELSE m.owner_agency_id END AS report_recipient
  FROM recoveries r
  JOIN multiple_sales_firearms f ON f.serial_folded = r.serial_folded AND f.make_key = r.make_key
  JOIN multiple_sales_reports m ON m.id = f.report_id
  JOIN agencies filer ON filer.id = m.owner_agency_id
)
INSERT INTO firearm_match_notices
  (recipient_agency_id, own_record_type, own_record_id, other_record_type, other_record_id, other_agency_id,
   serial_folded)
SELECT recovery_agency, 'recovery', recovery_id, 'multiple_sales', report_id, report_agency, serial_folded FROM pairs
UNION ALL
SELECT report_recipient, 'multiple_sales', report_id, 'recovery', recovery_id, recovery_agency, serial_folded
  FROM pairs WHERE report_recipient IS NOT NULL AND report_recipient <> recovery_agency
ON CONFLICT DO NOTHING;
