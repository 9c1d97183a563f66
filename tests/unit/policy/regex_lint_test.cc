// SPDX-License-Identifier: Apache-2.0
#include "policy/regex_lint.h"

#include <gtest/gtest.h>

#include "saring/normalizer.h"

namespace saring::policy_internal {
namespace {

TEST(RegexLintTest, AcceptsWhatTheNormalizedTextCanHold) {
  for (const char* regex :
       {"\\bex ?japan", "\\b\\d+ ?(rb|ribu|k)\\b", "\\bnemu\\b[^.!?\\n]{0,60}\\bharga",
        "\\b[a-c]{2,3}x?\\b", "^ (\\d+ )?(tips|cara)\\b", "\\b(?:ex|eks) korea", "ab*c",
        "\\bbeli [oo]k", "\\bkk?ota", "aa*b", "x{0,1}x", "\\bcuci ?(dan)? ?setrika", "-?an\\b",
        "\\bmajun\\b.{0,40}\\bdari"}) {
    EXPECT_EQ(UnmatchableLiteral(regex, true), "") << regex;
  }
}

TEST(RegexLintTest, NamesTheFirstLiteralTheTextNeverHolds) {
  EXPECT_EQ(UnmatchableLiteral("\\btinggi \\d+ ?cm", true),
            "repeats the letter in 'gg' (the normalizer writes every run of a letter once)");
  EXPECT_EQ(UnmatchableLiteral("\\btinggi \\d+ ?cm", false), "");
  EXPECT_EQ(UnmatchableLiteral("\\d+ ?(rb|k)? ?- ?\\d+", true),
            "needs '-' (the normalized text holds only lowercase letters, digits and single "
            "spaces)");
  EXPECT_EQ(UnmatchableLiteral("(per|/|se) ?hari", true).rfind("needs '/'", 0), 0u);
  EXPECT_EQ(UnmatchableLiteral("cuci ?(\\+|dan)? ?setrika", true).rfind("needs '\\+'", 0), 0u);
  EXPECT_EQ(UnmatchableLiteral("\\bEx Japan", true).rfind("needs 'E'", 0), 0u);
}

// The lint's alphabet is the normalizer's: what it accepts, text can reach.
TEST(RegexLintTest, AgreesWithTheNormalizer) {
  const Normalizer normalizer;
  EXPECT_EQ(normalizer.NormalizeTerm("Tinggi 160-170 cm, ex/korea + 50rb!"),
            "tingi 160 170 cm ex korea 50rb");
}

}  // namespace
}  // namespace saring::policy_internal
