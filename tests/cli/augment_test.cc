// SPDX-License-Identifier: Apache-2.0
// The training data's masking (`saring train --mask`): the trade's words are
// replaced by invented ones, and nothing else of the text changes.
#include "augment.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace saring::cli {
namespace {

using Spans = std::vector<std::pair<uint32_t, uint32_t>>;

bool IsInventedWord(const std::string& w) {
  if (w.size() < 4 || w.size() > 9) return false;
  for (char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

TEST(MaskSpansTest, ReplacesTheCodeWordAndKeepsItsCompany) {
  const std::string text = "Jual cakar Korea, kemeja 20rb";
  std::mt19937_64 rng(1);
  for (int k = 0; k < 50; ++k) {
    const std::string out = MaskSpans(text, {{5, 10}}, rng);
    ASSERT_EQ(out.rfind("Jual ", 0), 0u) << out;
    const size_t rest = out.find(" Korea, kemeja 20rb");
    ASSERT_NE(rest, std::string::npos) << out;
    EXPECT_TRUE(IsInventedWord(out.substr(5, rest - 5))) << out;
    EXPECT_EQ(out.find("cakar"), std::string::npos) << out;
  }
}

TEST(MaskSpansTest, MasksAtLeastOneWordAndSometimesEach) {
  const std::string text = "bal monza";
  const Spans spans = {{0, 3}, {4, 9}};
  std::mt19937_64 rng(2);
  int kept_bal = 0, kept_monza = 0;
  for (int k = 0; k < 200; ++k) {
    const std::string out = MaskSpans(text, spans, rng);
    const bool bal = out.rfind("bal ", 0) == 0, monza = out.find(" monza") != std::string::npos;
    EXPECT_FALSE(bal && monza) << out;  // never nothing masked
    kept_bal += bal;
    kept_monza += monza;
  }
  EXPECT_GT(kept_bal, 20);
  EXPECT_GT(kept_monza, 20);
}

TEST(MaskSpansTest, OverlappingAndOutOfRangeSpansAreSafe) {
  const std::string text = "karungan jepang";
  std::mt19937_64 rng(3);
  for (int k = 0; k < 50; ++k) {
    const std::string out = MaskSpans(text, {{0, 6}, {0, 8}, {3, 8}, {9, 99}}, rng);
    EXPECT_FALSE(out.empty());
    EXPECT_LE(out.size(), text.size() + 20) << out;
  }
  EXPECT_EQ(MaskSpans(text, {}, rng), "");
}

}  // namespace
}  // namespace saring::cli
