-- Per-subject keys that seal personal text (src/store/vault.h): a listing's
-- in its own row (content_key, key_generation: a check writes no other row),
-- any other subject's in subject_keys. Erasing a subject clears its wrapped
-- key; a later seal starts a new generation, so what was sealed before stays
-- unreadable.
ALTER TABLE listings ADD COLUMN content_key TEXT NOT NULL DEFAULT '';
ALTER TABLE listings ADD COLUMN key_generation BIGINT NOT NULL DEFAULT 0;
CREATE TABLE subject_keys (
  key_id TEXT PRIMARY KEY,
  platform_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  generation BIGINT NOT NULL,
  wrapped TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  erased_at BIGINT NOT NULL DEFAULT 0
);
-- When a listing's or a notice's content was erased (0: it is not), so that
-- the retention sweep passes over it. Kept in their own rows: an index on
-- subject_keys would cost every check another page write.
ALTER TABLE listings ADD COLUMN erased_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE notices ADD COLUMN erased_at BIGINT NOT NULL DEFAULT 0;

-- Listing urls are sealed; notices find listings by a keyed hash of the url.
ALTER TABLE listings ADD COLUMN url_hash TEXT NOT NULL DEFAULT '';
DROP INDEX listings_url;
CREATE INDEX listings_url_hash ON listings(platform_id, url_hash);

-- Stored replies are kept one day (the retention sweep).
CREATE INDEX idempotency_age ON idempotency_keys(created_at);
