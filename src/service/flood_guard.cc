// SPDX-License-Identifier: Apache-2.0
#include "service/flood_guard.h"

namespace saring::http {

FloodState FloodGuard::Snapshot(const Platform& p) const {
  FloodState s;
  s.tripped = p.tripped;
  s.tripped_at = p.tripped_at;
  s.recent_checks = p.recent.size();
  s.recent_rate = p.recent.empty() ? 0 : double(p.recent_violations) / double(p.recent.size());
  s.usual_rate = p.usual < 0 ? options_.prior_rate : p.usual;
  return s;
}

FloodState FloodGuard::Observe(const std::string& platform, bool violation, int64_t now_ms,
                               bool* changed) {
  std::lock_guard lock(mu_);
  Platform& p = platforms_[platform];
  if (p.usual < 0) p.usual = options_.prior_rate;
  *changed = false;
  // The check leaving the window joins the usual rate, unless it came while
  // tripped: a flood must not teach the guard that floods are usual.
  p.recent.push_back(violation);
  p.recent_violations += violation;
  if (p.recent.size() > options_.window) {
    bool old = p.recent.front();
    p.recent.pop_front();
    p.recent_violations -= old;
    if (!p.tripped) p.usual += options_.smoothing * ((old ? 1.0 : 0.0) - p.usual);
  }
  if (p.learned < options_.window) {
    ++p.learned;
    p.learned_violations += violation;
    constexpr double kPriorChecks = 10;
    p.usual = (options_.prior_rate * kPriorChecks + p.learned_violations) /
              (kPriorChecks + static_cast<double>(p.learned));
    return Snapshot(p);
  }
  FloodState s = Snapshot(p);
  bool flooding = s.recent_checks >= options_.min_checks && s.recent_rate > options_.floor &&
                  s.recent_rate >= options_.ratio * s.usual_rate;
  if (flooding && !p.tripped) {
    p.tripped = true;
    p.tripped_at = now_ms;
    *changed = true;
  } else if (!flooding && p.tripped && s.recent_rate <= options_.floor) {
    p.tripped = false;
    *changed = true;
  }
  return Snapshot(p);
}

FloodState FloodGuard::State(const std::string& platform) {
  std::lock_guard lock(mu_);
  auto it = platforms_.find(platform);
  if (it == platforms_.end()) {
    FloodState s;
    s.usual_rate = options_.prior_rate;
    return s;
  }
  return Snapshot(it->second);
}

void FloodGuard::Reset(const std::string& platform) {
  std::lock_guard lock(mu_);
  Platform& p = platforms_[platform];
  p.recent.clear();
  p.recent_violations = 0;
  p.tripped = false;
  p.tripped_at = 0;
}

}  // namespace saring::http
