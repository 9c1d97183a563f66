-- What the web console's overview and audit views read (GET /v1/overview,
-- GET /v1/audit?order=newest&listing=...). The elements of the prohibition a
-- takedown rested on are kept in the clear beside the sealed evidence: they
-- name policy elements ("offer", "used", "imported"), never a person's words,
-- so that the overview counts them without unsealing a million actions.
-- Actions taken before this column existed count as "not recorded".
ALTER TABLE actions ADD COLUMN elements TEXT NOT NULL DEFAULT '';
CREATE INDEX actions_by_time ON actions(created_at, platform_id);
-- Covering: a period's verdict mix is read from the index alone.
CREATE INDEX listings_by_decision_time ON listings(updated_at, platform_id, verdict);
CREATE INDEX appeals_by_time ON appeals(created_at);
CREATE INDEX audit_log_subject ON audit_log(subject);
CREATE INDEX audit_log_actor ON audit_log(actor);
