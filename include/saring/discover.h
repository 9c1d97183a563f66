// SPDX-License-Identifier: Apache-2.0
// New-codeword discovery: which words and word pairs are over-represented in
// confirmed violations relative to background text, by weighted log-odds with
// an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), leaving out
// what the policy pack already matches.
#pragma once

#include <string>
#include <vector>

#include "saring/matcher.h"
#include "saring/normalizer.h"

namespace saring {

struct DiscoveryOptions {
  double prior_strength = 500;  // alpha_0: total pseudo-count of the prior
  int min_count = 2;            // in the positives
  size_t top = 50;
  size_t examples = 3;  // example records per term
  bool bigrams = true;
};

struct DiscoveredTerm {
  std::string term;  // normalized
  double z = 0;      // log-odds ratio divided by its standard deviation
  uint64_t positive_count = 0;
  uint64_t background_count = 0;
  std::vector<std::string> example_ids;
};

struct LabeledText {
  std::string id;
  std::string text;
};

// Ranks terms of `positives` against `background`. Terms the pack already
// matches (any group) are left out. Deterministic.
std::vector<DiscoveredTerm> DiscoverTerms(const std::vector<LabeledText>& positives,
                                          const std::vector<LabeledText>& background,
                                          const Matcher& matcher, const DiscoveryOptions& options);

}  // namespace saring
