-- Limits that must hold across every process on one database, not per
-- process: a platform's flood guard (service/flood_guard.h), whose nodes
-- merge what they observed into one window, and token buckets such as the
-- reports a reporter key may file a minute.
CREATE TABLE flood_guards (
  platform_id TEXT PRIMARY KEY,
  recent TEXT NOT NULL,               -- one '0' or '1' per check, oldest first
  usual DOUBLE PRECISION NOT NULL,
  learned BIGINT NOT NULL,
  learned_violations DOUBLE PRECISION NOT NULL,
  tripped BIGINT NOT NULL,
  tripped_at BIGINT NOT NULL
);
CREATE TABLE token_buckets (
  scope TEXT NOT NULL,
  bucket_key TEXT NOT NULL,
  tokens DOUBLE PRECISION NOT NULL,
  updated_ms BIGINT NOT NULL,
  PRIMARY KEY (scope, bucket_key)
);
