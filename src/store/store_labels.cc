// SPDX-License-Identifier: Apache-2.0
// The moderators' labels: review decisions and appeal outcomes, read back as
// labeled listings for `saring train --from-db`, `saring discover --from-db`
// and the shadow pack's agreement with reviewers.
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

Result<std::vector<ModeratorLabel>> Store::ModeratorLabels(const std::string& platform_id) {
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
  Lease db = Acquire();
  Result<std::vector<SqlRow>> rows = db->Query(kSql, {platform_id});
  if (!rows.ok()) return rows.error();
  std::vector<ModeratorLabel> out;
  for (const SqlRow& r : *rows) {
    ModeratorLabel label{store::ListingFromRow(r), r.Int(16) != 0, r.Text(17), r.Int(18)};
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
    Status opened = store::OpenListing(*state_->vault, db.get(), &label.listing);
    if (!opened.ok()) return opened.error();
    if (!label.listing.erased) readable.push_back(std::move(label));
  }
  return readable;
}

Result<std::vector<ShadowComparison>> Store::ShadowVerdicts(const std::string& platform_id,
                                                            const std::string& shadow_policy) {
  Lease db = Acquire();
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
