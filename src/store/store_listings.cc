// SPDX-License-Identifier: Apache-2.0
// Listings with their sealed content and decisions, and sellers with their
// identifier hashes.
#include "saring/store_listings.h"

#include "store/store_internal.h"
#include "store/store_state.h"
#include "store/sweep_index.h"
#include "store/vault.h"

namespace saring {

using store::JsonQuote;

using store::kListingColumns;

using store::ListingFromRow;

Result<PutListingOutcome> ListingStore::Put(const StoredListing& in,
                                            const std::vector<IdentifierHash>& identifiers,
                                            const std::string& actor) {
  return store_.Atomically<PutListingOutcome>(
      [&](Store::Tx& tx) { return tx.PutListing(in, identifiers, actor); });
}

Result<PutListingOutcome> Store::Tx::PutListing(const StoredListing& in,
                                                const std::vector<IdentifierHash>& identifiers,
                                                const std::string& actor) {
  SqlConnection* db = db_;
  std::vector<AuditEntry>* audit = audit_;
  PutListingOutcome outcome;
  Status st = [&]() -> Status {
    if (db->dialect() == SqlDialect::kPostgres) {
      // Two checks of one listing at once (a redelivered event, a client's
      // retry) take turns: the second reads what the first committed.
      Status locked = db->Exec("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
                               {in.platform_id + '\n' + in.listing_id});
      if (!locked.ok()) return locked;
    }
    Result<std::vector<SqlRow>> existing =
        db->Query(std::string("SELECT ") + kListingColumns +
                      " FROM listings WHERE platform_id = $1 AND listing_id = $2",
                  {in.platform_id, in.listing_id});
    if (!existing.ok()) return existing.error();
    int64_t now = NowMillis();
    if (!existing->empty()) {
      StoredListing old = ListingFromRow((*existing)[0]);
      if (old.version == in.version) {
        Status opened = store::OpenListing(*store_->state_->vault, db, &old);
        if (!opened.ok()) return opened;
        outcome = {PutListingOutcome::Kind::kUnchanged, std::move(old)};
        return Status::Ok();
      }
      if (old.version > in.version) {
        return Conflict("version " + std::to_string(in.version) + " is older than the stored " +
                            std::to_string(old.version),
                        in.listing_id);
      }
      outcome.kind = PutListingOutcome::Kind::kUpdated;
      outcome.stored = in;
      outcome.stored.created_at = old.created_at;
      // A removed listing stays removed when the seller edits it.
      if (old.status == ListingStatus::kRemoved) outcome.stored.status = ListingStatus::kRemoved;
    } else {
      outcome.kind = PutListingOutcome::Kind::kCreated;
      outcome.stored = in;
      outcome.stored.created_at = now;
    }
    StoredListing& s = outcome.stored;
    s.updated_at = now;
    StoredListing sealed = s;
    Result<store::SubjectKey> key =
        store_->state_->vault->ListingKey(db, s.platform_id, s.listing_id);
    if (!key.ok()) return key.error();
    store_->state_->vault->SealFields(*key, {&sealed.url, &sealed.title, &sealed.description,
                                             &sealed.text, &sealed.decision_json});
    Status w = db->Exec(
        std::string("INSERT INTO listings (") + kListingColumns +
            ", url_hash, content_key, key_generation) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
            "$10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) "
            "ON CONFLICT (platform_id, listing_id) DO UPDATE SET version = $3, seller_id = $4, "
            "kind = $5, url = $6, title = $7, description = $8, body = $9, status = $10, "
            "verdict = $11, score = $12, policy = $13, decision = $14, updated_at = $16, "
            "posted_at = $17, url_hash = $18, content_key = $19, key_generation = $20, "
            "erased_at = 0",
        {s.platform_id,
         s.listing_id,
         s.version,
         s.seller_id,
         s.kind,
         sealed.url,
         sealed.title,
         sealed.description,
         sealed.text,
         ListingStatusName(s.status),
         VerdictName(s.verdict),
         s.score,
         s.policy,
         sealed.decision_json,
         s.created_at,
         s.updated_at,
         s.posted_at,
         store_->state_->vault->LookupHash(s.platform_id, s.url),
         key->wrapped,
         key->generation});
    if (!w.ok()) return w;
    w = store::IndexListing(db, *store_->state_->vault, store_->state_->normalizer, s);
    if (!w.ok()) return w;
    if (!s.seller_id.empty()) {
      w = store::EnsureSeller(db, s.platform_id, s.seller_id, identifiers, now);
      if (!w.ok()) return w;
    }
    audit->push_back(
        AuditEntry{0, 0, s.platform_id, actor, "listing.checked", "listing:" + s.listing_id,
                   "{\"version\":" + std::to_string(s.version) + ",\"verdict\":\"" +
                       VerdictName(s.verdict) + "\",\"score\":" + std::to_string(s.score) +
                       ",\"policy\":" + JsonQuote(s.policy) + "}"});
    return Status::Ok();
  }();
  if (!st.ok()) return st.error();
  return outcome;
}

Result<StoredListing> ListingStore::Get(const std::string& platform_id,
                                        const std::string& listing_id) {
  Store::Lease db = store_.Acquire();
  return Store::Tx(&store_, db.get(), nullptr).GetListing(platform_id, listing_id);
}

Result<StoredListing> Store::Tx::GetListing(const std::string& platform_id,
                                            const std::string& listing_id) {
  SqlConnection* db = db_;
  Result<StoredListing> listing =
      store::OneRow(db,
                    std::string("SELECT ") + kListingColumns +
                        " FROM listings WHERE platform_id = $1 AND listing_id = $2",
                    {platform_id, listing_id}, ListingFromRow, "listing", listing_id);
  if (!listing.ok()) return listing;
  Status opened = store::OpenListing(*store_->state_->vault, db, &*listing);
  if (!opened.ok()) return opened.error();
  return listing;
}

Status ListingStore::PutSeller(const std::string& platform_id, const std::string& seller_id,
                               const std::vector<IdentifierHash>& identifiers,
                               const std::string& actor) {
  return store_.InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
    Status w = store::EnsureSeller(db, platform_id, seller_id, identifiers, NowMillis());
    if (!w.ok()) return w;
    std::string kinds;
    for (const IdentifierHash& id : identifiers) {
      kinds += (kinds.empty() ? "\"" : ",\"") + id.kind + "\"";
    }
    audit->push_back(AuditEntry{0, 0, platform_id, actor, "seller.registered",
                                "seller:" + seller_id, "{\"identifier_kinds\":[" + kinds + "]}"});
    return Status::Ok();
  });
}

Result<SellerRecord> ListingStore::GetSeller(const std::string& platform_id,
                                             const std::string& seller_id) {
  Store::Lease db = store_.Acquire();
  Result<SellerRecord> seller = store::OneRow(
      db.get(),
      "SELECT seller_id, status, suspended_until, evasion_of FROM sellers WHERE platform_id = $1 "
      "AND seller_id = $2",
      {platform_id, seller_id},
      [](const SqlRow& r) {
        return SellerRecord{r.Text(0),
                            ParseSellerStatus(r.Text(1)).value_or(SellerStatus::kActive),
                            r.Int(2),
                            r.Text(3),
                            {}};
      },
      "seller", seller_id);
  if (!seller.ok()) return seller;
  Result<std::vector<IdentifierHash>> ids = store::MapRows(
      db.get(),
      "SELECT kind, hash, source FROM seller_identifiers WHERE platform_id = $1 AND seller_id = "
      "$2 ORDER BY kind, hash",
      {platform_id, seller_id}, [](const SqlRow& r) {
        return IdentifierHash{r.Text(0), r.Text(1), r.Text(2)};
      });
  if (!ids.ok()) return ids.error();
  seller->identifiers = std::move(*ids);
  Result<std::vector<SqlRow>> strikes = db->Query(
      "SELECT COUNT(*) FROM strikes WHERE platform_id = $1 AND seller_id = $2 AND removed_at = 0 "
      "AND expires_at > $3",
      {platform_id, seller_id, NowMillis()});
  if (!strikes.ok()) return strikes.error();
  seller->active_strikes = strikes->empty() ? 0 : strikes->front().Int(0);
  Result<std::vector<IdentifierHash>> blacklisted = store::MapRows(
      db.get(),
      "SELECT kind, hash FROM blacklist WHERE platform_id = $1 AND banned_seller_id = $2 ORDER BY "
      "kind, hash",
      {platform_id, seller_id}, [](const SqlRow& r) {
        return IdentifierHash{r.Text(0), r.Text(1), "blacklist"};
      });
  if (!blacklisted.ok()) return blacklisted.error();
  seller->blacklisted = std::move(*blacklisted);
  return seller;
}

}  // namespace saring
