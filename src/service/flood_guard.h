// SPDX-License-Identifier: Apache-2.0
// The flood guard: when a pack suddenly flags far more of a platform's
// listings than it usually does (a bad pack version, a keyword that turned
// innocent), automated removals and account actions pause and the violations
// go to human review instead, until the rate falls back or a person resets it.
//
// Rates are counted over checks, not time: the recent rate is the share of
// violations among the platform's last `window` checks, the usual rate an
// exponentially weighted average over the checks before. The guard first
// learns: over a platform's first `window` checks the usual rate is their
// mean (with `prior_rate` counted as ten checks) and nothing trips. Then it
// trips when the recent rate is at least `ratio` times the usual one and
// above `floor`, with at least `min_checks` checks in the window.
// State is per process (one node), so a restart learns again.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>

#include "saring/service.h"

namespace saring::http {

using saring::FloodGuardOptions;

struct FloodState {
  bool tripped = false;
  double recent_rate = 0;
  double usual_rate = 0;
  size_t recent_checks = 0;
  int64_t tripped_at = 0;
};

class FloodGuard {
 public:
  explicit FloodGuard(FloodGuardOptions options = {}) : options_(options) {}

  // Records one check of `platform`. Returns the state after it and sets
  // `*changed` when the guard tripped or cleared on this check.
  FloodState Observe(const std::string& platform, bool violation, int64_t now_ms, bool* changed);
  FloodState State(const std::string& platform);
  // A person clears the guard: the recent window starts over.
  void Reset(const std::string& platform);

 private:
  struct Platform {
    std::deque<bool> recent;
    size_t recent_violations = 0;
    double usual = -1;
    size_t learned = 0;  // checks seen while learning (up to `window`)
    double learned_violations = 0;
    bool tripped = false;
    int64_t tripped_at = 0;
  };
  FloodState Snapshot(const Platform& p) const;

  FloodGuardOptions options_;
  std::mutex mu_;
  std::map<std::string, Platform> platforms_;
};

}  // namespace saring::http
