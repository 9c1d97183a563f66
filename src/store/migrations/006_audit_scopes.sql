-- Each entry's position among its platform's entries: a platform's view of
-- the log and its Merkle tree count in it, never in the global sequence.
ALTER TABLE audit_log ADD COLUMN scope_seq BIGINT NOT NULL DEFAULT 0;
UPDATE audit_log SET scope_seq = (SELECT COUNT(*) FROM audit_log b
  WHERE b.platform_id = audit_log.platform_id AND b.seq <= audit_log.seq);
CREATE UNIQUE INDEX audit_log_scope ON audit_log(platform_id, scope_seq);
DROP INDEX audit_log_platform;  -- a platform's entries are read by scope_seq now

-- The signed tree head of the platform's audit entries right after a notice
-- was received (its receipt in the log), as JSON.
ALTER TABLE notices ADD COLUMN tree_head TEXT NOT NULL DEFAULT '';
