-- When the seller posted a listing, as the platform says (0: not given):
-- the content date of its statements of reasons, which otherwise fall back
-- to when Saring first saw it.
ALTER TABLE listings ADD COLUMN posted_at BIGINT NOT NULL DEFAULT 0;
