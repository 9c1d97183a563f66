// SPDX-License-Identifier: Apache-2.0
// Erasure and retention of personal content: destroying subject keys
// (src/store/vault.h) in one transaction with its audit entry.
#include "saring/store.h"
#include "store/store_internal.h"
#include "store/vault.h"

namespace saring {

constexpr int64_t kReplyRetentionMs = 24LL * 3600 * 1000;

Result<Store::ErasureOutcome> Store::Erase(const std::string& platform_id,
                                           const std::string& seller_id,
                                           const std::string& listing_id,
                                           const std::string& actor) {
  if (seller_id.empty() == listing_id.empty()) {
    return InvalidArgument("name either a seller or a listing to erase");
  }
  ErasureOutcome out;
  Status st = InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
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
    for (const SqlRow& r : *listings) {
      subjects.push_back(store::ListingSubject(r.Text(0)));
      // The url's lookup hash would still tie a regulator's link to it.
      Status w =
          db->Exec("UPDATE listings SET url_hash = '' WHERE platform_id = $1 AND listing_id = $2",
                   {platform_id, r.Text(0)});
      if (!w.ok()) return w;
    }
    out.listings = static_cast<int64_t>(listings->size());
    Result<int64_t> erased = vault_->Erase(db, platform_id, subjects, NowMillis());
    if (!erased.ok()) return erased.error();
    out.subjects = *erased;
    audit->push_back({0, 0, platform_id, actor, "personal_data.erased",
                      seller_id.empty() ? "listing:" + listing_id : "seller:" + seller_id,
                      "{\"subjects\":" + std::to_string(out.subjects) +
                          ",\"listings\":" + std::to_string(out.listings) + "}"});
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  Status scrubbed = ScrubErasedKeys();
  if (!scrubbed.ok()) return scrubbed.error();
  return out;
}

Result<int64_t> Store::EraseExpired(int64_t retention_ms, int64_t limit) {
  const int64_t now = NowMillis();
  const int64_t cutoff = now - retention_ms;
  int64_t total = 0;
  Status st = InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
    Status w = db->Exec("DELETE FROM idempotency_keys WHERE created_at < $1 AND status <> 0",
                        {now - kReplyRetentionMs});
    if (!w.ok()) return w;
    // Subjects still holding a key whose content nothing pending needs.
    Result<std::vector<SqlRow>> due = db->Query(
        "SELECT k.platform_id, k.subject FROM subject_keys k JOIN listings l ON "
        "l.platform_id = k.platform_id AND k.subject = 'listing:' || l.listing_id "
        "WHERE k.erased_at = 0 AND l.updated_at < $1 "
        "AND NOT EXISTS (SELECT 1 FROM review_items r WHERE r.platform_id = l.platform_id AND "
        "r.listing_id = l.listing_id AND r.status = 'open') "
        "AND NOT EXISTS (SELECT 1 FROM appeals a JOIN actions c ON c.id = a.action_id WHERE "
        "c.platform_id = l.platform_id AND c.listing_id = l.listing_id AND a.status = 'pending') "
        "AND NOT EXISTS (SELECT 1 FROM notice_items i JOIN notices n ON n.id = i.notice_id WHERE "
        "n.platform_id = l.platform_id AND i.listing_id = l.listing_id AND i.status = 'pending') "
        "UNION ALL "
        "SELECT k.platform_id, k.subject FROM subject_keys k JOIN notices n ON "
        "n.platform_id = k.platform_id AND k.subject = 'notice:' || n.id "
        "WHERE k.erased_at = 0 AND n.received_at < $1 AND NOT EXISTS (SELECT 1 FROM notice_items "
        "i WHERE i.notice_id = n.id AND i.status = 'pending') "
        "ORDER BY 1, 2 LIMIT $2",
        {cutoff, limit});
    if (!due.ok()) return due.error();
    for (size_t i = 0; i < due->size();) {
      const std::string platform_id = (*due)[i].Text(0);
      std::vector<std::string> subjects;
      for (; i < due->size() && (*due)[i].Text(0) == platform_id; ++i) {
        subjects.push_back((*due)[i].Text(1));
      }
      Result<int64_t> erased = vault_->Erase(db, platform_id, subjects, now);
      if (!erased.ok()) return erased.error();
      total += *erased;
      audit->push_back(
          {0, 0, platform_id, "system", "personal_data.expired", "platform:" + platform_id,
           "{\"subjects\":" + std::to_string(*erased) +
               ",\"retention_days\":" + std::to_string(retention_ms / 86400000) + "}"});
    }
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  if (total > 0) {
    Status scrubbed = ScrubErasedKeys();
    if (!scrubbed.ok()) return scrubbed.error();
  }
  return total;
}

Status Store::ScrubErasedKeys() {
  Lease db = Acquire();
  return db->ExecScript(db->dialect() == SqlDialect::kSqlite ? "PRAGMA wal_checkpoint(TRUNCATE)"
                                                             : "VACUUM subject_keys");
}

}  // namespace saring
