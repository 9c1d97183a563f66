// SPDX-License-Identifier: Apache-2.0
// Runs the store's retention sweep (ErasureStore::EraseExpired) when the service
// starts and then at a fixed interval, on a thread of its own.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "saring/store.h"

namespace saring::http {

class RetentionSweeper {
 public:
  RetentionSweeper(Store* store, int64_t retention_ms, int64_t interval_ms);
  ~RetentionSweeper();  // stops the thread
  RetentionSweeper(const RetentionSweeper&) = delete;
  RetentionSweeper& operator=(const RetentionSweeper&) = delete;

 private:
  void Run();

  Store* store_;
  const int64_t retention_ms_, interval_ms_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace saring::http
