-- A record holder's lost/stolen report is now held by the tracing centre of its country (decision 0016, amended;
-- lost-stolen/commands/holdAtTracingCentre.ts grants each new one). The reports filed before get the same grant, and
-- the centre the notices their matches already gave the recovering agencies. The codes are those of
-- TRACING_CENTRE_AGENCY (traces/batch/requestTraces.ts) at the time of writing.
INSERT INTO access_grants (record_type, record_id, grantee_agency_id, granted_by_user_id, created_at)
SELECT 'lost_stolen', ls.id, centre.id, ls.created_by_user_id, ls.created_at
FROM lost_stolen_reports ls
JOIN agencies holder ON holder.id = ls.owner_agency_id AND holder.kind = 'record_holder'
JOIN agencies centre ON centre.code = CASE holder.country WHEN 'US' THEN 'US-NTC' WHEN 'CA' THEN 'CA-RCMP' END
ON CONFLICT DO NOTHING;

INSERT INTO firearm_match_notices
  (recipient_agency_id, own_record_type, own_record_id, other_record_type, other_record_id, other_agency_id,
   serial_folded, created_at)
SELECT g.grantee_agency_id, 'lost_stolen', n.other_record_id, 'recovery', n.own_record_id, n.recipient_agency_id,
       n.serial_folded, n.created_at
FROM firearm_match_notices n
JOIN access_grants g ON g.record_type = 'lost_stolen' AND g.record_id = n.other_record_id AND g.revoked_at IS NULL
JOIN agencies centre ON centre.id = g.grantee_agency_id AND centre.code IN ('US-NTC', 'CA-RCMP')
JOIN lost_stolen_reports ls ON ls.id = n.other_record_id
JOIN agencies holder ON holder.id = ls.owner_agency_id AND holder.kind = 'record_holder'
WHERE n.other_record_type = 'lost_stolen' AND n.recipient_agency_id <> g.grantee_agency_id
ON CONFLICT DO NOTHING;
