// SPDX-License-Identifier: Apache-2.0
// Limits that hold across processes: two stores opened on one database stand
// for two nodes (two `saring serve`, or a server and a worker).
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "pg_server.h"
#include "saring/store.h"
#include "saring/store_audit.h"
#include "service/flood_guard.h"

namespace saring {
namespace {

using http::FloodState;

const std::string kSecret(32, 's');

class SharedLimitsTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("saring-limits-" + std::to_string(::getpid()) + "-" + GetParam());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    std::string url = "sqlite:" + (dir_ / "saring.db").string();
    if (GetParam() == "postgres") {
      std::string why;
      testing::PostgresServer* pg = testing::PostgresServer::Shared(&why);
      if (!pg && std::getenv("SARING_SKIP_POSTGRES")) GTEST_SKIP() << why;
      ASSERT_NE(pg, nullptr) << why;
      url = pg->NewDatabase();
    }
    for (auto* node : {&a_, &b_}) {
      Result<std::unique_ptr<Store>> s = Store::Open(url, kSecret);
      ASSERT_TRUE(s.ok()) << s.error().ToString();
      *node = std::move(s).value();
    }
    ASSERT_TRUE(a_->CreatePlatform("p", "P", "admin").ok());
  }
  void TearDown() override {
    a_.reset();
    b_.reset();
    std::filesystem::remove_all(dir_);
  }
  int64_t Logged(const std::string& action) {
    auto entries = a_->audit().List("p", 0, 10000);
    EXPECT_TRUE(entries.ok());
    int64_t n = 0;
    for (const AuditEntry& e : entries.value_or({})) n += e.action == action;
    return n;
  }
  static FloodGuardOptions Small(size_t window = 40) {
    FloodGuardOptions o;
    o.window = window;
    o.min_checks = 20;
    o.prior_rate = 0.05;
    return o;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> a_, b_;
};

// A node that has seen none of a platform's traffic still guards it with
// what the other nodes learned: alone, it would be learning and never trip.
TEST_P(SharedLimitsTest, ANodeTripsOnWhatTheOthersLearnedAndTheTripIsAuditedOnce) {
  http::FloodGuard first(Small(), a_.get()), second(Small(), b_.get());
  for (int i = 0; i < 40; ++i) ASSERT_FALSE(first.Observe("p", false, i).tripped);
  ASSERT_TRUE(first.Sync().ok());
  ASSERT_TRUE(second.State("p").ok());  // as its syncer does when the platform first comes
  int tripped_after = -1;
  for (int i = 0; i < 20 && tripped_after < 0; ++i) {
    if (second.Observe("p", true, 100 + i).tripped) tripped_after = i;
  }
  ASSERT_GE(tripped_after, 0) << "the second node did not see the first's checks";
  EXPECT_EQ(Logged("flood_guard.tripped"), 0);  // not merged yet
  ASSERT_TRUE(second.Sync().ok());
  EXPECT_EQ(Logged("flood_guard.tripped"), 1);
  Result<FloodState> seen_by_first = first.State("p");
  ASSERT_TRUE(seen_by_first.ok());
  EXPECT_TRUE(seen_by_first->tripped);
  EXPECT_EQ(seen_by_first->recent_checks, 40u);
  ASSERT_TRUE(second.Sync().ok());
  EXPECT_EQ(Logged("flood_guard.tripped"), 1);  // merged once

  // A person's reset on one node clears it for all.
  Result<FloodState> reset = first.Reset("p", "k_person");
  ASSERT_TRUE(reset.ok());
  EXPECT_FALSE(reset->tripped);
  Result<FloodState> seen_by_second = second.State("p");
  ASSERT_TRUE(seen_by_second.ok());
  EXPECT_FALSE(seen_by_second->tripped);
  EXPECT_EQ(seen_by_second->recent_checks, 0u);
  EXPECT_EQ(Logged("flood_guard.reset"), 1);
}

// Two nodes observing and merging at once, with their syncers running:
// every check lands in the shared window once.
TEST_P(SharedLimitsTest, ConcurrentMergesLoseAndRepeatNoCheck) {
  FloodGuardOptions options = Small(5000);
  options.sync_interval_ms = 2;
  {
    http::FloodGuard first(options, a_.get()), second(options, b_.get());
    first.StartSyncing(std::chrono::milliseconds(options.sync_interval_ms));
    second.StartSyncing(std::chrono::milliseconds(options.sync_interval_ms));
    auto observe = [](http::FloodGuard* guard) {
      for (int i = 0; i < 1000; ++i) {
        guard->Observe("p", i % 4 == 0, i);
        if (i % 50 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    };
    std::thread t1(observe, &first), t2(observe, &second);
    t1.join();
    t2.join();
  }  // each merges what is left as it stops
  http::FloodGuard reader(options, a_.get());
  Result<FloodState> state = reader.State("p");
  ASSERT_TRUE(state.ok()) << state.error().ToString();
  EXPECT_EQ(state->recent_checks, 2000u);
  EXPECT_DOUBLE_EQ(state->recent_rate, 0.25);
}

// A merge that fails keeps its checks for the next one.
TEST_P(SharedLimitsTest, AFailedMergeKeepsItsChecks) {
  http::FloodGuard guard(Small(5000), a_.get());
  for (int i = 0; i < 10; ++i) guard.Observe("p", true, i);
  a_->FailStatementForTesting(3);
  EXPECT_FALSE(guard.Sync().ok());
  a_->FailStatementForTesting(0);
  for (int i = 0; i < 5; ++i) guard.Observe("p", false, 10 + i);
  http::FloodGuard reader(Small(5000), b_.get());
  EXPECT_EQ(reader.State("p")->recent_checks, 0u);
  ASSERT_TRUE(guard.Sync().ok());
  Result<FloodState> state = reader.State("p");
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->recent_checks, 15u);
  EXPECT_NEAR(state->recent_rate, 10.0 / 15, 1e-9);
}

TEST_P(SharedLimitsTest, ATokenBucketIsOneAcrossNodes) {
  const double rate = 1.0 / 60, burst = 3;
  EXPECT_EQ(a_->TakeToken("reports", "k1", rate, burst).value_or(-1), 0);
  EXPECT_EQ(b_->TakeToken("reports", "k1", rate, burst).value_or(-1), 0);
  EXPECT_EQ(a_->TakeToken("reports", "k1", rate, burst).value_or(-1), 0);
  Result<int64_t> refused = b_->TakeToken("reports", "k1", rate, burst);
  ASSERT_TRUE(refused.ok());
  EXPECT_GT(*refused, 0);
  EXPECT_LE(*refused, 60);
  EXPECT_GT(a_->TakeToken("reports", "k1", rate, burst).value_or(0), 0);
  // Another key, or another scope, has a bucket of its own.
  EXPECT_EQ(b_->TakeToken("reports", "k2", rate, burst).value_or(-1), 0);
  EXPECT_EQ(b_->TakeToken("other", "k1", rate, burst).value_or(-1), 0);
  // No rate: no limit.
  for (int i = 0; i < 5; ++i) EXPECT_EQ(a_->TakeToken("reports", "k1", 0, 0).value_or(-1), 0);
}

// Two nodes taking tokens at once take exactly the burst between them.
TEST_P(SharedLimitsTest, ConcurrentTakersShareOneBurst) {
  std::atomic<int> taken{0};
  auto take = [&](Store* s) {
    for (int i = 0; i < 20; ++i) {
      Result<int64_t> wait = s->TakeToken("reports", "k", 1.0 / 3600, 10);
      ASSERT_TRUE(wait.ok()) << wait.error().ToString();
      taken += *wait == 0;
    }
  };
  std::thread t1(take, a_.get()), t2(take, b_.get());
  t1.join();
  t2.join();
  EXPECT_EQ(taken.load(), 10);
}

INSTANTIATE_TEST_SUITE_P(Backends, SharedLimitsTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace saring
