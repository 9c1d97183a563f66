// SPDX-License-Identifier: Apache-2.0
// Shadow verdicts of a candidate pack and the moderators' labels that
// training learns from.
#include "saring/store_rollout.h"

#include "store/store_internal.h"
#include "store/store_state.h"
#include "store/vault.h"

namespace saring {

namespace {

// kListingColumns, each qualified by the table alias `l`.
std::string QualifiedListingColumns() {
  std::string out = "l.";
  for (const char* c = store::kListingColumns; *c; ++c) {
    out += *c;
    if (*c == ' ') out += "l.";
  }
  return out;
}

}  // namespace

Status RolloutStore::RecordShadow(const std::string& platform_id, const ShadowComparison& c) {
  return store_.Atomically([&](Store::Tx& tx) { return tx.RecordShadow(platform_id, c); });
}

Status Store::Tx::RecordShadow(const std::string& platform_id, const ShadowComparison& c) {
  return db_->Exec(
      "INSERT INTO shadow_decisions (platform_id, listing_id, version, active_policy, "
      "active_verdict, shadow_policy, shadow_verdict, shadow_score, created_at) VALUES ($1, $2, "
      "$3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING",
      {platform_id, c.listing_id, c.version, c.active_policy, c.active_verdict, c.shadow_policy,
       c.shadow_verdict, c.shadow_score, NowMillis()});
}

Result<std::vector<std::pair<std::pair<std::string, std::string>, int64_t>>>
RolloutStore::ShadowMatrix(const std::string& platform_id, const std::string& shadow_policy) {
  Store::Lease db = store_.Acquire();
  Result<std::vector<SqlRow>> rows = db->Query(
      "SELECT active_verdict, shadow_verdict, COUNT(*) FROM shadow_decisions WHERE platform_id = "
      "$1 AND shadow_policy = $2 GROUP BY active_verdict, shadow_verdict ORDER BY 1, 2",
      {platform_id, shadow_policy});
  if (!rows.ok()) return rows.error();
  std::vector<std::pair<std::pair<std::string, std::string>, int64_t>> out;
  for (const SqlRow& r : *rows) out.push_back({{r.Text(0), r.Text(1)}, r.Int(2)});
  return out;
}

Result<std::vector<ShadowComparison>> RolloutStore::ShadowDisagreements(
    const std::string& platform_id, const std::string& shadow_policy, int64_t examples) {
  Store::Lease db = store_.Acquire();
  return store::MapRows(
      db.get(),
      std::string("SELECT ") + store::kShadowColumns +
          " FROM shadow_decisions WHERE platform_id = $1 AND shadow_policy = $2 AND "
          "active_verdict <> shadow_verdict ORDER BY created_at DESC, listing_id LIMIT $3",
      {platform_id, shadow_policy, examples}, store::ShadowFromRow);
}

Result<std::vector<ModeratorLabel>> RolloutStore::ModeratorLabels(const std::string& platform_id) {
  static const std::string kSql =
      "SELECT " + QualifiedListingColumns() +
      ", x.violation, x.source, x.decided_at FROM ("
      " SELECT platform_id, listing_id, CASE WHEN status = 'upheld' THEN 1 ELSE 0 END AS violation,"
      " 'review' AS source, decided_at FROM review_items WHERE status IN ('upheld', 'dismissed')"
      " UNION ALL"
      " SELECT a.platform_id, c.listing_id, CASE WHEN a.status = 'upheld' THEN 1 ELSE 0 END,"
      " 'appeal', a.decided_at FROM appeals a JOIN actions c ON c.id = a.action_id"
      " WHERE a.status IN ('upheld', 'reversed') AND c.kind = 'listing_removed'"
      ") x JOIN listings l ON l.platform_id = x.platform_id AND l.listing_id = x.listing_id"
      " WHERE $1 = '' OR x.platform_id = $1"
      " ORDER BY x.platform_id, x.listing_id, x.decided_at, x.source DESC";
  Store::Lease db = store_.Acquire();
  Result<std::vector<SqlRow>> rows = db->Query(kSql, {platform_id});
  if (!rows.ok()) return rows.error();
  std::vector<ModeratorLabel> out;
  for (const SqlRow& r : *rows) {
    constexpr size_t n = store::kListingColumnCount;
    ModeratorLabel label{store::ListingFromRow(r), r.Int(n) != 0, r.Text(n + 1), r.Int(n + 2)};
    // Rows come in decision order per listing: a later decision replaces
    // the earlier one (an appeal after the review that removed it).
    if (!out.empty() && out.back().listing.platform_id == label.listing.platform_id &&
        out.back().listing.listing_id == label.listing.listing_id) {
      out.back() = std::move(label);
    } else {
      out.push_back(std::move(label));
    }
  }
  // Erased listings have no text left to learn from.
  std::vector<ModeratorLabel> readable;
  for (ModeratorLabel& label : out) {
    Status opened = store::OpenListing(*store_.state_->vault, db.get(), &label.listing);
    if (!opened.ok()) return opened.error();
    if (!label.listing.erased) readable.push_back(std::move(label));
  }
  return readable;
}

Result<std::vector<ShadowComparison>> RolloutStore::ShadowVerdicts(
    const std::string& platform_id, const std::string& shadow_policy) {
  Store::Lease db = store_.Acquire();
  Result<std::vector<ShadowComparison>> all =
      store::MapRows(db.get(),
                     std::string("SELECT ") + store::kShadowColumns +
                         " FROM shadow_decisions WHERE platform_id = $1 AND shadow_policy = $2 "
                         "ORDER BY listing_id, version",
                     {platform_id, shadow_policy}, store::ShadowFromRow);
  if (!all.ok()) return all;
  std::vector<ShadowComparison> latest;
  for (ShadowComparison& c : *all) {
    if (!latest.empty() && latest.back().listing_id == c.listing_id) {
      latest.back() = std::move(c);
    } else {
      latest.push_back(std::move(c));
    }
  }
  return latest;
}

}  // namespace saring
