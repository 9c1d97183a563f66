-- Compliance sweeps (include/saring/store_sweeps.h): a full-text index of
-- every listing's text, folded by the normalizer, and the history of sweeps.
-- The index holds no text: each word is a keyed hash (SipHash under a key
-- the service's secret derives per platform), so that a copy of the
-- database does not give away what sellers wrote, and one platform's words
-- cannot be matched against another's. Erasing a listing deletes its row.
-- @sqlite
-- The terms are kept once, in sweep_docs, which FTS5 indexes as external
-- content; without column sizes (nothing here ranks by them) a listing
-- costs one row besides the index.
CREATE TABLE sweep_docs (
  doc_id INTEGER PRIMARY KEY,
  platform_id TEXT NOT NULL,
  listing_id TEXT NOT NULL,
  words TEXT NOT NULL,
  UNIQUE (platform_id, listing_id)
);
CREATE VIRTUAL TABLE sweep_words USING fts5(words, content = 'sweep_docs',
  content_rowid = 'doc_id', columnsize = 0, tokenize = 'ascii');
-- @postgres
CREATE TABLE sweep_docs (
  platform_id TEXT NOT NULL,
  listing_id TEXT NOT NULL,
  words TSVECTOR NOT NULL,
  PRIMARY KEY (platform_id, listing_id)
);
CREATE INDEX sweep_docs_words ON sweep_docs USING GIN (words);
-- @all
-- Listings stored before this migration: their sealed text is indexed when
-- the store is next opened with the secret (SweepStore::IndexBacklog).
CREATE TABLE sweep_backlog (
  platform_id TEXT NOT NULL,
  listing_id TEXT NOT NULL,
  PRIMARY KEY (platform_id, listing_id)
);
INSERT INTO sweep_backlog (platform_id, listing_id)
  SELECT platform_id, listing_id FROM listings WHERE erased_at = 0;
CREATE TABLE sweep_runs (
  id {{AUTO_ID}},
  platform_id TEXT NOT NULL,
  query TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  matched BIGINT NOT NULL,
  violation BIGINT NOT NULL,
  review BIGINT NOT NULL,
  allowed BIGINT NOT NULL,
  policies TEXT NOT NULL,
  actor TEXT NOT NULL
);
CREATE INDEX sweep_runs_by_query ON sweep_runs(platform_id, query, at_ms);
CREATE INDEX sweep_runs_by_time ON sweep_runs(at_ms);
