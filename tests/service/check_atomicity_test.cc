// SPDX-License-Identifier: Apache-2.0
// One transaction per check: a fault at any statement of a check leaves
// nothing of it behind, and the client's retry completes it. Afterwards every
// stored violation is removed with exactly one strike (the invariant that
// nine separate transactions used to break).
#include <gtest/gtest.h>

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
    store.FailStatementForTesting(n);
    auto first = Post("/v1/listings", Violation(n), "tokoku");
    ASSERT_TRUE(first);
    store.FailStatementForTesting(0);
    const std::string id = "F" + std::to_string(n);
    if (first->status >= 500) {
      ++faults;
      // Nothing of the check was kept.
      EXPECT_EQ(store.GetListing("tokoku", id).error().code, ErrorCode::kNotFound) << n;
      EXPECT_TRUE(store.ListActions("tokoku", id, "", 100)->empty()) << n;
      auto retry = Post("/v1/listings", Violation(n), "tokoku");
      ASSERT_EQ(retry->status, 201) << n << ": " << retry->body;
    } else {
      ASSERT_EQ(first->status, 201) << n << ": " << first->body;
    }
    Result<StoredListing> stored = store.GetListing("tokoku", id);
    ASSERT_TRUE(stored.ok()) << n;
    EXPECT_EQ(stored->verdict, "violation");
    EXPECT_EQ(stored->status, "removed") << n;
    int removals = 0, strikes_actions = 0;
    for (const ActionRecord& a : *store.ListActions("tokoku", id, "", 100)) {
      removals += a.kind == "listing_removed";
      strikes_actions += a.kind == "account_warned";
    }
    EXPECT_EQ(removals, 1) << n;
    EXPECT_EQ(strikes_actions, 1) << n;
    EXPECT_EQ(store.GetSeller("tokoku", "seller" + std::to_string(n))->status, "warned") << n;
    if (first->status < 500) break;  // the fault came after the check's last statement
  }
  EXPECT_GT(faults, 20) << "a violating check should run dozens of statements";
  Result<int64_t> strikes = store.Count("strikes");
  ASSERT_TRUE(strikes.ok()) << strikes.error().ToString();
  EXPECT_EQ(*strikes, faults + 1);
  EXPECT_TRUE(store.VerifyAudit()->ok);
}

INSTANTIATE_TEST_SUITE_P(Backends, CheckAtomicityTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace saring
