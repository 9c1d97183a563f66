// SPDX-License-Identifier: Apache-2.0
// The cases people open and decide: the review queue, user reports and
// appeals against actions.
// A part of the Store (saring/store.h): Store::cases().
#pragma once

#include "saring/store.h"

namespace saring {

class CaseStore {
 public:
  explicit CaseStore(Store& store) : store_(store) {}

  // The review queue. Enqueueing a listing that already waits merges into its
  // item (the higher priority, both reasons).
  Result<ReviewItem> EnqueueReview(const std::string& platform_id, const std::string& listing_id,
                                   const std::string& reason, double priority,
                                   const std::string& actor);
  Result<std::vector<ReviewItem>> ListReview(const std::string& platform_id,
                                             const std::string& status, int64_t limit);
  Result<ReviewItem> GetReviewItem(const std::string& platform_id, const std::string& id);
  // Closes an open item as upheld or dismissed; kConflict if already closed.
  Result<ReviewItem> CloseReview(const std::string& platform_id, const std::string& id,
                                 const std::string& status, const std::string& note,
                                 const std::string& actor);

  // A user report: merged per (listing, reporter); every new reporter raises
  // the listing's review priority.
  Result<ReportOutcome> AddReport(const std::string& platform_id, const std::string& listing_id,
                                  const std::string& reporter, const std::string& reason);

  // Appeals: one pending appeal per action; reversing restores the listing,
  // removes the strike and undoes the account action it brought.
  Result<Appeal> FileAppeal(const std::string& platform_id, const std::string& action_id,
                            const std::string& statement, const std::string& actor);
  Result<std::vector<Appeal>> ListAppeals(const std::string& platform_id, const std::string& status,
                                          int64_t limit);
  // Appeals filed in [from_ms, to_ms) on one platform ("" every platform),
  // for reports: without their free text (statement and reason read "").
  Result<std::vector<Appeal>> AppealsFiledBetween(const std::string& platform_id, int64_t from_ms,
                                                  int64_t to_ms);
  Result<Appeal> DecideAppeal(const std::string& platform_id, const std::string& appeal_id,
                              bool reverse, const std::string& reason, const std::string& actor);

 private:
  Store& store_;
};

}  // namespace saring
