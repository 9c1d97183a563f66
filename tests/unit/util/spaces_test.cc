// SPDX-License-Identifier: Apache-2.0
#include "util/spaces.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace saring {
namespace {

// Texts of every length up to three blocks, spaces at random places, in a
// buffer with more spaces around them (which must not be counted).
std::vector<std::string> Texts() {
  std::mt19937 rng(5);
  std::vector<std::string> texts;
  for (size_t len = 0; len <= 200; ++len) {
    for (int k = 0; k < 4; ++k) {
      std::string t;
      for (size_t i = 0; i < len; ++i) t += rng() % (k + 2) == 0 ? ' ' : 'a' + rng() % 3;
      texts.push_back(t);
    }
  }
  return texts;
}

TEST(SpacesTest, SpaceMaskSeesEverySpaceAndNothingBeyond) {
  for (const std::string& t : Texts()) {
    const std::string padded = "   " + t + std::string(80, ' ');
    for (size_t at = 0; at < t.size(); at += 64) {
      const size_t len = std::min<size_t>(64, t.size() - at);
      uint64_t want = 0;
      for (size_t i = 0; i < len; ++i) want |= static_cast<uint64_t>(t[at + i] == ' ') << i;
      EXPECT_EQ(SpaceMask(padded.data() + 3 + at, len), want) << "'" << t << "' at " << at;
    }
  }
}

TEST(SpacesTest, SpaceBitsAndWordIndexAgreeWithAByteWalk) {
  SpaceBits bits;
  WordIndex words;
  for (const std::string& t : Texts()) {
    bits.Build(t.data(), t.size());
    words.Build(t);
    auto is_space = [&](size_t i) { return i == t.size() || t[i] == ' '; };
    uint32_t before = 0;
    for (size_t pos = 0; pos <= t.size(); ++pos) {
      size_t next = pos;
      while (!is_space(next)) ++next;
      ASSERT_EQ(bits.NextSpace(pos), next) << "'" << t << "' " << pos;
      ASSERT_EQ(words.WordOf(pos), before) << "'" << t << "' " << pos;
      before += pos < t.size() && t[pos] == ' ';
    }
    for (size_t end = 0; end <= t.size() + 1; ++end) {
      for (uint32_t skip = 0; skip < 3; ++skip) {
        size_t begin = end;
        for (uint32_t seen = 0; begin > 0; --begin) {
          if (is_space(begin - 1) && seen++ == skip) break;
        }
        ASSERT_EQ(bits.WordStartBefore(end, skip), begin) << "'" << t << "' " << end << " " << skip;
      }
    }
  }
}

}  // namespace
}  // namespace saring
