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
//
// With a store, one platform's guard is shared by every process on its
// database (every `saring serve` node and `saring worker`): each process
// decides on its own view at once, and merges what it observed into the
// shared state every sync interval (and as soon as its view trips or
// clears), taking the other processes' checks into its view. The shared
// state's trips and clears are what the audit log records.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "saring/service.h"
#include "saring/store.h"

namespace saring::http {

using saring::FloodGuardOptions;

struct FloodState {
  bool tripped = false;
  double recent_rate = 0;
  double usual_rate = 0;
  size_t recent_checks = 0;
  int64_t tripped_at = 0;
};
nlohmann::json FloodJson(const FloodState& state);

// The guard's state machine over one platform's window: records one check,
// returns true when the guard tripped or cleared on it.
bool ObserveCheck(const FloodGuardOptions& options, FloodGuardRow* window, bool violation,
                  int64_t now_ms);
FloodState Snapshot(const FloodGuardOptions& options, const FloodGuardRow& window);

class FloodGuard {
 public:
  // `store` may be null: the state is then this process's alone.
  explicit FloodGuard(FloodGuardOptions options = {}, Store* store = nullptr);
  // Stops syncing and merges what is left.
  ~FloodGuard();

  // Records one check of `platform`; returns this process's view after it.
  // Never waits for the database (it runs inside a check's transaction).
  FloodState Observe(const std::string& platform, bool violation, int64_t now_ms);
  // The state, shared by every process, after this one's checks are merged.
  Result<FloodState> State(const std::string& platform);
  // A person clears the guard: the recent window starts over, for every
  // process, with an audit entry naming `actor`.
  Result<FloodState> Reset(const std::string& platform, const std::string& actor);

  // Merges every platform's observations into the shared state and refreshes
  // this process's view of it.
  Status Sync();
  // Syncs in the background every `interval` (> 0), and at once when a view
  // trips or clears.
  void StartSyncing(std::chrono::milliseconds interval);

 private:
  struct Observation {
    bool violation;
    int64_t at_ms;
  };
  struct Platform {
    FloodGuardRow view;  // the shared state as last merged, then this process's checks since
    std::vector<Observation> pending;  // this process's checks not yet merged
  };
  Status SyncPlatform(const std::string& platform);
  void StopSyncing();

  const FloodGuardOptions options_;
  Store* const store_;
  std::mutex merge_mu_;  // one merge at a time, so that views are applied in order
  std::mutex mu_;
  std::map<std::string, Platform> platforms_;

  std::mutex sync_mu_;
  std::condition_variable sync_cv_;
  bool stop_ = false;
  bool wake_ = false;
  std::thread syncer_;
};

}  // namespace saring::http
