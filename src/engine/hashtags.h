// SPDX-License-Identifier: Apache-2.0
// Hashtags read as words: "#thriftimport", "#balkorea", "#bajubekasjepang"
// glue the trade's words together, and the matcher, which matches terms at
// word starts, sees one word. A hashtag that the pack's one-word terms cover
// end to end, in two pieces or more, is read as those words too.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "saring/matcher.h"
#include "saring/normalizer.h"
#include "saring/policy.h"

namespace saring::engine_internal {

class HashtagSplitter {
 public:
  explicit HashtagSplitter(const Policy& policy);

  // Adds to `matches` (kept sorted by start) a match for every piece of
  // every hashtag in `original` that the pack's terms cover end to end.
  void AddMatches(std::string_view original, const NormalizedText& text,
                  std::vector<TermMatch>* matches) const;

 private:
  struct Entry {
    int group;
    int term;
  };
  // Splits `word` into pieces that are terms (a prefix term's piece may run
  // on, as "impor*" covers "import"); the pieces' ends, or empty.
  std::vector<size_t> Split(std::string_view word) const;
  const std::vector<Entry>* Find(std::string_view piece) const;

  std::unordered_map<std::string, std::vector<Entry>> words_;     // whole-word terms
  std::unordered_map<std::string, std::vector<Entry>> prefixes_;  // "impor*" as "impor"
  size_t longest_prefix_ = 0;
  size_t longest_piece_ = 0;  // the longest piece any term can cover
};

}  // namespace saring::engine_internal
