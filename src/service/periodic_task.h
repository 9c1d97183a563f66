// SPDX-License-Identifier: Apache-2.0
// Background work of the service on a thread of its own: the retention
// sweep (ErasureStore::EraseExpired) and scheduled compliance sweeps
// (service/sweeps.h). The work runs when the service starts and then at a
// fixed interval, until the task is destroyed.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

namespace saring::http {

class PeriodicTask {
 public:
  PeriodicTask(int64_t interval_ms, std::function<void()> work);
  ~PeriodicTask();  // stops the thread, after the run in progress
  PeriodicTask(const PeriodicTask&) = delete;
  PeriodicTask& operator=(const PeriodicTask&) = delete;

 private:
  void Run();

  const int64_t interval_ms_;
  const std::function<void()> work_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace saring::http
