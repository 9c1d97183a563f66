// SPDX-License-Identifier: Apache-2.0
// The Store's private state: its connection pool, the vault that seals
// personal text, the audit sequencer's thread (PostgreSQL) and the group
// commit's queue (SQLite).
#pragma once

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "saring/normalizer.h"
#include "saring/store.h"
#include "saring/store_audit.h"
#include "saring/store_cases.h"
#include "saring/store_erasure.h"
#include "saring/store_listings.h"
#include "saring/store_networks.h"
#include "saring/store_notices.h"
#include "saring/store_overview.h"
#include "saring/store_rollout.h"
#include "saring/store_sweeps.h"
#include "store/vault.h"

namespace saring {

namespace store {

// The audit chain's end as the transactions of one SQLite group leave it,
// read from the log once per group.
struct ChainHead {
  bool known = false;
  int64_t seq = 0;
  std::string hash;
  std::map<std::string, int64_t> platform_seq;  // each platform's last position
};

}  // namespace store

struct Store::Pool {
  std::mutex mu;
  std::condition_variable cv;
  std::vector<SqlConnection*> free;
};

struct Store::State {
  explicit State(Store& store)
      : listings(store),
        cases(store),
        notices(store),
        erasure(store),
        rollout(store),
        audit(store),
        sweeps(store),
        networks(store),
        overview(store) {}
  ListingStore listings;
  CaseStore cases;
  NoticeStore notices;
  ErasureStore erasure;
  RolloutStore rollout;
  AuditStore audit;
  SweepStore sweeps;
  NetworkStore networks;
  OverviewStore overview;
  Normalizer normalizer;  // folds listing text for the sweep index
  std::atomic<int64_t> fail_countdown{0};
  bool chains_later = false;  // PostgreSQL: entries are chained by the sequencer
  std::thread sequencer;
  std::mutex sequencer_mu;
  std::condition_variable sequencer_cv;
  bool sequencer_due = false;
  bool sequencer_stop = false;
  std::unique_ptr<store::Vault> vault;
  std::vector<std::unique_ptr<SqlConnection>> connections;
  // SQLite: the writer alone in `writers`, readers in `readers` (WAL lets
  // them read while it writes). PostgreSQL: every connection in `readers`,
  // and `writers` is not used.
  Store::Pool readers;
  Store::Pool writers;
  Store::Pool* write_pool = &readers;
  // SQLite's group commit (store/transactions.cc).
  std::mutex group_mu;
  std::vector<GroupMember*> group_queue;
  bool group_leading = false;
};

}  // namespace saring
