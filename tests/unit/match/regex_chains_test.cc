// SPDX-License-Identifier: Apache-2.0
#include "match/regex_chains.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <tuple>

#include "saring/matcher.h"
#include "saring/normalizer.h"
#include "test_paths.h"

namespace saring {
namespace {

TEST(RegexChainsTest, SpellsOutTheRegexesOfThePack) {
  auto price = RegexAsChains("\\b\\d+ ?(rb|k|jt|rban)\\b");
  ASSERT_TRUE(price);
  EXPECT_EQ(price->chains.size(), 4u);
  EXPECT_TRUE(price->ends_at_word_end);
  // \d+ is a digit then digits repeated; " ?" an optional space; the closing \b a space.
  const auto& k = price->chains[1];
  ASSERT_EQ(k.size(), 5u);
  EXPECT_EQ(k[0].bytes, "0123456789");
  EXPECT_FALSE(k[0].optional);
  EXPECT_TRUE(k[1].optional && k[1].repeat);
  EXPECT_TRUE(k[2].optional && !k[2].repeat);
  EXPECT_EQ(k[2].bytes, " ");
  EXPECT_EQ(k[3].bytes, "k");
  EXPECT_EQ(k[4].bytes, " ");

  auto rupiah = RegexAsChains("\\brp ?\\d");
  ASSERT_TRUE(rupiah);
  EXPECT_EQ(rupiah->chains.size(), 1u);
  EXPECT_FALSE(rupiah->ends_at_word_end);

  // {2,4}: two required and two optional digits; the optional group adds the chain without it.
  auto count = RegexAsChains("\\bisi \\d{2,4} ?(pcs|pc|helai|potong|biji)?\\b");
  ASSERT_TRUE(count);
  EXPECT_EQ(count->chains.size(), 6u);
  EXPECT_EQ(count->chains.back().size(), 4u + 4u + 1u + 1u);

  auto classes = RegexAsChains("\\b[a-c_]{2}\\-x\\b");
  ASSERT_TRUE(classes);
  EXPECT_EQ(classes->chains[0][0].bytes, "abc_");
  EXPECT_EQ(classes->chains[0][2].bytes, "-");
}

TEST(RegexChainsTest, LeavesEverythingElseToHyperscan) {
  for (const char* regex : {
           "\\d+ ?kg\\b",                             // not anchored at a word start
           "\\bthr.ft\\b",                            // any byte
           "\\bbaju\\s+bekas",                        // \s
           "\\bbal\\b segel",                         // \b inside
           "\\b^bal",                                 // anchors
           "\\bba+?l",                                // lazy
           "\\bba++l",                                // possessive
           "\\b[^a]bc",                               // negated class
           "\\b[[:alpha:]]",                          // POSIX class
           "\\bbaju +bekas",                          // a space repeated freely
           "\\b(bal|karung)+",                        // a repeated group
           "\\b(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)",  // 128 chains
           "\\b(a)?\\b",                              // can match nothing
           "\\ba{0}",                                 // nothing either
           "\\bab{3,1}",                              // backwards bounds
           "\\b(ab",                                  // open group
           "\\b[ab",                                  // open class
           "\\b",                                     // nothing at all
       }) {
    EXPECT_FALSE(RegexAsChains(regex)) << regex;
  }
  EXPECT_TRUE(EndsWithWordBoundary("\\bbal\\b"));
  EXPECT_FALSE(EndsWithWordBoundary("\\bbal\\\\b"));  // an escaped backslash, then "b"
}

// The spellings of a gate, one string per chain, '#' for a digit.
std::set<std::string> Spelled(const std::vector<std::vector<LiteralElement>>& chains) {
  std::set<std::string> out;
  for (const auto& chain : chains) {
    std::string s;
    for (const LiteralElement& e : chain) {
      s += e.bytes == "0123456789" ? "#" : e.bytes.size() == 1 ? e.bytes : "[" + e.bytes + "]";
      if (e.optional) s += e.repeat ? "*" : "?";
    }
    out.insert(s);
  }
  return out;
}

TEST(RegexGateTest, IsTheOpeningTheReaderCanRead) {
  // Up to the word class: what follows the first words is no condition.
  auto landmark = RegexGate("\\b(sebelah|dekat) (\\w+ )?\\w+");
  ASSERT_TRUE(landmark);
  EXPECT_EQ(Spelled(*landmark), (std::set<std::string>{"sebelah ", "dekat "}));
  // Up to an inner \b, and up to a repeated group; a repeat at the end is left out.
  auto found = RegexGate("\\bnemu\\b[^.]{0,60}\\bharga \\d+");
  ASSERT_TRUE(found);
  EXPECT_EQ(Spelled(*found), std::set<std::string>{"nemu"});
  auto got = RegexGate("\\b(dapet|dpt) [a-z]+( [a-z]+){0,2} \\d+ ?(rb|k)\\b");
  ASSERT_TRUE(got);
  EXPECT_EQ(Spelled(*got), (std::set<std::string>{"dapet [abcdefghijklmnopqrstuvwxyz]",
                                                  "dpt [abcdefghijklmnopqrstuvwxyz]"}));
  // Up to the group that would make too many chains, and once every chain
  // has a byte to read, up to the first repeat.
  auto wanted = RegexGate("\\b(butuh|cari) (\\d+ )?(a|b|c|d|e|f|g|h|i)\\b", 8);
  ASSERT_TRUE(wanted);
  EXPECT_EQ(Spelled(*wanted), (std::set<std::string>{"butuh ", "cari ", "butuh #", "cari #"}));
  auto stall = RegexGate("\\b(toko|los) [a-z]+ (bu|pak)\\b");
  ASSERT_TRUE(stall);
  EXPECT_EQ(Spelled(*stall), (std::set<std::string>{"toko [abcdefghijklmnopqrstuvwxyz]",
                                                    "los [abcdefghijklmnopqrstuvwxyz]"}));
  // The text's start is a word start.
  auto heading = RegexGate("^ (\\d+ )?(tips|cara)\\b");
  ASSERT_TRUE(heading);
  EXPECT_EQ(Spelled(*heading), (std::set<std::string>{"tips", "cara", "##* tips", "##* cara"}));

  for (const char* regex : {
           "\\d+ ?kg\\b",    // not at a word start
           "\\bbal|karung",  // alternatives at the top level: the gate of one is not the other's
           "\\b(a|b)|\\bc",
           "\\b\\w+ bal",     // nothing readable opens it
           "\\b(\\d+ )?\\w",  // only an optional opening
           "^bal",            // the text's start without its space
       }) {
    EXPECT_FALSE(RegexGate(regex)) << regex;
  }
  // A '|' in a group or a class is not at the top level.
  EXPECT_TRUE(RegexGate("\\b(a|b)\\w"));
  EXPECT_TRUE(RegexGate("\\b[|]x\\w"));
}

const char* kPack = R"(id: r
version: "1"
legal_basis: [{id: l, citation: c}]
thresholds: {violation: 0.8, review: 0.5}
groups:
  price:
    terms: [{regex: '\b\d+ ?(rb|k|jt|rban)\b'}, {regex: '\brp ?\d'}]
  weight:
    terms: [{regex: '\b\d{2,3} ?kg\b'}, {regex: '\b\d+ ?(rb|k) ?(per )?kg\b'}]
  count:
    terms: [{regex: '\bisi \d{2,4} ?(pcs|pc)?\b'}, {regex: '\b(x|yz) ?\d+k\b'}]
  shapes:
    terms: [{regex: '\b[a-c]{2,3}x?\b'}, {regex: '\bab*c\b'}, {regex: '\bk\d*'}]
  words:
    terms: [bal, "per kg"]
rules:
  - {id: R, description: d, any: [price], score: 0.5}
)";

using Found = std::set<std::tuple<int, int, uint32_t, uint32_t>>;

Found ScanWith(const Matcher& m, const NormalizedText& text) {
  std::vector<TermMatch> out;
  EXPECT_TRUE(m.Scan(text, &out).ok());
  Found found;
  for (const TermMatch& t : out) found.insert({t.group, t.term, t.begin, t.end});
  return found;
}

// The regexes the automaton reads must find exactly what Hyperscan finds:
// on random text over the bytes they care about, and on the pack's real
// regexes over the repository's listings.
TEST(RegexChainsTest, TheAutomatonFindsWhatHyperscanFinds) {
  Result<Policy> policy = LoadPolicyString(kPack, "r.yaml");
  ASSERT_TRUE(policy.ok()) << policy.error().ToString();
  auto automaton = Matcher::Compile(policy.value());
  auto hyperscan = Matcher::Compile(policy.value(), MatcherOptions{false, false});
  ASSERT_TRUE(automaton.ok() && hyperscan.ok());
  std::mt19937 rng(11);
  const std::string alphabet = "0123456789 abckrgxyzpis ";
  size_t matches = 0;
  for (int t = 0; t < 3000; ++t) {
    NormalizedText text;
    for (int i = static_cast<int>(rng() % 90); i > 0; --i) {
      text.text += alphabet[rng() % alphabet.size()];
    }
    Found want = ScanWith(*hyperscan.value(), text);
    matches += want.size();
    ASSERT_EQ(ScanWith(*automaton.value(), text), want) << "text '" << text.text << "'";
  }
  EXPECT_GT(matches, 500u);  // the texts do exercise the regexes

  Result<Policy> pack = LoadPolicyFile(testing::DefaultPolicyPath());
  ASSERT_TRUE(pack.ok()) << pack.error().ToString();
  auto pack_automaton = Matcher::Compile(pack.value());
  auto pack_hyperscan = Matcher::Compile(pack.value(), MatcherOptions{false, false});
  ASSERT_TRUE(pack_automaton.ok() && pack_hyperscan.ok());
  std::ifstream in(testing::SourceDir() + "/data/samples/written_examples.jsonl");
  Normalizer normalizer;
  size_t lines = 0;
  for (std::string line; std::getline(in, line); ++lines) {
    NormalizedText text = normalizer.Normalize(line);
    ASSERT_EQ(ScanWith(*pack_automaton.value(), text), ScanWith(*pack_hyperscan.value(), text))
        << line;
  }
  EXPECT_GT(lines, 40u);
}

// Gates only spare texts: over every labeled text of the repository, the
// pack's matches are the same with and without them.
TEST(RegexGateTest, GatedRegexesFindWhatUngatedOnesFind) {
  Result<Policy> pack = LoadPolicyFile(testing::DefaultPolicyPath());
  ASSERT_TRUE(pack.ok()) << pack.error().ToString();
  auto gated = Matcher::Compile(pack.value());
  auto ungated = Matcher::Compile(pack.value(), MatcherOptions{true, false});
  ASSERT_TRUE(gated.ok() && ungated.ok());
  EXPECT_TRUE(gated.value()->regexes_gated());
  EXPECT_FALSE(ungated.value()->regexes_gated());
  // The terms that only Hyperscan reads: their matches must be among those compared.
  std::set<std::pair<int, int>> hyperscan_terms;
  for (size_t g = 0; g < pack.value().groups.size(); ++g) {
    const auto& terms = pack.value().groups[g].terms;
    for (size_t t = 0; t < terms.size(); ++t) {
      if (terms[t].mode == TermMode::kRegex && !RegexAsChains(terms[t].source)) {
        hyperscan_terms.insert({static_cast<int>(g), static_cast<int>(t)});
      }
    }
  }
  ASSERT_GT(hyperscan_terms.size(), 5u);
  Normalizer normalizer;
  size_t texts = 0, hyperscan_matches = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(testing::SourceDir() + "/data")) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line); ++texts) {
      NormalizedText text = normalizer.Normalize(line);
      Found want = ScanWith(*ungated.value(), text);
      for (const auto& [group, term, begin, end] : want) {
        hyperscan_matches += hyperscan_terms.count({group, term});
      }
      ASSERT_EQ(ScanWith(*gated.value(), text), want) << entry.path() << ": " << line;
    }
  }
  EXPECT_GT(texts, 10000u);
  EXPECT_GT(hyperscan_matches, 100u);
}

// A regex that opens the text ("^ cara ...", a how-to's heading) sends a
// text to Hyperscan only when its gate matched at the start.
TEST(RegexGateTest, AHeadingsGateOpensOnlyAtTheTextsStart) {
  Result<Policy> policy = LoadPolicyString(R"(id: r
version: "1"
legal_basis: [{id: l, citation: c}]
thresholds: {violation: 0.8, review: 0.5}
groups:
  howto:
    terms: [{regex: '^ (\d+ )?(tips|cara)\b'}]
  landmark:
    terms: [{regex: '\b(depan|samping) (\w+ )?\w+\b'}]
rules:
  - {id: R, description: d, any: [howto], score: 0.5}
)",
                                           "r.yaml");
  ASSERT_TRUE(policy.ok()) << policy.error().ToString();
  auto matcher = Matcher::Compile(policy.value());
  ASSERT_TRUE(matcher.ok());
  const Matcher& m = *matcher.value();
  ASSERT_TRUE(m.regexes_gated());
  auto scans_for = [&](const std::string& text) {
    const uint64_t before = m.regex_scans();
    Found found = ScanWith(m, NormalizedText{text});
    return std::make_pair(m.regex_scans() - before, found.size());
  };
  EXPECT_EQ(scans_for("cara cuci jaket"), std::make_pair(uint64_t{1}, size_t{1}));
  EXPECT_EQ(scans_for("3 tips cuci jaket"), std::make_pair(uint64_t{1}, size_t{1}));
  EXPECT_EQ(scans_for("jaket ini cara pakainya gampang"), std::make_pair(uint64_t{0}, size_t{0}));
  EXPECT_EQ(scans_for("jaket tips"), std::make_pair(uint64_t{0}, size_t{0}));
  // A gate that may open anywhere still does.
  EXPECT_EQ(scans_for("toko kami depan masjid raya"), std::make_pair(uint64_t{1}, size_t{1}));
}

}  // namespace
}  // namespace saring
