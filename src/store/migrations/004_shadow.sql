-- Saring schema, version 4: verdicts of a shadow policy pack, recorded beside
-- the active pack's and never acted on.
CREATE TABLE shadow_decisions (
  platform_id TEXT NOT NULL,
  listing_id TEXT NOT NULL,
  version BIGINT NOT NULL,
  active_policy TEXT NOT NULL,
  active_verdict TEXT NOT NULL,
  shadow_policy TEXT NOT NULL,
  shadow_verdict TEXT NOT NULL,
  shadow_score DOUBLE PRECISION NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (platform_id, listing_id, version, shadow_policy)
);
