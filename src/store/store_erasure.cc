// SPDX-License-Identifier: Apache-2.0
// Erasure and retention of personal content: destroying subject keys
// (src/store/vault.h) in one transaction with its audit entry.
#include "saring/store_erasure.h"

#include "store/store_internal.h"
#include "store/store_state.h"
#include "store/sweep_index.h"
#include "store/vault.h"

namespace saring {

namespace {

constexpr int64_t kReplyRetentionMs = 24LL * 3600 * 1000;

// Marks the listing erased for the retention sweep, and clears its url's
// lookup hash, which would still tie a regulator's link to it, and its
// words in the sweep index. A listing stored before content was sealed
// (never keyed) has its content blanked.
Status MarkListingErased(SqlConnection* db, const std::string& platform_id,
                         const std::string& listing_id, int64_t now) {
  Status w = db->Exec(
      "UPDATE listings SET url = '', title = '', description = '', body = '', decision = 'null' "
      "WHERE platform_id = $1 AND listing_id = $2 AND key_generation = 0",
      {platform_id, listing_id});
  if (!w.ok()) return w;
  w = store::DropFromIndex(db, platform_id, listing_id);
  if (!w.ok()) return w;
  return db->Exec(
      "UPDATE listings SET url_hash = '', erased_at = $3 WHERE platform_id = $1 AND listing_id = "
      "$2",
      {platform_id, listing_id, now});
}

}  // namespace

Result<ErasureStore::ErasureOutcome> ErasureStore::Erase(const std::string& platform_id,
                                                         const std::string& seller_id,
                                                         const std::string& listing_id,
                                                         const std::string& actor) {
  if (seller_id.empty() == listing_id.empty()) {
    return InvalidArgument("name either a seller or a listing to erase");
  }
  ErasureOutcome out;
  Status st = store_.InTransaction([&](SqlConnection* db,
                                       std::vector<AuditEntry>* audit) -> Status {
    std::vector<std::string> subjects;
    Result<std::vector<SqlRow>> listings =
        seller_id.empty()
            ? db->Query(
                  "SELECT listing_id FROM listings WHERE platform_id = $1 AND listing_id = $2",
                  {platform_id, listing_id})
            : db->Query(
                  "SELECT listing_id FROM listings WHERE platform_id = $1 AND seller_id = $2 UNION "
                  "SELECT listing_id FROM actions WHERE platform_id = $1 AND seller_id = $2 AND "
                  "listing_id <> ''",
                  {platform_id, seller_id});
    if (!listings.ok()) return listings.error();
    if (!seller_id.empty()) {
      Result<std::vector<SqlRow>> seller =
          db->Query("SELECT 1 FROM sellers WHERE platform_id = $1 AND seller_id = $2",
                    {platform_id, seller_id});
      if (!seller.ok()) return seller.error();
      if (seller->empty() && listings->empty()) return NotFound("no such seller", seller_id);
      subjects.push_back(store::SellerSubject(seller_id));
      Status w =
          db->Exec("DELETE FROM seller_identifiers WHERE platform_id = $1 AND seller_id = $2",
                   {platform_id, seller_id});
      if (!w.ok()) return w;
    } else if (listings->empty()) {
      return NotFound("no such listing", listing_id);
    }
    const int64_t now = NowMillis();
    for (const SqlRow& r : *listings) {
      subjects.push_back(store::ListingSubject(r.Text(0)));
      Status w = MarkListingErased(db, platform_id, r.Text(0), now);
      if (!w.ok()) return w;
    }
    out.listings = static_cast<int64_t>(listings->size());
    Result<int64_t> erased = store_.state_->vault->Erase(db, platform_id, subjects, now);
    if (!erased.ok()) return erased.error();
    out.subjects = *erased;
    audit->push_back({0, 0, platform_id, actor, "personal_data.erased",
                      seller_id.empty() ? "listing:" + listing_id : "seller:" + seller_id,
                      "{\"subjects\":" + std::to_string(out.subjects) +
                          ",\"listings\":" + std::to_string(out.listings) + "}"});
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  Status scrubbed = store_.ScrubErasedKeys();
  if (!scrubbed.ok()) return scrubbed.error();
  return out;
}

Result<int64_t> ErasureStore::EraseExpired(int64_t retention_ms, int64_t limit) {
  const int64_t now = NowMillis();
  const int64_t cutoff = now - retention_ms;
  int64_t total = 0;
  Status st = store_.InTransaction([&](SqlConnection* db,
                                       std::vector<AuditEntry>* audit) -> Status {
    Status w = db->Exec("DELETE FROM idempotency_keys WHERE created_at < $1 AND status <> 0",
                        {now - kReplyRetentionMs});
    if (!w.ok()) return w;
    // Listings and notices not erased yet whose content nothing pending needs.
    Result<std::vector<SqlRow>> due = db->Query(
        "SELECT l.platform_id, 'listing', l.listing_id FROM listings l "
        "WHERE l.erased_at = 0 AND l.updated_at < $1 "
        "AND NOT EXISTS (SELECT 1 FROM review_items r WHERE r.platform_id = l.platform_id AND "
        "r.listing_id = l.listing_id AND r.status = 'open') "
        "AND NOT EXISTS (SELECT 1 FROM appeals a JOIN actions c ON c.id = a.action_id WHERE "
        "c.platform_id = l.platform_id AND c.listing_id = l.listing_id AND a.status = 'pending') "
        "AND NOT EXISTS (SELECT 1 FROM notice_items i JOIN notices n ON n.id = i.notice_id WHERE "
        "n.platform_id = l.platform_id AND i.listing_id = l.listing_id AND i.status = 'pending') "
        "UNION ALL "
        "SELECT n.platform_id, 'notice', n.id FROM notices n "
        "WHERE n.erased_at = 0 AND n.received_at < $1 AND NOT EXISTS (SELECT 1 FROM notice_items "
        "i WHERE i.notice_id = n.id AND i.status = 'pending') "
        "ORDER BY 1, 2, 3 LIMIT $2",
        {cutoff, limit});
    if (!due.ok()) return due.error();
    total = static_cast<int64_t>(due->size());
    for (size_t i = 0; i < due->size();) {
      const std::string platform_id = (*due)[i].Text(0);
      std::vector<std::string> subjects;
      for (; i < due->size() && (*due)[i].Text(0) == platform_id; ++i) {
        const std::string kind = (*due)[i].Text(1), id = (*due)[i].Text(2);
        w = kind == "listing"
                ? MarkListingErased(db, platform_id, id, now)
                : db->Exec("UPDATE notices SET erased_at = $2 WHERE id = $1", {id, now});
        if (!w.ok()) return w;
        subjects.push_back(kind == "listing" ? store::ListingSubject(id)
                                             : store::NoticeSubject(id));
      }
      Result<int64_t> erased = store_.state_->vault->Erase(db, platform_id, subjects, now);
      if (!erased.ok()) return erased.error();
      audit->push_back(
          {0, 0, platform_id, "system", "personal_data.expired", "platform:" + platform_id,
           "{\"subjects\":" + std::to_string(*erased) +
               ",\"retention_days\":" + std::to_string(retention_ms / 86400000) + "}"});
    }
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  if (total > 0) {  // listings and notices whose content went
    Status scrubbed = store_.ScrubErasedKeys();
    if (!scrubbed.ok()) return scrubbed.error();
  }
  return total;
}

Status Store::ScrubErasedKeys() {
  Lease db = AcquireWriter();
  return db->ExecScript(db->dialect() == SqlDialect::kSqlite ? "PRAGMA wal_checkpoint(TRUNCATE)"
                                                             : "VACUUM subject_keys");
}

}  // namespace saring
