// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "policy/policy_internal.h"
#include "saring/policy.h"
#include "test_paths.h"

namespace saring {
namespace {

const char* kMinimal = R"(id: test-pack
version: "1"
legal_basis:
  - {id: law, citation: "A law"}
thresholds: {violation: 0.8, review: 0.5}
groups:
  used:
    terms: [bekas, "second*"]
  origin:
    terms: [korea, {regex: '\bex ?japan'}]
rules:
  - id: USED_FOREIGN
    description: used and foreign
    all: [used, origin]
    score: 0.9
)";

std::vector<Error> Check(const std::string& yaml) {
  Policy p;
  return ParsePolicyCollectingErrors(yaml, "pack.yaml", &p);
}

// The errors of `yaml` with `good` replaced by each of `bad`, one per line.
std::string ErrorsWith(const std::string& yaml, const std::string& good,
                       std::initializer_list<std::string> bad) {
  std::string all;
  for (const std::string& b : bad) {
    std::string variant = yaml;
    variant.replace(variant.find(good), good.size(), b);
    for (const Error& x : Check(variant)) all += x.ToString() + "\n";
  }
  return all;
}

// `yaml` parsed; the test fails if it has errors.
Policy Parsed(const std::string& yaml) {
  Policy p;
  const std::vector<Error> errors = ParsePolicyCollectingErrors(yaml, "pack.yaml", &p);
  EXPECT_TRUE(errors.empty()) << errors.front().ToString();
  return p;
}

// The minimal pack with one element and these `elements` settings (lines
// indented by two spaces).
std::string WithElementSettings(const std::string& settings) {
  return std::string(kMinimal) + "elements:\n" + settings +
         "  list:\n    - id: offer\n      description: offers\n      prior: 0.5\n";
}

TEST(PolicyLoaderTest, LoadsTheBundledPack) {
  Result<Policy> p = LoadPolicyFile(testing::DefaultPolicyPath());
  ASSERT_TRUE(p.ok()) << p.error().ToString();
  EXPECT_EQ(p->id, "id-used-clothing-import");
  EXPECT_FALSE(p->legal_basis.empty());
  EXPECT_GE(p->FindGroup("thrift"), 0);
  EXPECT_GE(p->negation_group, 0);
  EXPECT_FALSE(p->mask_groups.empty());
  EXPECT_EQ(p->Tag().rfind("id-used-clothing-import@", 0), 0u);
}

TEST(PolicyLoaderTest, ParsesTermsRulesAndThresholds) {
  Result<Policy> p = LoadPolicyString(kMinimal, "pack.yaml");
  ASSERT_TRUE(p.ok()) << p.error().ToString();
  EXPECT_EQ(p->Tag(), "test-pack@1");
  ASSERT_EQ(p->groups.size(), 2u);
  const TermGroup& used = p->groups[0];
  EXPECT_EQ(used.terms[0].mode, TermMode::kWord);
  EXPECT_EQ(used.terms[1].mode, TermMode::kPrefix);
  EXPECT_EQ(used.terms[1].normalized, "second");
  EXPECT_EQ(used.terms[0].line, 8);
  EXPECT_EQ(p->groups[1].terms[1].mode, TermMode::kRegex);
  ASSERT_EQ(p->rules.size(), 1u);
  EXPECT_EQ(p->rules[0].all, (std::vector<int>{0, 1}));
  EXPECT_DOUBLE_EQ(p->thresholds.violation, 0.8);
}

TEST(PolicyLoaderTest, ReportsYamlSyntaxErrorsWithLine) {
  std::vector<Error> e = Check("id: x\ngroups: [a, b\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_NE(e[0].message.find("YAML syntax"), std::string::npos);
  EXPECT_EQ(e[0].context, "pack.yaml:3");
}

TEST(PolicyLoaderTest, ReportsUnknownGroupInRuleWithLine) {
  std::string yaml = kMinimal;
  yaml.replace(yaml.find("all: [used, origin]"), 19, "all: [used, orgin]");
  std::vector<Error> e = Check(yaml);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].message, "unknown group 'orgin'");
  EXPECT_EQ(e[0].context, "pack.yaml:14");
}

TEST(PolicyLoaderTest, ReadsTheSpellingsThatAreNoNegation) {
  const std::string negation = "negation:\n  group: used\n  not_written: [Bukaan, bukaan]\n";
  const Policy p = Parsed(std::string(kMinimal) + negation);
  EXPECT_EQ(p.negation_not_written, (std::vector<std::string>{"bukaan", "bukaan"}));
  const std::vector<Error> e =
      Check(std::string(kMinimal) + "negation:\n  group: used\n  not_written: bukaan\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].message, "'not_written' must be a list of spellings");
  EXPECT_EQ(
      Check(std::string(kMinimal) + "negation:\n  group: used\n  not_written: {a: b}\n").size(),
      1u);
  // Only the negation reads spellings.
  EXPECT_NE(ErrorsWith(std::string(kMinimal) + "likeness:\n  group: used\n  not_written: [x]\n",
                       "likeness", {"likeness"})
                .find("not_written"),
            std::string::npos);
}

TEST(PolicyLoaderTest, ReportsEveryProblemAtOnce) {
  std::string yaml = kMinimal;
  yaml.replace(yaml.find("score: 0.9"), 10, "score: 1.5");
  yaml.replace(yaml.find("review: 0.5"), 11, "review: 0.9");
  yaml += "    colour: red\n";
  std::vector<Error> e = Check(yaml);
  ASSERT_EQ(e.size(), 3u);
  std::string all;
  for (const Error& x : e) all += x.ToString() + "\n";
  EXPECT_NE(all.find("'review' threshold must not exceed 'violation'"), std::string::npos) << all;
  EXPECT_NE(all.find("'score' must be between 0 and 1, got 1.5"), std::string::npos) << all;
  EXPECT_NE(all.find("pack.yaml:16: unknown key 'colour'"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, RejectsMissingRequiredParts) {
  std::vector<Error> e = Check("id: x\nversion: '1'\n");
  std::string all;
  for (const Error& x : e) all += x.message + "\n";
  EXPECT_NE(all.find("legal_basis"), std::string::npos);
  EXPECT_NE(all.find("thresholds"), std::string::npos);
  EXPECT_NE(all.find("'groups'"), std::string::npos);
  EXPECT_NE(all.find("'rules'"), std::string::npos);
  EXPECT_FALSE(Check("just a string").empty());
  EXPECT_FALSE(Check("").empty());
}

TEST(PolicyLoaderTest, RejectsBadTermsAndRules) {
  std::string yaml = kMinimal;
  yaml.replace(yaml.find("[bekas, "), 8, "[\"🔥\", b*kas, ");
  yaml.replace(yaml.find("    score: 0.9"), 14, "    score: 0.9\n    dampen: 0.5");
  std::vector<Error> e = Check(yaml);
  std::string all;
  for (const Error& x : e) all += x.ToString() + "\n";
  EXPECT_NE(all.find("pack.yaml:8: term '🔥' is empty after normalization"), std::string::npos)
      << all;
  EXPECT_NE(all.find("may use '*' only at its end"), std::string::npos) << all;
  EXPECT_NE(all.find("needs exactly one of 'score' or 'dampen'"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, RejectsDuplicateRuleIdsAndUnknownKinds) {
  std::string yaml = kMinimal;
  yaml +=
      "    kinds: [tweet]\n  - id: USED_FOREIGN\n    description: again\n    any: [used]\n    "
      "score: 0.1\n";
  std::vector<Error> e = Check(yaml);
  std::string all;
  for (const Error& x : e) all += x.ToString() + "\n";
  EXPECT_NE(all.find("unknown kind 'tweet'"), std::string::npos) << all;
  EXPECT_NE(all.find("duplicate rule id 'USED_FOREIGN'"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, RejectsATermListedTwiceInAGroup) {
  EXPECT_EQ(ErrorsWith(kMinimal, "[bekas, \"second*\"]",
                       {"[bekas, \"second*\", Bekas]", "[bekas, \"second*\", \"Second*\"]"}),
            "pack.yaml:8: group 'used' lists term 'Bekas' twice (first on line 8)\n"
            "pack.yaml:8: group 'used' lists term 'Second*' twice (first on line 8)\n");
  EXPECT_EQ(ErrorsWith(kMinimal, "{regex: '\\bex ?japan'}",
                       {"{regex: '\\bex ?japan'}, {regex: '\\bex ?japan'}"}),
            "pack.yaml:10: group 'origin' lists term '\\bex ?japan' twice (first on line 10)\n");
  // The same word in two groups, and a word and a prefix, are different terms.
  EXPECT_EQ(ErrorsWith(kMinimal, "[korea,", {"[korea, bekas, \"korea*\","}), "");
}

// A regex the normalized text can never match is refused, with its reason
// (tests/unit/policy/regex_lint_test.cc has the reasons).
TEST(PolicyLoaderTest, RejectsARegexTheNormalizedTextCannotMatch) {
  EXPECT_EQ(ErrorsWith(kMinimal, "{regex: '\\bex ?japan'}", {"{regex: '\\btinggi \\d+ ?cm'}"}),
            "pack.yaml:10: regex '\\btinggi \\d+ ?cm' repeats the letter in 'gg' (the normalizer "
            "writes every run of a letter once): it can never match the normalized text it "
            "reads\n");
}

TEST(PolicyLoaderTest, KeepsTheFirstOfTwoSpellingsTheNormalizerReadsAlike) {
  std::string yaml = kMinimal;
  yaml.replace(yaml.find("[bekas, "), 8, "[bekas, bekkas, BEKAS-, ");
  Policy p = Parsed(yaml);
  const TermGroup& used = p.groups[static_cast<size_t>(p.FindGroup("used"))];
  ASSERT_EQ(used.terms.size(), 2u);
  EXPECT_EQ(used.terms[0].source, "bekas");
  EXPECT_EQ(used.terms[1].source, "second*");
}

TEST(PolicyLoaderTest, ReadsWhatAKindSaysAgainstAnElement) {
  const std::string elements = std::string(kMinimal) +
                               "elements:\n  list:\n    - id: offer\n      description: offers\n"
                               "      prior: 0.5\n      kind_against: {article: 0.7}\n";
  Policy p;
  ASSERT_TRUE(ParsePolicyCollectingErrors(elements, "pack.yaml", &p).empty());
  ASSERT_EQ(p.elements.elements.size(), 1u);
  ASSERT_EQ(p.elements.elements[0].kind_against.size(), 1u);
  EXPECT_EQ(p.elements.elements[0].kind_against[0].first, "article");
  EXPECT_DOUBLE_EQ(p.elements.elements[0].kind_against[0].second, 0.7);
  const std::string all =
      ErrorsWith(elements, "{article: 0.7}", {"{tweet: 0.7}", "{article: 2}", "[article]"});
  EXPECT_NE(all.find("unknown kind 'tweet'"), std::string::npos) << all;
  EXPECT_NE(all.find("'kind_against' must map record kinds to weights"), std::string::npos) << all;
  EXPECT_NE(all.find("article"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, ReadsWhetherAQuestionNeedsWordsForAnElement) {
  const std::string elements = std::string(kMinimal) +
                               "elements:\n  list:\n    - id: offer\n      description: offers\n"
                               "      prior: 0.5\n      asked_needs_words: true\n";
  EXPECT_TRUE(Parsed(elements).elements.elements[0].asked_needs_words);
  EXPECT_FALSE(Parsed(WithElementSettings("")).elements.elements[0].asked_needs_words);
  EXPECT_NE(ErrorsWith(elements, "asked_needs_words: true", {"asked_needs_words: maybe"})
                .find("asked_needs_words"),
            std::string::npos);
}

TEST(PolicyLoaderTest, ReadsWhichEvidenceOnlyHintsAtAnElement) {
  const std::string elements =
      std::string(kMinimal) +
      "elements:\n  list:\n    - id: clothing\n      description: clothing\n"
      "      evidence: {used: 0.5, origin: 0.6}\n      direct: [used]\n      hints: [origin]\n";
  Policy p;
  ASSERT_TRUE(ParsePolicyCollectingErrors(elements, "pack.yaml", &p).empty());
  ASSERT_EQ(p.elements.elements.size(), 1u);
  ASSERT_EQ(p.elements.elements[0].hints.size(), 1u);
  EXPECT_EQ(p.groups[static_cast<size_t>(p.elements.elements[0].hints[0])].name, "origin");
  const std::string all =
      ErrorsWith(elements, "hints: [origin]", {"hints: [used]", "hints: [nosuch]"});
  EXPECT_NE(all.find("element 'clothing': a hint must be one of its evidence and not a direct "
                     "group"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("nosuch"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, AMaskMayHideOnlySomeGroups) {
  const std::string masks =
      std::string(kMinimal) + "masks:\n  groups: [origin]\n  only: {origin: [used]}\n";
  Policy p;
  ASSERT_TRUE(ParsePolicyCollectingErrors(masks, "pack.yaml", &p).empty());
  ASSERT_EQ(p.mask_only.size(), 1u);
  EXPECT_EQ(p.mask_only[0].first, p.FindGroup("origin"));
  EXPECT_EQ(p.mask_only[0].second, std::vector<int>{p.FindGroup("used")});
  const std::string all = ErrorsWith(masks, "{origin: [used]}",
                                     {"{used: [origin]}", "{origin: [nothing]}", "[origin]"});
  EXPECT_NE(all.find("names 'used', which is not a mask group"), std::string::npos) << all;
  EXPECT_NE(all.find("'nothing'"), std::string::npos) << all;
  EXPECT_NE(all.find("'masks.only' must map mask groups"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, ATermMayBeHiddenAfterAnotherGroup) {
  const std::string masks = std::string(kMinimal) + "masks:\n  after: {used: [origin]}\n";
  Policy p;
  ASSERT_TRUE(ParsePolicyCollectingErrors(masks, "pack.yaml", &p).empty());
  ASSERT_EQ(p.hidden_after.size(), 1u);
  EXPECT_EQ(p.hidden_after[0].first, p.FindGroup("used"));
  EXPECT_EQ(p.hidden_after[0].second, std::vector<int>{p.FindGroup("origin")});
  const std::string all = ErrorsWith(masks, "{used: [origin]}",
                                     {"{nothing: [origin]}", "{used: [elsewhere]}", "[used]"});
  EXPECT_NE(all.find("'masks.after' names unknown group 'nothing'"), std::string::npos) << all;
  EXPECT_NE(all.find("'elsewhere'"), std::string::npos) << all;
  EXPECT_NE(all.find("'masks.after' must map a group"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, ReadsHowManyElementsMayHoldOnTheScorersAlone) {
  const std::string elements = WithElementSettings("  learned_alone: 1\n");
  EXPECT_EQ(Parsed(elements).elements.learned_alone, 1);
  const std::string all = ErrorsWith(elements, "learned_alone: 1", {"learned_alone: -1"});
  EXPECT_NE(all.find("learned_alone"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, ReadsHowManyElementsMayHoldOnTheScorersAloneByKind) {
  const std::string elements = WithElementSettings("  learned_alone: {review: 1, default: 3}\n");
  const ElementSettings es = Parsed(elements).elements;
  EXPECT_EQ(es.LearnedAlone(RecordKindIndex("review")), 1);
  EXPECT_EQ(es.LearnedAlone(RecordKindIndex("listing")), 3);
  EXPECT_EQ(Parsed(WithElementSettings("")).elements.LearnedAlone(RecordKindIndex("review")), 4);
  const std::string all =
      ErrorsWith(elements, "{review: 1, default: 3}",
                 {"{tweet: 1}", "{review: 1.5}", "{review: 65}", "[review]", "{default: x}"});
  EXPECT_NE(all.find("unknown kind 'tweet' (expected listing,"), std::string::npos) << all;
  EXPECT_NE(all.find("'review' must be a whole number"), std::string::npos) << all;
  EXPECT_NE(all.find("'review' must be between 0 and 64"), std::string::npos) << all;
  EXPECT_NE(all.find("'learned_alone' must be a number or map record kinds to numbers"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("'default' must be a whole number"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, ReadsWhenTheScorersAloneSendARecordToReview) {
  const std::string elements = WithElementSettings("  unexplained: 0.99\n");
  EXPECT_DOUBLE_EQ(Parsed(elements).elements.unexplained, 0.99);
  EXPECT_DOUBLE_EQ(Parsed(WithElementSettings("")).elements.unexplained, 0.0);  // off
  const ElementSettings by_kind =
      Parsed(WithElementSettings("  unexplained: {review: 0, default: 0.95}\n")).elements;
  EXPECT_DOUBLE_EQ(by_kind.Unexplained(RecordKindIndex("review")), 0.0);
  EXPECT_DOUBLE_EQ(by_kind.Unexplained(RecordKindIndex("listing")), 0.95);
  const std::string all =
      ErrorsWith(elements, "unexplained: 0.99",
                 {"unexplained: 1.5", "unexplained: {tweet: 1}", "unexplained: [0.9]"});
  EXPECT_NE(all.find("'unexplained' must be between 0 and 1"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown kind 'tweet'"), std::string::npos) << all;
  EXPECT_NE(all.find("'unexplained' must be a number or map record kinds to numbers"),
            std::string::npos)
      << all;
}

TEST(PolicyLoaderTest, ReadsHowSureTheClassifierMustBeOfElementsTheTextDoesNotSay) {
  EXPECT_DOUBLE_EQ(
      Parsed(WithElementSettings("  unsaid_classifier: 0.9\n")).elements.unsaid_classifier, 0.9);
  EXPECT_DOUBLE_EQ(Parsed(WithElementSettings("")).elements.unsaid_classifier, 0.0);  // off
  const std::string all =
      ErrorsWith(WithElementSettings("  unsaid_classifier: 0.9\n"), "unsaid_classifier: 0.9",
                 {"unsaid_classifier: 2", "unsaid_classifier: {review: 1}"});
  EXPECT_NE(all.find("'unsaid_classifier' must be between 0 and 1"), std::string::npos) << all;
  EXPECT_NE(all.find("'unsaid_classifier' must be a number"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, ReadsHowSureTheLearnedOpinionsMustBeOfAnUncertainElement) {
  EXPECT_DOUBLE_EQ(Parsed(WithElementSettings("  sure: 0.99\n")).elements.sure, 0.99);
  EXPECT_DOUBLE_EQ(Parsed(WithElementSettings("")).elements.sure, 0.0);  // off
  const ElementSettings by_kind =
      Parsed(WithElementSettings("  sure: {review: 0, default: 0.99}\n")).elements;
  EXPECT_DOUBLE_EQ(by_kind.Sure(RecordKindIndex("review")), 0.0);
  EXPECT_DOUBLE_EQ(by_kind.Sure(RecordKindIndex("comment")), 0.99);
  const std::string all =
      ErrorsWith(WithElementSettings("  sure: 0.99\n"), "sure: 0.99", {"sure: -1", "sure: yes"});
  EXPECT_NE(all.find("'sure' must be between 0 and 1"), std::string::npos) << all;
  EXPECT_NE(all.find("'sure' must be a number"), std::string::npos) << all;
  // The bundled pack leaves a buyer's review and an article to their own words.
  Result<Policy> bundled = LoadPolicyFile(testing::DefaultPolicyPath());
  ASSERT_TRUE(bundled.ok()) << bundled.error().ToString();
  EXPECT_DOUBLE_EQ(bundled->elements.Sure(RecordKindIndex("article")), 0.0);
  EXPECT_DOUBLE_EQ(bundled->elements.Sure(RecordKindIndex("review")), 0.0);
  EXPECT_GT(bundled->elements.Sure(RecordKindIndex("listing")), 0.0);
}

TEST(PolicyLoaderTest, ReadsWhenBothLearnedOpinionsDoubtAnElement) {
  const std::string elements = WithElementSettings("  doubt: {classifier: 0.001, element: 0.02}\n");
  EXPECT_DOUBLE_EQ(Parsed(elements).elements.doubt_classifier, 0.001);
  EXPECT_DOUBLE_EQ(Parsed(elements).elements.doubt_element, 0.02);
  EXPECT_DOUBLE_EQ(Parsed(WithElementSettings("")).elements.doubt_classifier, 0.0);
  const std::string all = ErrorsWith(elements, "{classifier: 0.001, element: 0.02}",
                                     {"{classifier: 2}", "{element: x}", "{sure: 0.1}", "0.01"});
  EXPECT_NE(all.find("'classifier' must be between 0 and 1, got 2"), std::string::npos) << all;
  EXPECT_NE(all.find("'element' must be a number"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown key 'sure'"), std::string::npos) << all;
  EXPECT_NE(all.find("'doubt' must be a mapping of 'classifier' and 'element'"), std::string::npos)
      << all;
}

TEST(PolicyLoaderTest, ReadsWhichGroupsAreReadOnTopicInQuestionsOrBeforeHandles) {
  const std::string elements = WithElementSettings(
      "  topical: [origin]\n  asked: [used]\n  asked_closing: [origin]\n"
      "  question_hides: [used]\n  pointing: [origin]\n");
  const Policy p = Parsed(elements);
  EXPECT_EQ(p.elements.topical, std::vector<int>{p.FindGroup("origin")});
  EXPECT_EQ(p.elements.asked, std::vector<int>{p.FindGroup("used")});
  EXPECT_EQ(p.elements.asked_closing, std::vector<int>{p.FindGroup("origin")});
  EXPECT_EQ(p.elements.question_hides, std::vector<int>{p.FindGroup("used")});
  EXPECT_EQ(p.elements.pointing, std::vector<int>{p.FindGroup("origin")});
  const std::string all =
      ErrorsWith(elements, "topical: [origin]", {"topical: [nothing]"}) +
      ErrorsWith(elements, "asked: [used]", {"asked: [nowhere]"}) +
      ErrorsWith(elements, "asked_closing: [origin]", {"asked_closing: [nobody]"}) +
      ErrorsWith(elements, "question_hides: [used]", {"question_hides: [nil]"}) +
      ErrorsWith(elements, "pointing: [origin]", {"pointing: [noone]"});
  EXPECT_NE(all.find("'nil'"), std::string::npos) << all;
  EXPECT_NE(all.find("'nobody'"), std::string::npos) << all;
  EXPECT_NE(all.find("'nothing'"), std::string::npos) << all;
  EXPECT_NE(all.find("'nowhere'"), std::string::npos) << all;
  EXPECT_NE(all.find("'noone'"), std::string::npos) << all;
}

// A group that masks its sentence must say what it hides there: with no
// `masks.only` entry it would hide every word of the sentence.
TEST(PolicyLoaderTest, ABoughtGroupMustSayWhatItHidesInItsSentence) {
  const std::string all = ErrorsWith(WithElementSettings("  topical: [origin]\n"),
                                     "topical: [origin]", {"bought: [used]", "claims: [origin]"});
  EXPECT_NE(all.find("'bought' group 'used' needs a 'masks.only' entry"), std::string::npos) << all;
  EXPECT_NE(all.find("'claims' group 'origin' needs a 'masks.only' entry"), std::string::npos)
      << all;
  Result<Policy> bundled = LoadPolicyFile(testing::DefaultPolicyPath());
  ASSERT_TRUE(bundled.ok()) << bundled.error().ToString();
  EXPECT_EQ(bundled->elements.bought,
            (std::vector<int>{bundled->FindGroup("bought_it"), bundled->FindGroup("told_past")}));
  EXPECT_EQ(bundled->elements.claims, std::vector<int>{bundled->FindGroup("own_stock")});
}

// A find counts against an element only where no seller is pointed at: the
// pack must say which groups point at one.
TEST(PolicyLoaderTest, UnpointedGroupsNeedTheGroupsThatPoint) {
  const std::string elements = WithElementSettings("  unpointed: [used]\n  pointers: [origin]\n");
  const Policy p = Parsed(elements);
  EXPECT_EQ(p.elements.unpointed, std::vector<int>{p.FindGroup("used")});
  EXPECT_EQ(p.elements.pointers, std::vector<int>{p.FindGroup("origin")});
  const std::string all = ErrorsWith(elements, "  pointers: [origin]\n", {""}) +
                          ErrorsWith(elements, "pointers: [origin]", {"pointers: [nobody]"});
  EXPECT_NE(all.find("'unpointed' needs 'pointers'"), std::string::npos) << all;
  EXPECT_NE(all.find("'nobody'"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, ReadsBelowWhatScoreAnElementHoldsBarely) {
  const std::string elements = WithElementSettings("  hold: 0.7\n  firm: 0.8\n  veto: 0.01\n");
  EXPECT_DOUBLE_EQ(Parsed(elements).elements.firm, 0.8);
  EXPECT_DOUBLE_EQ(Parsed(elements).elements.veto, 0.01);
  const std::string all = ErrorsWith(elements, "firm: 0.8", {"firm: 2"}) +
                          ErrorsWith(elements, "veto: 0.01", {"veto: -1"});
  EXPECT_NE(all.find("'firm' must be between 0 and 1, got 2"), std::string::npos) << all;
  EXPECT_NE(all.find("'veto' must be between 0 and 1, got -1"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, ReadsWordsOfLikeness) {
  const std::string pack =
      std::string(kMinimal) + "likeness:\n  group: origin\n  window: 4\n  applies_to: [used]\n";
  const Policy p = Parsed(pack);
  EXPECT_EQ(p.likeness_group, p.FindGroup("origin"));
  EXPECT_EQ(p.likeness_window, 4);
  EXPECT_EQ(p.likened, std::vector<int>{p.FindGroup("used")});
  const std::string all = ErrorsWith(pack, "group: origin", {"group: nothing"}) +
                          ErrorsWith(pack, "window: 4", {"window: 40"});
  EXPECT_NE(all.find("unknown group 'nothing'"), std::string::npos) << all;
  EXPECT_NE(all.find("'window' must be between 1 and 10"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, ReadsWordsThatForbidTheTrade) {
  const std::string pack =
      std::string(kMinimal) + "forbidding:\n  group: origin\n  applies_to: [used]\n";
  const Policy p = Parsed(pack);
  EXPECT_EQ(p.forbidding_group, p.FindGroup("origin"));
  EXPECT_EQ(p.forbidden, std::vector<int>{p.FindGroup("used")});
  const std::string all = ErrorsWith(pack, "group: origin", {"group: nothing", "window: 2"});
  EXPECT_NE(all.find("unknown group 'nothing'"), std::string::npos) << all;
  EXPECT_NE(all.find("'window'"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, ReadsWordsThatCompareNewGoodsWithTheTrade) {
  const std::string pack =
      std::string(kMinimal) + "contrast:\n  group: origin\n  when: [used]\n  applies_to: [used]\n";
  const Policy p = Parsed(pack);
  EXPECT_EQ(p.contrast_group, p.FindGroup("origin"));
  EXPECT_EQ(p.contrast_when, std::vector<int>{p.FindGroup("used")});
  EXPECT_EQ(p.contrasted, std::vector<int>{p.FindGroup("used")});
  const std::string all = ErrorsWith(pack, "  when: [used]\n",
                                     {"", "  when: [nothing]\n", "  when: [used]\n  window: 2\n"});
  EXPECT_NE(all.find("contrast needs 'when'"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown group 'nothing'"), std::string::npos) << all;
  EXPECT_NE(all.find("'window'"), std::string::npos) << all;
}

TEST(PolicyLoaderTest, MissingFileIsNotFound) {
  Result<Policy> p = LoadPolicyFile("/nonexistent/pack.yaml");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace saring
