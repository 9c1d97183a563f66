// SPDX-License-Identifier: Apache-2.0
// What a new policy pack and the learning loop read: shadow verdicts and
// the moderators' labels.
// A part of the Store (saring/store.h): Store::rollout().
#pragma once

#include "saring/store.h"

namespace saring {

class RolloutStore {
 public:
  explicit RolloutStore(Store& store) : store_(store) {}

  // Shadow verdicts: recorded once per (listing, version, shadow pack).
  Status RecordShadow(const std::string& platform_id, const ShadowComparison& c);
  // Counts per (active verdict, shadow verdict) for `shadow_policy`, and up
  // to `examples` listings where they differ.
  Result<std::vector<std::pair<std::pair<std::string, std::string>, int64_t>>> ShadowMatrix(
      const std::string& platform_id, const std::string& shadow_policy);
  Result<std::vector<ShadowComparison>> ShadowDisagreements(const std::string& platform_id,
                                                            const std::string& shadow_policy,
                                                            int64_t examples);

  // The latest shadow comparison of every listing for `shadow_policy`.
  Result<std::vector<ShadowComparison>> ShadowVerdicts(const std::string& platform_id,
                                                       const std::string& shadow_policy);
  // Every listing with a moderator's label, one per listing (its latest
  // decision); `platform_id` empty: every platform's (for the operator).
  Result<std::vector<ModeratorLabel>> ModeratorLabels(const std::string& platform_id);

 private:
  Store& store_;
};

}  // namespace saring
