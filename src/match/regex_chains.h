// SPDX-License-Identifier: Apache-2.0
// Regex terms that the word automaton can read too.
//
// A pack's regexes are mostly small and anchored at a word start, such as
// `\b\d+ ?(rb|k|jt)\b`. Such a regex is a handful of chains of byte sets
// (one per way through its groups), which the word automaton reads in the
// same pass as the literal terms, instead of a Hyperscan scan of its own and
// a second scan per hit to find where the match starts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "match/word_automaton.h"

namespace saring {

struct RegexChains {
  std::vector<std::vector<LiteralElement>> chains;
  bool ends_at_word_end = false;  // the regex closed with `\b`: each chain ends in a space
};

// The chains of `regex`, or nothing when it is not one of the regexes they
// can express: it must open with `\b`, and hold only literal bytes, `\d`,
// simple [classes], the quantifiers ? + * {m} {m,} {m,n} on single bytes
// (never + or * on a space), and groups with alternatives, optionally
// followed by `?`, that spell out to at most `max_chains` chains. Anything
// else (`.`, anchors, other escapes, nested quantifiers...) stays with Hyperscan.
// True when `regex` closes with the word-boundary assertion `\b`.
bool EndsWithWordBoundary(const std::string& regex);

std::optional<RegexChains> RegexAsChains(const std::string& regex, size_t max_chains = 64);

// The gate of a regex the automaton cannot read: chains of which one matches
// at the word start where any match of the regex begins, read from the
// regex's longest opening that the reader can read (up to the first `\w`,
// nested quantifier or inner `\b`...), less what it may leave out at its
// end. A regex that opens with "^ " (the text's start) is read as if it
// opened with `\b`. Nothing when there is no such opening, or the regex has
// alternatives at its top level.
std::optional<std::vector<std::vector<LiteralElement>>> RegexGate(const std::string& regex,
                                                                  size_t max_chains = 64);

}  // namespace saring
