// SPDX-License-Identifier: Apache-2.0
#include "match/word_automaton.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <set>
#include <tuple>

namespace saring {
namespace {

using Match = std::tuple<uint32_t, size_t, size_t>;  // pattern, begin, end

std::set<Match> Scan(const WordAutomaton& a, const std::string& text) {
  std::set<Match> out;
  a.Scan(text, [&](uint32_t p, size_t begin, size_t end) {
    EXPECT_TRUE(out.insert({p, begin, end}).second)
        << "reported twice: pattern " << p << " at " << begin << ".." << end << " in '" << text
        << "'";
  });
  return out;
}

// The definition, spelled out: from every word start, every way of walking
// the pattern's elements (leaving out optional ones) over the text followed
// by one space.
void Walk(const std::vector<LiteralElement>& pattern, size_t k, const std::string& text, size_t pos,
          uint32_t id, size_t begin, std::set<Match>* out) {
  if (k == pattern.size()) {
    out->insert({id, begin, pos});
    return;
  }
  if (pattern[k].optional) Walk(pattern, k + 1, text, pos, id, begin, out);
  if (pos > text.size()) return;
  char c = pos < text.size() ? text[pos] : ' ';
  if (pattern[k].bytes.find(c) != std::string::npos) {
    Walk(pattern, k + 1, text, pos + 1, id, begin, out);
    if (pattern[k].repeat) Walk(pattern, k, text, pos + 1, id, begin, out);
  }
}

std::set<Match> Reference(const std::vector<std::vector<LiteralElement>>& patterns,
                          const std::string& text) {
  std::set<Match> out;
  for (size_t begin = 0; begin <= text.size(); ++begin) {
    if (begin > 0 && text[begin - 1] != ' ') continue;
    for (uint32_t p = 0; p < patterns.size(); ++p)
      Walk(patterns[p], 0, text, begin, p, begin, &out);
  }
  return out;
}

std::vector<LiteralElement> Word(const std::string& w, bool whole_word) {
  std::vector<LiteralElement> out;
  for (char c : w) out.push_back(c == ' ' ? LiteralElement{" ", true} : LiteralElement{{c}, false});
  if (whole_word) out.push_back({" ", false});
  return out;
}

TEST(WordAutomatonTest, FindsTermsAtWordStartsWithTheirSpans) {
  std::vector<std::vector<LiteralElement>> patterns = {Word("bal", true), Word("baju bekas", true),
                                                       Word("thrift", false)};
  Result<WordAutomaton> a = WordAutomaton::Build(patterns);
  ASSERT_TRUE(a.ok()) << a.error().ToString();
  // "bal" inside "global" is no word start; "bajubekas" leaves the space out;
  // "thrifting" is a prefix match; the last word ends at the text's end.
  std::string text = "global bajubekas baju bekas thrifting bal";
  std::set<Match> want = {{1, 7, 17}, {1, 17, 28}, {2, 28, 34}, {0, 38, 42}};
  EXPECT_EQ(Scan(a.value(), text), want);
  EXPECT_EQ(Scan(a.value(), ""), std::set<Match>{});
  EXPECT_EQ(Scan(a.value(), "bal"), (std::set<Match>{{0, 0, 4}}));
}

// Random patterns and texts over a small alphabet, so that matches overlap,
// run across the cuts between the stretches read side by side, cross spaces
// both ways and repeat; every one must agree with the definition.
TEST(WordAutomatonTest, AgreesWithTheDefinitionOnRandomPatternsAndTexts) {
  std::mt19937 rng(7);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::vector<LiteralElement>> patterns(1 + pick(12));
    for (auto& p : patterns) {
      int len = 1 + pick(5);
      for (int i = 0; i < len; ++i) {
        switch (pick(6)) {
          case 0:
            p.push_back({" ", i > 0});  // an optional space inside, or a required one
            break;
          case 1:
            p.push_back({"a*", false});  // a masked vowel
            break;
          case 2:
            p.push_back({"ab", pick(2) == 0, true});  // [ab]* or [ab]+
            break;
          default:
            p.push_back({std::string(1, "abc"[pick(3)]), pick(8) == 0});
        }
      }
      p.push_back({std::string(1, "abc"[pick(3)]), false});  // at least one byte to match
    }
    Result<WordAutomaton> a = WordAutomaton::Build(patterns);
    ASSERT_TRUE(a.ok()) << a.error().ToString();
    for (int t = 0; t < 20; ++t) {
      std::string text;
      for (int i = pick(120); i > 0; --i) text += " abc*x"[pick(6)];
      ASSERT_EQ(Scan(a.value(), text), Reference(patterns, text)) << "text '" << text << "'";
    }
  }
}

TEST(WordAutomatonTest, RefusesPatternsThatMatchNothing) {
  Result<WordAutomaton> a = WordAutomaton::Build({Word("bal", true), {{" ", true}}});
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().message, "literal pattern 1 can match nothing");
}

TEST(WordAutomatonTest, RefusesARepeatedSpace) {
  Result<WordAutomaton> a = WordAutomaton::Build({{{"a", false}, {" ", false, true}}});
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().message, "literal pattern 0 repeats a space");
}

TEST(WordAutomatonTest, RefusesToGrowPastItsStateLimit) {
  std::vector<std::vector<LiteralElement>> patterns;
  for (const char* w : {"alpha", "bravo", "charlie", "delta"}) patterns.push_back(Word(w, true));
  Result<WordAutomaton> a = WordAutomaton::Build(patterns, 8);
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.error().message.find("more than 8 automaton states"), std::string::npos);
}

// The bytes of an automaton read back to one that finds the same; bytes
// that would make it read out of its tables are refused.
TEST(WordAutomatonTest, ReadsBackTheBytesItWroteAndRefusesDamagedOnes) {
  std::vector<std::vector<LiteralElement>> patterns = {Word("bal", true), Word("baju bekas", true),
                                                       Word("thrift", false)};
  Result<WordAutomaton> a = WordAutomaton::Build(patterns);
  ASSERT_TRUE(a.ok()) << a.error().ToString();
  std::string bytes;
  a.value().AppendTo(&bytes);
  Result<WordAutomaton> read = WordAutomaton::Parse(bytes, patterns.size());
  ASSERT_TRUE(read.ok()) << read.error().ToString();
  const std::string text = "global bajubekas baju bekas thrifting bal";
  EXPECT_EQ(Scan(read.value(), text), Scan(a.value(), text));
  EXPECT_EQ(read.value().state_count(), a.value().state_count());

  // A pattern number past those of the matcher that reads it.
  EXPECT_FALSE(WordAutomaton::Parse(bytes, patterns.size() - 1).ok());
  // Cut short, or with more after it.
  EXPECT_FALSE(
      WordAutomaton::Parse(std::string_view(bytes).substr(0, bytes.size() - 1), patterns.size())
          .ok());
  EXPECT_FALSE(WordAutomaton::Parse(bytes + "x", patterns.size()).ok());
  EXPECT_FALSE(WordAutomaton::Parse("", patterns.size()).ok());
  // Layout: version, classes, start row, first accepting row (uint32 each),
  // 256 byte classes, then the transitions (a uint64 count and uint32 rows).
  const size_t header = 4 * sizeof(uint32_t) + 256;
  const size_t first_row = header + sizeof(uint64_t);
  auto with_u32 = [&](size_t at, uint32_t value) {
    std::string damaged = bytes;
    std::memcpy(damaged.data() + at, &value, sizeof value);
    return damaged;
  };
  const uint32_t classes = static_cast<uint32_t>(a.value().class_count());
  const uint32_t rows = static_cast<uint32_t>(a.value().state_count()) * classes;
  for (const std::string& damaged : {
           with_u32(0, 2),                            // another layout
           with_u32(4, 0),                            // no classes
           with_u32(4, 300),                          // more classes than bytes
           with_u32(8, rows),                         // a start past the table
           with_u32(8, 1),                            // a start inside a row
           with_u32(12, rows + classes),              // accepting rows past the table
           with_u32(first_row, rows),                 // a transition past the table
           with_u32(first_row + 4, classes + 1),      // a transition into the middle of a row
           with_u32(first_row + 8, 2 * classes - 1),  // ... or just before a row
       }) {
    EXPECT_FALSE(WordAutomaton::Parse(damaged, patterns.size()).ok());
  }
  std::string bad_class = bytes;
  bad_class[4 * sizeof(uint32_t) + 'a'] = static_cast<char>(classes);
  EXPECT_FALSE(WordAutomaton::Parse(bad_class, patterns.size()).ok());
  // A table count larger than the bytes that follow.
  std::string huge_count = bytes;
  const uint64_t huge = uint64_t{1} << 60;
  std::memcpy(huge_count.data() + header, &huge, sizeof huge);
  EXPECT_FALSE(WordAutomaton::Parse(huge_count, patterns.size()).ok());
}

}  // namespace
}  // namespace saring
