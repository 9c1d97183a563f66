-- Distributor networks (include/saring/store_networks.h): each listing's
-- near-duplicate fingerprint and wholesale signals, computed as it is
-- stored, so that linking a million listings reads them instead of
-- re-reading every text. The fingerprint is a MinHash of keyed hashes of
-- word pairs (under a key the service's secret derives): it tells how alike
-- two listings are, not what they say. Erasing a listing deletes its row.
CREATE TABLE listing_fingerprints (
  platform_id TEXT NOT NULL,
  listing_id TEXT NOT NULL,
  minhash TEXT NOT NULL,
  wholesale INTEGER NOT NULL,
  PRIMARY KEY (platform_id, listing_id)
);
-- Listings stored before: fingerprinted with the index's backlog
-- (SweepStore::IndexBacklog), which re-indexes what it is given.
INSERT INTO sweep_backlog (platform_id, listing_id)
  SELECT platform_id, listing_id FROM listings WHERE erased_at = 0
  ON CONFLICT DO NOTHING;
