// SPDX-License-Identifier: Apache-2.0
// Compliance sweeps over the full-text index (store/sweep_index.h) and
// their history.
#include "saring/store_sweeps.h"

#include <algorithm>

#include "store/store_internal.h"
#include "store/store_state.h"
#include "store/sweep_index.h"
#include "store/vault.h"

namespace saring {

Result<SweepResult> SweepStore::Count(const std::string& platform_id, const std::string& query,
                                      int64_t links) {
  const store::Vault& vault = *store_.state_->vault;
  Result<store::SweepQuery> parsed = store::ParseSweepQuery(store_.state_->normalizer, query);
  if (!parsed.ok()) return parsed.error();
  const std::string key = vault.SweepWordKey(platform_id);
  if (key.empty()) return Unavailable("sweeps need the service's secret");
  Store::Lease db = store_.Acquire();
  const SqlDialect dialect = db->dialect();
  const std::string from = store::SweepMatchingListings(dialect);
  const std::string match = store::SweepMatch(dialect, key, *parsed);

  SweepResult out;
  out.platform_id = platform_id;
  out.query = query;
  out.at_ms = NowMillis();
  Result<std::vector<SqlRow>> counts =
      db->Query("SELECT l.verdict, l.policy, COUNT(*) " + from + " GROUP BY l.verdict, l.policy",
                {platform_id, match});
  if (!counts.ok()) return counts.error();
  for (const SqlRow& r : *counts) {
    const int64_t n = r.Int(2);
    out.matched += n;
    switch (ParseVerdict(r.Text(0)).value_or(Verdict::kReview)) {
      case Verdict::kViolation:
        out.violation += n;
        break;
      case Verdict::kReview:
        out.review += n;
        break;
      case Verdict::kAllow:
        out.allowed += n;
        break;
    }
    if (std::find(out.policies.begin(), out.policies.end(), r.Text(1)) == out.policies.end()) {
      out.policies.push_back(r.Text(1));
    }
  }
  std::sort(out.policies.begin(), out.policies.end());
  if (links <= 0 || out.matched == 0) return out;

  Result<std::vector<SweepLink>> found = store::MapRows(
      db.get(),
      "SELECT l.listing_id, l.url, l.seller_id, l.verdict, l.score " + from +
          " ORDER BY CASE l.verdict WHEN 'violation' THEN 0 WHEN 'review' THEN 1 ELSE 2 END, "
          "l.score DESC, l.listing_id LIMIT $3",
      {platform_id, match, links}, [](const SqlRow& r) {
        return SweepLink{r.Text(0), r.Text(1), r.Text(2),
                         ParseVerdict(r.Text(3)).value_or(Verdict::kReview), r.Real(4)};
      });
  if (!found.ok()) return found.error();
  for (SweepLink& link : *found) {
    Status opened = vault.OpenFields(db.get(), {&link.url});
    if (!opened.ok()) return opened.error();
  }
  out.links = std::move(*found);
  return out;
}

Result<SweepResult> SweepStore::Record(const std::string& platform_id, const std::string& query,
                                       int64_t links, const std::string& actor) {
  // Counted on a reader, so that a sweep over a large index does not hold
  // the writer; the figures are those of the moment the count began.
  Result<SweepResult> result = Count(platform_id, query, links);
  if (!result.ok()) return result;
  Status st = store_.InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) {
    const SweepResult& r = *result;
    Result<std::vector<SqlRow>> id = db->Query(
        "INSERT INTO sweep_runs (platform_id, query, at_ms, matched, violation, review, allowed, "
        "policies, actor) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        {r.platform_id, r.query, r.at_ms, r.matched, r.violation, r.review, r.allowed,
         store::JoinCommas(r.policies), actor});
    if (!id.ok()) return Status(id.error());
    result->run_id = (*id)[0].Int(0);
    audit->push_back(AuditEntry{
        0, 0, platform_id, actor, "sweep.run", "sweep:" + std::to_string(result->run_id),
        "{\"query\":" + store::JsonQuote(r.query) + ",\"matched\":" + std::to_string(r.matched) +
            ",\"violation\":" + std::to_string(r.violation) + ",\"review\":" +
            std::to_string(r.review) + ",\"allowed\":" + std::to_string(r.allowed) + "}"});
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  return result;
}

Result<std::vector<SweepResult>> SweepStore::History(const std::string& platform_id,
                                                     const std::string& query, int64_t since_ms,
                                                     int64_t limit) {
  Store::Lease db = store_.Acquire();
  // The newest `limit`, returned oldest first.
  Result<std::vector<SweepResult>> runs = store::MapRows(
      db.get(),
      std::string("SELECT ") + store::kSweepRunColumns +
          " FROM sweep_runs WHERE ($1 = '' OR platform_id = $1) AND ($2 = '' OR query = $2) AND "
          "at_ms >= $3 ORDER BY at_ms DESC, id DESC LIMIT $4",
      {platform_id, query, since_ms, limit}, store::SweepRunFromRow);
  if (runs.ok()) std::reverse(runs->begin(), runs->end());
  return runs;
}

Result<int64_t> SweepStore::IndexBacklog(int64_t limit) {
  const store::Vault& vault = *store_.state_->vault;
  if (!vault.Unlocked()) return Unavailable("indexing needs the service's secret");
  {
    // Every opening of the store asks; the answer is nearly always none,
    // and a reader gives it without taking the writer.
    Store::Lease reader = store_.Acquire();
    Result<std::vector<SqlRow>> waiting = reader->Query("SELECT 1 FROM sweep_backlog LIMIT 1");
    if (!waiting.ok()) return waiting.error();
    if (waiting->empty()) return int64_t{0};
  }
  int64_t indexed = 0;
  Status st = store_.InTransaction([&](SqlConnection* db, std::vector<AuditEntry>*) -> Status {
    Result<std::vector<SqlRow>> due = db->Query(
        std::string("SELECT ") + store::kListingColumns +
            ", erased_at FROM listings WHERE (platform_id, listing_id) IN (SELECT platform_id, "
            "listing_id FROM sweep_backlog LIMIT $1)",
        {limit});
    if (!due.ok()) return due.error();
    for (const SqlRow& r : *due) {
      StoredListing listing = store::ListingFromRow(r);
      Status w = store::OpenListing(vault, db, &listing);
      if (w.ok() && r.Int(store::kListingColumnCount) == 0 && !listing.erased) {
        w = store::IndexListing(db, vault, store_.state_->normalizer, listing);
      }
      if (w.ok()) {
        w = db->Exec("DELETE FROM sweep_backlog WHERE platform_id = $1 AND listing_id = $2",
                     {listing.platform_id, listing.listing_id});
      }
      if (!w.ok()) return w;
      ++indexed;
    }
    if (static_cast<int64_t>(due->size()) < limit) {
      // Rows whose listing is gone.
      return db->Exec(
          "DELETE FROM sweep_backlog WHERE NOT EXISTS (SELECT 1 FROM listings l WHERE "
          "l.platform_id = sweep_backlog.platform_id AND l.listing_id = sweep_backlog.listing_id)");
    }
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  return indexed;
}

Result<std::vector<std::string>> SweepStore::PlatformsWithListings() {
  Store::Lease db = store_.Acquire();
  return store::MapRows(db.get(),
                        "SELECT id FROM platforms p WHERE EXISTS (SELECT 1 FROM listings l WHERE "
                        "l.platform_id = p.id) ORDER BY id",
                        {}, [](const SqlRow& r) { return r.Text(0); });
}

}  // namespace saring
