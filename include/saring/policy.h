// SPDX-License-Identifier: Apache-2.0
// A policy pack: the declarative, versioned description of one prohibition —
// its legal basis, its lexicon (terms in named groups), the rules that combine
// group matches into evidence, the exemptions that dampen it, and the
// thresholds that turn a score into `violation`, `review` or `allow`.
// Analysts change what is caught by editing the pack (YAML) alone.
//
// See policies/README.md for the file format.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "saring/status.h"

namespace saring {

enum class TermMode : uint8_t {
  kWord,    // the whole word (or words) only
  kPrefix,  // words that start with the term ("thrift*" matches "thriftshop")
  kRegex,   // a Hyperscan regular expression over the normalized text
};

struct Term {
  std::string source;      // as written in the pack ("thrift*", "baju bekas")
  std::string normalized;  // after the normalizer (empty for regexes)
  TermMode mode = TermMode::kWord;
  bool approximate = false;  // also matches at edit distance 1
  int line = 0;              // 1-based line in the pack file
};

struct TermGroup {
  std::string name;
  std::string description;
  std::vector<Term> terms;
  bool reversed = false;        // also match each word term spelled backwards
  bool transpositions = false;  // also match each word term with two letters swapped
  bool masked_vowels = false;   // a vowel may be written as '*' ("b*kas")
  int line = 0;
};

// A rule fires when every group in `all` and at least one in `any` (if any are
// given) has a match that is not negated, and no group in `none` has one.
// With `within`, the matches used must lie within that many words of each other.
// A positive rule adds `score` as evidence (combined as a noisy-or); an
// exemption (`dampen` > 0) multiplies the score by (1 - dampen).
struct Rule {
  std::string id;
  std::string description;
  std::vector<int> all;  // group indexes
  std::vector<int> any;
  std::vector<int> none;
  int within = 0;                  // 0: anywhere in the record
  std::vector<std::string> kinds;  // record kinds it applies to; empty: all
  double score = 0;
  double dampen = 0;
  int line = 0;
  bool is_exemption() const { return dampen > 0; }
};

struct LegalBasis {
  std::string id;
  std::string citation;
  std::string url;
};

// How the learned classifier's probability p joins the rules: a noisy-or term
// weight * p (when p >= min_score), before exemptions dampen the total.
struct ModelSettings {
  double weight = 0.0;  // 0: the model is reported but never changes a verdict
  double min_score = 0.5;
};

struct Thresholds {
  double violation = 0.8;
  double review = 0.5;
};

struct Policy {
  std::string id;
  std::string version;
  std::string title;
  std::string jurisdiction;
  std::string category;  // e.g. the DSA statement-of-reasons category
  std::vector<LegalBasis> legal_basis;
  std::vector<TermGroup> groups;
  std::vector<Rule> rules;
  Thresholds thresholds;
  ModelSettings model;
  int negation_group = -1;     // words that negate the term right after them
  int negation_window = 2;     // in words
  std::vector<int> negatable;  // groups a negation applies to (empty: all)
  int mask_group = -1;  // innocent phrases ("four second", "cakar ayam") hide the terms inside them
  int approximate_min_length = 6;
  std::string source_path;

  // "<id>@<version>", as written into every decision.
  std::string Tag() const { return id + "@" + version; }
  int FindGroup(std::string_view name) const;
};

// Loads and validates a pack. Errors name the file and the 1-based line.
Result<Policy> LoadPolicyFile(const std::string& path);
Result<Policy> LoadPolicyString(std::string_view yaml, const std::string& path_for_errors);

// Every problem in a pack, not only the first (for `saring policy check`).
// Includes compiling the terms into the matcher.
std::vector<Error> CheckPolicyFile(const std::string& path);

}  // namespace saring
