// SPDX-License-Identifier: Apache-2.0
// Compliance sweeps: the regulator's keyword searches ("baju bekas") run
// against a platform's active listings through a full-text index of their
// text (SQLite FTS5, PostgreSQL tsvector with GIN), folded by the normalizer
// so that "b4ju b3k4s" is found too. A sweep says how many active listings
// match and how Saring judged them; recorded sweeps make a history per
// query and platform, the residual the regulator's own search would find.
// A part of the Store (saring/store.h): Store::sweeps().
//
// Query syntax, as a marketplace's search box reads it: every word must be
// in the text, in any order; words in double quotes must stand together in
// that order ("baju bekas" impor). Matching is on whole words after folding.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "saring/store.h"

namespace saring {

// One matching listing, for the evidence.
struct SweepLink {
  std::string listing_id;
  std::string url;  // "" when erased
  std::string seller_id;
  Verdict verdict = Verdict::kAllow;
  double score = 0;
};

struct SweepResult {
  int64_t run_id = 0;  // > 0 when recorded in the history
  std::string platform_id;
  std::string query;
  int64_t at_ms = 0;
  int64_t matched = 0;  // active listings whose text matches
  int64_t violation = 0;
  int64_t review = 0;
  int64_t allowed = 0;
  std::vector<std::string> policies;  // the pack versions whose decisions were counted
  std::vector<SweepLink> links;       // violations first, then review, by score
  // What a regulator's search would still find that Saring does not clear.
  int64_t residual() const { return violation + review; }
};

// Longest query accepted, in bytes, and most words in one.
inline constexpr size_t kMaxSweepQueryBytes = 512;
inline constexpr size_t kMaxSweepQueryWords = 16;

class SweepStore {
 public:
  explicit SweepStore(Store& store) : store_(store) {}

  // Counts `platform_id`'s active listings matching `query`, with up to
  // `links` of them. kInvalidArgument for a query with no words, too long,
  // or with too many words.
  Result<SweepResult> Count(const std::string& platform_id, const std::string& query,
                            int64_t links);
  // Counts as Count does and keeps the figures in the history, with an
  // audit entry (sweep.run), in one transaction.
  Result<SweepResult> Record(const std::string& platform_id, const std::string& query,
                             int64_t links, const std::string& actor);
  // Recorded sweeps, oldest first: of one platform ("" every platform), one
  // query ("" every query), from `since_ms` on; at most `limit`.
  Result<std::vector<SweepResult>> History(const std::string& platform_id, const std::string& query,
                                           int64_t since_ms, int64_t limit);
  // Indexes listings stored before the index existed, at most `limit` a
  // call; how many it indexed (0: none are left). Needs the secret.
  Result<int64_t> IndexBacklog(int64_t limit = 1000);
  // The platforms that hold listings, for a regulator's sweep of all of them.
  Result<std::vector<std::string>> PlatformsWithListings();

 private:
  Store& store_;
};

}  // namespace saring
