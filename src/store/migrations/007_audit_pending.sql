-- Audit entries committed with their change but not yet chained. On
-- PostgreSQL a transaction writes its entries here, so that commits need
-- no lock on the chain; the sequencer (Store::SequenceAudit, one at a time
-- across every process through an advisory lock) moves them into audit_log
-- in the order it finds them, with their sequence numbers and hashes. On
-- SQLite, whose writers are serial anyway, entries are chained at once and
-- this table stays empty.
CREATE TABLE audit_pending (
  id {{AUTO_ID}},
  at_ms BIGINT NOT NULL,
  platform_id TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail TEXT NOT NULL
);
