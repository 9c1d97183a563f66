// SPDX-License-Identifier: Apache-2.0
#include "service/retention_sweeper.h"

#include <iostream>

#include "saring/store_erasure.h"

namespace saring::http {

RetentionSweeper::RetentionSweeper(Store* store, int64_t retention_ms, int64_t interval_ms)
    : store_(store), retention_ms_(retention_ms), interval_ms_(interval_ms) {
  thread_ = std::thread([this] { Run(); });
}

RetentionSweeper::~RetentionSweeper() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void RetentionSweeper::Run() {
  std::unique_lock lock(mu_);
  while (!stopping_) {
    lock.unlock();
    // Batches, so that one sweep never holds the write lock for long.
    for (;;) {
      Result<int64_t> erased = store_->erasure().EraseExpired(retention_ms_, 1000);
      if (!erased.ok()) {
        std::cerr << "saring: retention sweep: " << erased.error().ToString() << "\n";
        break;
      }
      if (*erased == 0) break;
    }
    lock.lock();
    wake_.wait_for(lock, std::chrono::milliseconds(interval_ms_), [this] { return stopping_; });
  }
}

}  // namespace saring::http
