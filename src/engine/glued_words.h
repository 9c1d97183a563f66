// SPDX-License-Identifier: Apache-2.0
// Glued words read as words: "#thriftimport", "#balkorea", "bajubekasjepang"
// glue the trade's words together, and the matcher, which matches terms at
// word starts, sees one word. A hashtag, or a long word, that the pack's
// one-word terms cover end to end, in two pieces or more, is read as those
// words too.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <string_view>
#include <vector>

#include "saring/matcher.h"
#include "saring/normalizer.h"
#include "saring/policy.h"

namespace saring::engine_internal {

class GluedWordSplitter {
 public:
  explicit GluedWordSplitter(const Policy& policy);

  // Adds to `matches` (kept sorted by start) a match for every piece of
  // every hashtag or long word in `original` that the pack's terms cover
  // end to end.
  void AddMatches(std::string_view original, const NormalizedText& text,
                  std::vector<TermMatch>* matches) const;

 private:
  struct Entry {
    int group;
    int term;
  };
  // A trie of the one-word terms over a-z0-9: walking it from a letter of a
  // word finds every piece that starts there in one pass, without lookups.
  struct Node {
    std::array<int32_t, 36> child;  // -1: none
    int32_t word = -1;              // index into entries_: a whole-word term ends here
    int32_t prefix = -1;            // a prefix term ("impor*") ends here
  };
  struct Piece {
    uint32_t end;
    int32_t entries;  // index into entries_
  };
  // The pieces of `word` (ends and entries, in order), or empty when no two
  // or more pieces cover it.
  std::vector<Piece> Split(std::string_view word) const;
  // Whether a term covers the word's first letters and another piece may
  // start later: most words fail this at once, before Split sets anything up.
  bool StartsWithPiece(std::string_view word) const;
  static bool IsHashtag(std::string_view original, const NormalizedText& text, size_t begin);
  int32_t AddNode();

  std::vector<Node> nodes_;                  // nodes_[0] is the root
  std::vector<std::vector<Entry>> entries_;  // the terms a trie node stands for
  std::bitset<36 * 36 * 36> piece_starts_;   // the first three letters of every piece
};

}  // namespace saring::engine_internal
