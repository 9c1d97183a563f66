// SPDX-License-Identifier: Apache-2.0
// The Store's private state: its connection pool, the vault that seals
// personal text, and the audit sequencer's thread (PostgreSQL).
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "saring/store.h"
#include "store/vault.h"

namespace saring {

struct Store::State {
  std::atomic<int64_t> fail_countdown{0};
  bool chains_later = false;  // PostgreSQL: entries are chained by the sequencer
  std::thread sequencer;
  std::mutex sequencer_mu;
  std::condition_variable sequencer_cv;
  bool sequencer_due = false;
  bool sequencer_stop = false;
  std::unique_ptr<store::Vault> vault;
  std::vector<std::unique_ptr<SqlConnection>> connections;
  std::mutex pool_mu;
  std::condition_variable pool_cv;
  std::vector<SqlConnection*> free;
};

}  // namespace saring
