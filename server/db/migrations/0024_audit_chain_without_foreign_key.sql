-- audit_events.chain needs no foreign key (decision 0002, amendment): appendAudit takes the chain from the
-- audit_chains row it holds locked, and `rastro audit verify` names any row whose chain has no head. The key cost a
-- trigger per audit row: ~7 µs of every row's ~35 µs on the embedded database, 3 s of a 100,000-trace batch.
ALTER TABLE audit_events DROP CONSTRAINT IF EXISTS audit_events_chain_fkey;
