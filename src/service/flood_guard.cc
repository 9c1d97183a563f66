// SPDX-License-Identifier: Apache-2.0
#include "service/flood_guard.h"

#include <algorithm>
#include <optional>

namespace saring::http {
namespace {

constexpr size_t kMaxPending = 1 << 18;

}  // namespace

nlohmann::json FloodJson(const FloodState& s) {
  nlohmann::json j = {{"tripped", s.tripped},
                      {"recent_rate", s.recent_rate},
                      {"usual_rate", s.usual_rate},
                      {"recent_checks", s.recent_checks}};
  if (s.tripped) j["tripped_at"] = s.tripped_at;
  return j;
}

FloodState Snapshot(const FloodGuardOptions& options, const FloodGuardRow& w) {
  FloodState s;
  s.tripped = w.tripped;
  s.tripped_at = w.tripped_at;
  s.recent_checks = w.recent.size();
  const auto violations = std::count(w.recent.begin(), w.recent.end(), '1');
  s.recent_rate = w.recent.empty() ? 0 : double(violations) / double(w.recent.size());
  s.usual_rate = w.usual < 0 ? options.prior_rate : w.usual;
  return s;
}

bool ObserveCheck(const FloodGuardOptions& options, FloodGuardRow* w, bool violation,
                  int64_t now_ms) {
  if (w->usual < 0) w->usual = options.prior_rate;
  // The check leaving the window joins the usual rate, unless it came while
  // tripped: a flood must not teach the guard that floods are usual.
  w->recent.push_back(violation ? '1' : '0');
  if (w->recent.size() > options.window) {
    const bool old = w->recent.front() == '1';
    w->recent.erase(0, 1);
    if (!w->tripped) w->usual += options.smoothing * ((old ? 1.0 : 0.0) - w->usual);
  }
  if (w->learned < static_cast<int64_t>(options.window)) {
    ++w->learned;
    w->learned_violations += violation;
    constexpr double kPriorChecks = 10;
    w->usual = (options.prior_rate * kPriorChecks + w->learned_violations) /
               (kPriorChecks + static_cast<double>(w->learned));
    return false;
  }
  FloodState s = Snapshot(options, *w);
  const bool flooding = s.recent_checks >= options.min_checks && s.recent_rate > options.floor &&
                        s.recent_rate >= options.ratio * s.usual_rate;
  if (flooding && !w->tripped) {
    w->tripped = true;
    w->tripped_at = now_ms;
    return true;
  }
  if (!flooding && w->tripped && s.recent_rate <= options.floor) {
    w->tripped = false;
    return true;
  }
  return false;
}

FloodGuard::FloodGuard(FloodGuardOptions options, Store* store)
    : options_(options), store_(store) {}

FloodGuard::~FloodGuard() {
  StopSyncing();
  (void)Sync();
}

FloodState FloodGuard::Observe(const std::string& platform, bool violation, int64_t now_ms) {
  bool changed;
  FloodState state;
  {
    std::lock_guard lock(mu_);
    auto [it, first_seen] = platforms_.try_emplace(platform);
    Platform& p = it->second;
    // A platform new to this process starts from a fresh view until the
    // syncer, woken now, brings in the shared one.
    changed = ObserveCheck(options_, &p.view, violation, now_ms) || first_seen;
    if (store_ != nullptr) {
      // Bounded while nothing merges (no syncer, or the database gone for
      // long): the oldest unmerged checks go first.
      if (p.pending.size() >= kMaxPending) {
        p.pending.erase(p.pending.begin(), p.pending.begin() + kMaxPending / 2);
      }
      p.pending.push_back({violation, now_ms});
    }
    state = Snapshot(options_, p.view);
  }
  if (changed) {
    std::lock_guard lock(sync_mu_);
    wake_ = true;
    sync_cv_.notify_one();
  }
  return state;
}

Result<FloodState> FloodGuard::State(const std::string& platform) {
  Status synced = SyncPlatform(platform);
  if (!synced.ok()) return synced.error();
  std::lock_guard lock(mu_);
  return Snapshot(options_, platforms_[platform].view);
}

Result<FloodState> FloodGuard::Reset(const std::string& platform, const std::string& actor) {
  // The recent window starts over; what was learned stays.
  auto clear = [](FloodGuardRow* w) {
    w->recent.clear();
    w->tripped = false;
    w->tripped_at = 0;
  };
  std::lock_guard merging(merge_mu_);
  std::optional<FloodGuardRow> shared;
  if (store_ != nullptr) {
    Status st = store_->Atomically([&](Store::Tx& tx) -> Status {
      Result<FloodGuardRow> row = tx.LockFloodGuard(platform);
      if (!row.ok()) return row.error();
      shared = *row;
      clear(&*shared);
      Status saved = tx.SaveFloodGuard(platform, *shared);
      if (!saved.ok()) return saved;
      return tx.RecordEvent(platform, actor, "flood_guard.reset", "platform:" + platform, "{}");
    });
    if (!st.ok()) return st.error();
  }
  std::lock_guard lock(mu_);
  Platform& p = platforms_[platform];
  // What this process saw before the reset is part of the window cleared.
  p.pending.clear();
  if (shared) {
    p.view = *shared;
  } else {
    clear(&p.view);
  }
  return Snapshot(options_, p.view);
}

Status FloodGuard::SyncPlatform(const std::string& platform) {
  if (store_ == nullptr) return Status::Ok();
  std::lock_guard merging(merge_mu_);
  std::vector<Observation> merging_now;
  {
    std::lock_guard lock(mu_);
    merging_now.swap(platforms_[platform].pending);
  }
  FloodGuardRow merged;
  Status st = store_->Atomically([&](Store::Tx& tx) -> Status {
    Result<FloodGuardRow> row = tx.LockFloodGuard(platform);
    if (!row.ok()) return row.error();
    merged = *row;
    if (merging_now.empty()) return Status::Ok();
    for (const Observation& o : merging_now) {
      if (!ObserveCheck(options_, &merged, o.violation, o.at_ms)) continue;
      Status logged = tx.RecordEvent(
          platform, "system", merged.tripped ? "flood_guard.tripped" : "flood_guard.cleared",
          "platform:" + platform, FloodJson(Snapshot(options_, merged)).dump());
      if (!logged.ok()) return logged;
    }
    return tx.SaveFloodGuard(platform, merged);
  });
  std::lock_guard lock(mu_);
  Platform& p = platforms_[platform];
  if (!st.ok()) {
    // Kept for the next merge, ahead of what came since.
    p.pending.insert(p.pending.begin(), merging_now.begin(), merging_now.end());
    return st;
  }
  p.view = merged;
  for (const Observation& o : p.pending) ObserveCheck(options_, &p.view, o.violation, o.at_ms);
  return Status::Ok();
}

Status FloodGuard::Sync() {
  std::vector<std::string> names;
  {
    std::lock_guard lock(mu_);
    for (const auto& entry : platforms_) names.push_back(entry.first);
  }
  Status first_error = Status::Ok();
  for (const std::string& name : names) {
    Status st = SyncPlatform(name);
    if (!st.ok() && first_error.ok()) first_error = st;
  }
  return first_error;
}

void FloodGuard::StartSyncing(std::chrono::milliseconds interval) {
  if (store_ == nullptr || syncer_.joinable() || interval.count() <= 0) return;
  syncer_ = std::thread([this, interval] {
    std::unique_lock lock(sync_mu_);
    while (!stop_) {
      sync_cv_.wait_for(lock, interval, [&] { return stop_ || wake_; });
      wake_ = false;
      lock.unlock();
      (void)Sync();  // what failed stays pending for the next round
      lock.lock();
    }
  });
}

void FloodGuard::StopSyncing() {
  if (!syncer_.joinable()) return;
  {
    std::lock_guard lock(sync_mu_);
    stop_ = true;
  }
  sync_cv_.notify_one();
  syncer_.join();
}

}  // namespace saring::http
