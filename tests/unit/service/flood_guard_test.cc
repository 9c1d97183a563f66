// SPDX-License-Identifier: Apache-2.0
#include "service/flood_guard.h"

#include <gtest/gtest.h>

namespace saring::http {
namespace {

FloodGuardOptions Small() {
  FloodGuardOptions o;
  o.window = 40;
  o.min_checks = 20;
  o.ratio = 5;
  o.floor = 0.2;
  o.prior_rate = 0.05;
  return o;
}

TEST(FloodGuardTest, TripsOnASuddenRiseAndClearsWhenItPasses) {
  FloodGuard guard(Small());
  // The usual traffic: one violation in twenty.
  for (int i = 0; i < 200; ++i) {
    FloodState s = guard.Observe("p", i % 20 == 0, i);
    ASSERT_FALSE(s.tripped) << i;
  }
  EXPECT_NEAR(guard.State("p").value().usual_rate, 0.05, 0.02);
  // Then every check is a violation: it trips as the recent rate passes the floor.
  int tripped_at = -1;
  for (int i = 0; i < 40 && tripped_at < 0; ++i) {
    FloodState s = guard.Observe("p", true, 1000 + i);
    if (s.tripped) tripped_at = i;
  }
  ASSERT_GE(tripped_at, 0);
  EXPECT_LT(tripped_at, 15);
  EXPECT_FALSE(guard.State("other").value().tripped);  // per platform
  // It stays tripped while the flood lasts, and the flood does not become usual.
  for (int i = 0; i < 100; ++i) guard.Observe("p", true, 2000 + i);
  EXPECT_TRUE(guard.State("p").value().tripped);
  EXPECT_LT(guard.State("p").value().usual_rate, 0.1);
  // Quiet again: it clears by itself once the recent rate is back under the floor.
  bool cleared = false;
  for (int i = 0; i < 40; ++i) cleared |= !guard.Observe("p", false, 3000 + i).tripped;
  EXPECT_TRUE(cleared);
}

TEST(FloodGuardTest, LearnsBeforeItGuardsAndKnowsBusyPlatforms) {
  FloodGuard guard(Small());
  // A platform whose first checks are all violations: learned, not tripped.
  for (int i = 0; i < 40; ++i) EXPECT_FALSE(guard.Observe("p", true, i).tripped) << i;
  EXPECT_GT(guard.State("p").value().usual_rate, 0.7);
  // A platform where a third of the listings are violations does not trip at that rate.
  FloodGuard busy(Small());
  for (int i = 0; i < 400; ++i) EXPECT_FALSE(busy.Observe("b", i % 3 == 0, i).tripped);
  // After learning a quiet platform, 19 violations in a row trip it; a reset clears it.
  FloodGuard quiet(Small());
  for (int i = 0; i < 40; ++i) quiet.Observe("q", false, i);
  bool tripped = false;
  for (int i = 0; i < 19; ++i) tripped |= quiet.Observe("q", true, 100 + i).tripped;
  EXPECT_TRUE(tripped);
  ASSERT_TRUE(quiet.Reset("q", "tester").ok());
  EXPECT_FALSE(quiet.State("q").value().tripped);
  EXPECT_EQ(quiet.State("q").value().recent_checks, 0u);
}

}  // namespace
}  // namespace saring::http
