-- Saring schema, version 3: the human workflows. The review queue, user
-- reports, appeals against actions, and regulator notices with a status and
-- a clock per link.
ALTER TABLE actions ADD COLUMN cause_id TEXT NOT NULL DEFAULT '';

CREATE TABLE review_items (
  id TEXT PRIMARY KEY,
  platform_id TEXT NOT NULL REFERENCES platforms(id),
  listing_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  priority DOUBLE PRECISION NOT NULL,
  reports BIGINT NOT NULL DEFAULT 0,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  decided_at BIGINT NOT NULL DEFAULT 0,
  decided_by TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX review_items_open ON review_items(platform_id, listing_id) WHERE status = 'open';
CREATE INDEX review_items_queue ON review_items(platform_id, status, priority);

CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  platform_id TEXT NOT NULL REFERENCES platforms(id),
  listing_id TEXT NOT NULL,
  reporter TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX reports_once ON reports(platform_id, listing_id, reporter);

CREATE TABLE appeals (
  id TEXT PRIMARY KEY,
  platform_id TEXT NOT NULL REFERENCES platforms(id),
  action_id TEXT NOT NULL REFERENCES actions(id),
  statement TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  decided_at BIGINT NOT NULL DEFAULT 0,
  decided_by TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX appeals_pending ON appeals(action_id) WHERE status = 'pending';

CREATE TABLE notices (
  id TEXT PRIMARY KEY,
  platform_id TEXT NOT NULL REFERENCES platforms(id),
  sender TEXT NOT NULL,
  reference TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  priority TEXT NOT NULL,
  received_at BIGINT NOT NULL,
  deadline_at BIGINT NOT NULL
);
CREATE INDEX notices_platform ON notices(platform_id, received_at);

CREATE TABLE notice_items (
  notice_id TEXT NOT NULL REFERENCES notices(id),
  item_no BIGINT NOT NULL,
  url TEXT NOT NULL,
  listing_id TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  action_id TEXT NOT NULL DEFAULT '',
  answered_at BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (notice_id, item_no)
);
CREATE INDEX listings_url ON listings(platform_id, url);
