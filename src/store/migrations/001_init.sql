-- Saring schema, version 1: platforms, API keys, listings with decisions,
-- sellers with hashed identifiers, idempotency keys, the audit chain.
-- Portable SQL: runs unchanged on SQLite 3.40 and PostgreSQL 15.
CREATE TABLE platforms (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE api_keys (
  key_id TEXT PRIMARY KEY,
  platform_id TEXT NOT NULL REFERENCES platforms(id),
  role TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);

CREATE TABLE listings (
  platform_id TEXT NOT NULL REFERENCES platforms(id),
  listing_id TEXT NOT NULL,
  version BIGINT NOT NULL,
  seller_id TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  verdict TEXT NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  policy TEXT NOT NULL,
  decision TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (platform_id, listing_id)
);
CREATE INDEX listings_verdict ON listings(platform_id, verdict);
CREATE INDEX listings_seller ON listings(platform_id, seller_id);

CREATE TABLE sellers (
  platform_id TEXT NOT NULL REFERENCES platforms(id),
  seller_id TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (platform_id, seller_id)
);

CREATE TABLE seller_identifiers (
  platform_id TEXT NOT NULL,
  seller_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  hash TEXT NOT NULL,
  source TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (platform_id, seller_id, kind, hash)
);
CREATE INDEX seller_identifiers_hash ON seller_identifiers(hash);

CREATE TABLE idempotency_keys (
  platform_id TEXT NOT NULL,
  idem_key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (platform_id, idem_key)
);

CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at_ms BIGINT NOT NULL,
  platform_id TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_platform ON audit_log(platform_id, seq);
