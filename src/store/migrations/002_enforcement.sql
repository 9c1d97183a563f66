-- Saring schema, version 2: enforcement. Ladders of penalties per platform,
-- actions on listings and accounts (each the basis of a statement of
-- reasons), strikes that expire, and the blacklist of banned sellers'
-- identifier hashes.
CREATE TABLE ladders (
  platform_id TEXT PRIMARY KEY REFERENCES platforms(id),
  steps TEXT NOT NULL,
  strike_ttl_days BIGINT NOT NULL,
  auto_enforce INTEGER NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  platform_id TEXT NOT NULL REFERENCES platforms(id),
  kind TEXT NOT NULL,
  listing_id TEXT NOT NULL DEFAULT '',
  seller_id TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL,
  source_ref TEXT NOT NULL DEFAULT '',
  automated_detection INTEGER NOT NULL,
  automated_decision TEXT NOT NULL,
  facts TEXT NOT NULL,
  evidence TEXT NOT NULL,
  policy TEXT NOT NULL,
  content_date BIGINT NOT NULL,
  end_at BIGINT NOT NULL DEFAULT 0,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  reversed_at BIGINT NOT NULL DEFAULT 0,
  reversed_by TEXT NOT NULL DEFAULT '',
  reversal_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actions_listing ON actions(platform_id, listing_id);
CREATE INDEX actions_seller ON actions(platform_id, seller_id);

CREATE TABLE strikes (
  id TEXT PRIMARY KEY,
  platform_id TEXT NOT NULL,
  seller_id TEXT NOT NULL,
  action_id TEXT NOT NULL REFERENCES actions(id),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  removed_at BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX strikes_seller ON strikes(platform_id, seller_id);

CREATE TABLE blacklist (
  platform_id TEXT NOT NULL,
  hash TEXT NOT NULL,
  kind TEXT NOT NULL,
  banned_seller_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (platform_id, hash)
);

ALTER TABLE sellers ADD COLUMN suspended_until BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sellers ADD COLUMN evasion_of TEXT NOT NULL DEFAULT '';
