// SPDX-License-Identifier: Apache-2.0
#include "saring/matcher.h"

#include <gtest/gtest.h>

#include <set>

namespace saring {
namespace {

const char* kPack = R"(id: m
version: "1"
legal_basis: [{id: l, citation: c}]
thresholds: {violation: 0.8, review: 0.5}
groups:
  thrift:
    reversed: true
    transpositions: true
    approximate: true
    terms: ["thrift*"]
  used:
    masked_vowels: true
    terms: [bekas, "second hand"]
  bale:
    terms: [bal, "bal segel"]
  weight:
    terms: [{regex: '\b\d+ ?kg\b'}]
  slash:
    terms: [{regex: 'xq'}]
rules:
  - {id: R, description: d, any: [thrift], score: 0.5}
)";

class MatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Policy> p = LoadPolicyString(kPack, "m.yaml");
    ASSERT_TRUE(p.ok()) << p.error().ToString();
    policy_ = std::move(p).value();
    // 'x\\b' is "x", a backslash and "b". The loader refuses it (no normalized text
    // holds a backslash), but a policy built in code may still hand it to the matcher.
    policy_.groups[static_cast<size_t>(policy_.FindGroup("slash"))].terms[0].source = "x\\\\b";
    Result<std::unique_ptr<Matcher>> m = Matcher::Compile(policy_);
    ASSERT_TRUE(m.ok()) << m.error().ToString();
    matcher_ = std::move(m).value();
  }

  // "group:normalized-span" for every match in `text`.
  std::multiset<std::string> Scan(std::string_view text) {
    NormalizedText n = Normalizer().Normalize(text);
    std::vector<TermMatch> out;
    EXPECT_TRUE(matcher_->Scan(n, &out).ok());
    std::multiset<std::string> s;
    for (const TermMatch& m : out) {
      s.insert(policy_.groups[m.group].name + ":" + n.text.substr(m.begin, m.end - m.begin) +
               (m.variant ? "~" : ""));
    }
    return s;
  }

  Policy policy_;
  std::unique_ptr<Matcher> matcher_;
};

using S = std::multiset<std::string>;

TEST_F(MatcherTest, MatchesWholeWordsOnly) {
  EXPECT_EQ(Scan("jual bal murah"), S({"bale:bal"}));
  EXPECT_EQ(Scan("global balon bali"), S());
  EXPECT_EQ(Scan("bekasi"), S());
}

TEST_F(MatcherTest, PrefixTermsMatchWordStarts) {
  EXPECT_EQ(Scan("thriftshop jogja"), S({"thrift:thrift"}));
  EXPECT_EQ(Scan("nothrift"), S());
}

TEST_F(MatcherTest, MultiWordTermsMatchWithOrWithoutSpace) {
  EXPECT_EQ(Scan("baju second hand"), S({"used:second hand"}));
  EXPECT_EQ(Scan("baju secondhand"), S({"used:secondhand"}));
  EXPECT_EQ(Scan("bal segel"), S({"bale:bal", "bale:bal segel"}));
}

TEST_F(MatcherTest, MaskedVowelsMatchInGroupsThatAskForIt) {
  EXPECT_EQ(Scan("b*kas"), S({"used:b*kas"}));
  EXPECT_EQ(Scan("b*l"), S());  // the bale group does not take masks
}

TEST_F(MatcherTest, MisspellingsMatchAsVariants) {
  EXPECT_EQ(Scan("tfirht"), S({"thrift:tfirht~"}));    // reversed
  EXPECT_EQ(Scan("thirft"), S({"thrift:thirft~"}));    // transposed
  EXPECT_EQ(Scan("thrifht"), S({"thrift:thrifht~"}));  // edit distance 1
  EXPECT_EQ(Scan("thrft"), S({"thrift:thrft~"}));
  EXPECT_EQ(Scan("drift shift"), S());  // distance 2: no
}

// Every kind of single edit, anywhere in the word, and nothing at distance 2.
TEST_F(MatcherTest, EditDistanceOneCoversEveryEdit) {
  EXPECT_EQ(Scan("hrift"), S({"thrift:hrift~"}));      // first letter left out
  EXPECT_EQ(Scan("thrif"), S({"thrift:thrif~"}));      // last letter left out
  EXPECT_EQ(Scan("zhrift"), S({"thrift:zhrift~"}));    // first letter changed
  EXPECT_EQ(Scan("thr1ft"), S({"thrift:thrift"}));     // leet is undone before matching
  EXPECT_EQ(Scan("thrxft"), S({"thrift:thrxft~"}));    // a letter changed
  EXPECT_EQ(Scan("th*ift"), S({"thrift:th*ift~"}));    // a consonant masked
  EXPECT_EQ(Scan("thrifft"), S({"thrift:thrift"}));    // repeats collapse first
  EXPECT_EQ(Scan("thriftx"), S({"thrift:thrift"}));    // prefix term: a longer word
  EXPECT_EQ(Scan("thrixft"), S({"thrift:thrixft~"}));  // a letter added
  EXPECT_EQ(Scan("xthrift"), S({"thrift:xthrift~"}));  // a letter added in front
  EXPECT_EQ(Scan("thr ift"), S({"thrift:thr ift~"}));  // a space added inside
  EXPECT_EQ(Scan("xhrixt zhrifz hrif"), S());          // two edits
}

TEST_F(MatcherTest, RegexWordEdgesAreWordEdgesOfTheNormalizedText) {
  EXPECT_EQ(Scan("100kg"), S({"weight:100kg"}));  // at the very start and end
  EXPECT_EQ(Scan("a100kg b"), S());               // not at a word start
  EXPECT_EQ(Scan("100kgs"), S());                 // not at a word end
  EXPECT_EQ(Scan("isi 5kg, 10 kg"), S({"weight:5kg", "weight:10 kg"}));
}

TEST_F(MatcherTest, AnEscapedBackslashBeforeBIsNoWordEdge) {
  // The slash group's 'x\\b' (set in SetUp): no normalized text holds a backslash.
  EXPECT_EQ(Scan("x b"), S());
  EXPECT_EQ(Scan("xb"), S());
}

TEST_F(MatcherTest, RegexTermsRunOnNormalizedText) {
  EXPECT_EQ(Scan("isi 100kg"), S({"weight:100kg"}));
  EXPECT_EQ(Scan("isi 45 KG"), S({"weight:45 kg"}));
}

TEST_F(MatcherTest, ReportsSpansSortedAndDeduplicated) {
  NormalizedText n = Normalizer().Normalize("bal thrift bal");
  std::vector<TermMatch> out;
  ASSERT_TRUE(matcher_->Scan(n, &out).ok());
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].begin, 0u);
  EXPECT_EQ(out[0].end, 3u);
  EXPECT_EQ(out[1].begin, 4u);
  EXPECT_EQ(out[1].end, 10u);
  EXPECT_FALSE(out[1].variant);
  EXPECT_EQ(out[2].begin, 11u);
}

TEST_F(MatcherTest, EmptyTextHasNoMatches) { EXPECT_EQ(Scan(""), S()); }

// Vectorscan's start-of-match scan misses a match at some alignments of its
// input; the matcher must find it wherever the text puts it (a record's
// evidence once changed with the thread that read it). Each text moves the
// match's end by three bytes, through every place in a cache line.
TEST(MatcherRegexStartTest, ARegexMatchIsFoundWhereverItEnds) {
  const char* pack = R"(id: m
version: "1"
legal_basis: [{id: l, citation: c}]
thresholds: {violation: 0.8, review: 0.5}
groups:
  stall:
    terms: [{regex: '\b(beli|langanan) (di|ke) (bu|pak|mas) [a-z]+\b'}]
rules:
  - {id: R, description: d, any: [stall], score: 0.5}
)";
  Result<Policy> p = LoadPolicyString(pack, "m.yaml");
  ASSERT_TRUE(p.ok()) << p.error().ToString();
  MatcherOptions hyperscan_only;
  hyperscan_only.regexes_in_automaton = false;
  hyperscan_only.gate_regexes = false;
  Result<std::unique_ptr<Matcher>> m = Matcher::Compile(*p, hyperscan_only);
  ASSERT_TRUE(m.ok()) << m.error().ToString();
  std::string prefix;
  for (int k = 0; k < 64; ++k, prefix += "ok ") {
    const NormalizedText text =
        Normalizer().Normalize(prefix + "aku langganan di Bu Yuni, dia buka karung Korea");
    std::vector<TermMatch> out;
    ASSERT_TRUE(m.value()->Scan(text, &out).ok());
    ASSERT_EQ(out.size(), 1u) << k;
    EXPECT_EQ(text.text.substr(out[0].begin, out[0].end - out[0].begin), "langanan di bu yuni")
        << k;
  }
}

TEST(MatcherCompileTest, BadRegexNamesTheLine) {
  std::string pack = kPack;
  pack.replace(pack.find("\\b\\d+ ?kg\\b"), 11, "(unclosed");
  Result<Policy> p = LoadPolicyString(pack, "m.yaml");
  ASSERT_TRUE(p.ok());
  Result<std::unique_ptr<Matcher>> m = Matcher::Compile(*p);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().context, "m.yaml:17");
  EXPECT_NE(m.error().message.find("(unclosed"), std::string::npos) << m.error().message;
}

}  // namespace
}  // namespace saring
