// SPDX-License-Identifier: Apache-2.0
// One transaction per state change. A fault at any statement of a check
// leaves nothing of it behind, and the client's retry completes it:
// afterwards every stored violation is removed with exactly one strike (the
// invariant that nine separate transactions used to break), and the reply
// kept for its Idempotency-Key commits with it. Racing review decisions, and
// an appeal racing a new violation, resolve to one serial order.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "saring/store_audit.h"
#include "saring/store_cases.h"
#include "saring/store_listings.h"
#include "service_fixture.h"

namespace saring {
namespace {

using CheckAtomicityTest = ServiceTest;

std::string Violation(int n) {
  return json{{"id", "F" + std::to_string(n)},
              {"title", "Bal thrift Korea 100kg grade A, bongkar bal"},
              {"description", "WA 0812-3456-" + std::to_string(1000 + n)},
              {"seller_id", "seller" + std::to_string(n)}}
      .dump();
}

TEST_P(CheckAtomicityTest, AFaultAtAnyStatementLeavesNothingAndARetryCompletes) {
  Store& store = service_->store();
  int faults = 0;
  for (int n = 1; n < 400; ++n) {
    // The reply kept for the Idempotency-Key commits with the check.
    const httplib::Headers key = {{"Idempotency-Key", "check-" + std::to_string(n)}};
    store.FailStatementForTesting(n);
    auto first = Post("/v1/listings", Violation(n), "tokoku", key);
    ASSERT_TRUE(first);
    store.FailStatementForTesting(0);
    const std::string id = "F" + std::to_string(n);
    std::string reply = first->body;
    if (first->status >= 500) {
      ++faults;
      // Nothing of the check was kept.
      EXPECT_EQ(store.listings().Get("tokoku", id).error().code, ErrorCode::kNotFound) << n;
      EXPECT_TRUE(store.listings().ListActions("tokoku", id, "", 100)->empty()) << n;
      auto retry = Post("/v1/listings", Violation(n), "tokoku", key);
      ASSERT_EQ(retry->status, 201) << n << ": " << retry->body;
      reply = retry->body;
    } else {
      ASSERT_EQ(first->status, 201) << n << ": " << first->body;
    }
    auto replayed = Post("/v1/listings", Violation(n), "tokoku", key);
    EXPECT_EQ(replayed->status, 201) << n;
    EXPECT_EQ(replayed->get_header_value("Idempotent-Replayed"), "true") << n;
    EXPECT_EQ(replayed->body, reply) << n;
    Result<StoredListing> stored = store.listings().Get("tokoku", id);
    ASSERT_TRUE(stored.ok()) << n;
    EXPECT_EQ(stored->verdict, Verdict::kViolation);
    EXPECT_EQ(stored->status, ListingStatus::kRemoved) << n;
    int removals = 0, strikes_actions = 0;
    Result<std::vector<ActionRecord>> actions = store.listings().ListActions("tokoku", id, "", 100);
    ASSERT_TRUE(actions.ok());
    for (const ActionRecord& a : *actions) {
      removals += a.kind == ActionKind::kListingRemoved;
      strikes_actions += a.kind == ActionKind::kAccountWarned;
    }
    EXPECT_EQ(removals, 1) << n;
    EXPECT_EQ(strikes_actions, 1) << n;
    EXPECT_EQ(store.listings().GetSeller("tokoku", "seller" + std::to_string(n))->status,
              SellerStatus::kWarned)
        << n;
    if (first->status < 500) break;  // the fault came after the check's last statement
  }
  EXPECT_GT(faults, 20) << "a violating check should run dozens of statements";
  Result<int64_t> strikes = store.Count("strikes");
  ASSERT_TRUE(strikes.ok()) << strikes.error().ToString();
  EXPECT_EQ(*strikes, faults + 1);
  EXPECT_TRUE(store.audit().Verify()->ok);
}

// Two reviewers decide one item at once, one upholding and one dismissing:
// one wins, the other gets 409, and the listing, its actions and the seller
// agree with the winner, every time.
TEST_P(CheckAtomicityTest, RacingReviewersResolveToOneDecision) {
  Store& store = service_->store();
  int upheld = 0, dismissed = 0;
  for (int trial = 0; trial < 20; ++trial) {
    const std::string id = "R" + std::to_string(trial), seller = "rs" + std::to_string(trial);
    ASSERT_EQ(
        Post("/v1/listings",
             json{{"id", id}, {"title", "jaket bekas"}, {"seller_id", seller}}.dump(), "tokoku")
            ->status,
        201);
    Result<ReviewItem> item = store.cases().EnqueueReview("tokoku", id, "detection", 0.5, "test");
    ASSERT_TRUE(item.ok());
    const std::string path = "/v1/review/" + item->id + "/decision";
    int statuses[2] = {0, 0};
    std::vector<std::thread> reviewers;
    for (int r = 0; r < 2; ++r) {
      reviewers.emplace_back([&, r] {
        httplib::Client client("127.0.0.1", port_);
        auto reply = client.Post(path, {{"Authorization", "Bearer " + keys_["reviewer"]}},
                                 r == 0 ? R"({"decision":"uphold"})" : R"({"decision":"dismiss"})",
                                 "application/json");
        statuses[r] = reply ? reply->status : -1;
      });
    }
    for (std::thread& t : reviewers) t.join();
    ASSERT_EQ(std::min(statuses[0], statuses[1]), 200) << trial;
    ASSERT_EQ(std::max(statuses[0], statuses[1]), 409) << trial;
    const bool uphold_won = statuses[0] == 200;
    (uphold_won ? upheld : dismissed)++;
    EXPECT_EQ(store.cases().GetReviewItem("tokoku", item->id)->status,
              uphold_won ? "upheld" : "dismissed");
    EXPECT_EQ(store.listings().Get("tokoku", id)->status,
              uphold_won ? ListingStatus::kRemoved : ListingStatus::kActive)
        << trial;
    EXPECT_EQ(store.listings().ListActions("tokoku", id, "", 10)->size(), uphold_won ? 2u : 0u)
        << trial;
    EXPECT_EQ(store.listings().GetSeller("tokoku", seller)->status,
              uphold_won ? SellerStatus::kWarned : SellerStatus::kActive);
  }
  EXPECT_EQ(upheld + dismissed, 20);
}

// A seller appeals the removal that gave them their one strike, and a new
// violation of theirs is checked at the same moment. Whichever commits
// first, the seller ends as the ladder says for one live strike: the new
// removal's warning, and no suspension (which the new violation brings when
// it is checked before the reversal, as strike 2, and which the reversal
// then corrects).
TEST_P(CheckAtomicityTest, AnAppealRacingANewViolationEndsAsTheLadderSays) {
  Store& store = service_->store();
  Ladder ladder;
  ladder.steps = {"warn", "suspend:7", "ban"};
  ASSERT_TRUE(store.listings().PutLadder("tokoku", ladder, "test").ok());
  for (int trial = 0; trial < 20; ++trial) {
    const std::string seller = "as" + std::to_string(trial);
    auto listing = [&](int n) {
      return json{{"id", "A" + std::to_string(trial) + "-" + std::to_string(n)},
                  {"title", "Bal thrift Korea 100kg grade A, bongkar bal"},
                  {"seller_id", seller}}
          .dump();
    };
    auto first = Post("/v1/listings", listing(1), "tokoku");
    ASSERT_EQ(first->status, 201);
    const std::string removal = Body(first)["enforcement"]["actions"][0]["id"];
    Result<Appeal> appeal =
        store.cases().FileAppeal("tokoku", removal, "it is my own shirt", "test");
    ASSERT_TRUE(appeal.ok());
    int statuses[2] = {0, 0};
    std::thread violation([&] {
      httplib::Client client("127.0.0.1", port_);
      auto r = client.Post("/v1/listings", {{"Authorization", "Bearer " + keys_["tokoku"]}},
                           listing(2), "application/json");
      statuses[0] = r ? r->status : -1;
    });
    std::thread reversal([&] {
      httplib::Client client("127.0.0.1", port_);
      auto r = client.Post("/v1/appeals/" + appeal->id + "/decision",
                           {{"Authorization", "Bearer " + keys_["reviewer"]}},
                           R"({"decision":"reverse","reason":"own clothes"})", "application/json");
      statuses[1] = r ? r->status : -1;
    });
    violation.join();
    reversal.join();
    ASSERT_EQ(statuses[0], 201) << trial;
    ASSERT_EQ(statuses[1], 200) << trial;
    std::vector<std::string> in_force;
    Result<std::vector<ActionRecord>> actions =
        store.listings().ListActions("tokoku", "", seller, 100);
    ASSERT_TRUE(actions.ok());
    for (const ActionRecord& a : *actions) {
      if (a.status == "active") in_force.push_back(a.listing_id + " " + ActionKindName(a.kind));
    }
    std::sort(in_force.begin(), in_force.end());
    const std::string second = "A" + std::to_string(trial) + "-2";
    EXPECT_EQ(in_force,
              (std::vector<std::string>{second + " account_warned", second + " listing_removed"}))
        << trial;
    Result<SellerRecord> s = store.listings().GetSeller("tokoku", seller);
    EXPECT_EQ(s->status, SellerStatus::kWarned) << trial;
    EXPECT_EQ(s->suspended_until, 0) << trial;
    EXPECT_EQ(store.listings().Get("tokoku", "A" + std::to_string(trial) + "-1")->status,
              ListingStatus::kActive);
  }
  EXPECT_TRUE(store.audit().Verify()->ok);
}

INSTANTIATE_TEST_SUITE_P(Backends, CheckAtomicityTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace saring
