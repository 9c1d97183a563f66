// SPDX-License-Identifier: Apache-2.0
// Where a checked listing goes after its decision.
#include "saring/enforcement.h"

namespace saring {

bool ShouldRemove(const CheckFacts& f) {
  return f.verdict == Verdict::kViolation && f.status != ListingStatus::kRemoved &&
         !f.flood_tripped && f.auto_enforce;
}

CheckPlan PlanReview(const CheckFacts& f, bool removed, bool evasion) {
  CheckPlan plan;
  plan.remove = removed;
  if (removed || f.status == ListingStatus::kRemoved) return plan;
  const bool held = f.verdict == Verdict::kViolation;  // the flood guard or a manual ladder
  if (evasion) {
    plan.review_reason = "ban_evasion";
    plan.review_priority = 2.0;
  } else if (held || f.verdict == Verdict::kReview) {
    plan.review_reason = f.flood_tripped && held ? "flood_guard" : "detection";
    plan.review_priority = f.score;
  }
  return plan;
}

}  // namespace saring
