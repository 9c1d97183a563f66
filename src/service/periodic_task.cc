// SPDX-License-Identifier: Apache-2.0
#include "service/periodic_task.h"

namespace saring::http {

PeriodicTask::PeriodicTask(int64_t interval_ms, std::function<void()> work)
    : interval_ms_(interval_ms), work_(std::move(work)) {
  thread_ = std::thread([this] { Run(); });
}

PeriodicTask::~PeriodicTask() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void PeriodicTask::Run() {
  std::unique_lock lock(mu_);
  while (!stopping_) {
    lock.unlock();
    work_();
    lock.lock();
    wake_.wait_for(lock, std::chrono::milliseconds(interval_ms_), [this] { return stopping_; });
  }
}

}  // namespace saring::http
