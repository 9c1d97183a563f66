// SPDX-License-Identifier: Apache-2.0
// A deterministic automaton for literal terms that start at word starts.
//
// Every literal term of a pack begins at the start of a word. The patterns
// are chains of byte sets, any of which may be optional (the optional space
// of "baju ?bekas", the '*' mask of a masked vowel), and the automaton is the
// subset construction of all of them, restarted after every space: the text
// is read once, one table load per byte, however many terms there are, with
// no branch but on a match. Each pattern position in a state also counts the
// spaces its match has consumed, which is how a match's start is found.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "saring/status.h"
#include "util/huge_pages.h"
#include "util/spaces.h"

namespace saring {

// One position of a pattern: the bytes it accepts, whether the pattern may
// go on without it, and whether it may repeat.
struct LiteralElement {
  std::string bytes;
  bool optional = false;
  bool repeat = false;  // may be taken again and again (x+, x*); never for a space
};

class WordAutomaton {
 public:
  // Builds the automaton of `patterns`; a match of patterns[i] is reported as
  // i. Fails only when the automaton would exceed `max_states`.
  static Result<WordAutomaton> Build(const std::vector<std::vector<LiteralElement>>& patterns,
                                     size_t max_states = size_t{1} << 20);

  // Calls on_match(pattern, begin, end) for every match that begins at a word
  // start of `text` (its first byte, or a byte after a space), [begin, end)
  // being the bytes the pattern consumed. The text reads as if a space
  // followed it, so a pattern may end in a space at the very end; then `end`
  // is text.size() + 1.
  template <typename OnMatch>
  void Scan(std::string_view text, OnMatch&& on_match) const {
    const unsigned char* t = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    // A walk through the table is a chain of dependent loads, so the text is
    // cut at word starts into stretches read side by side. The automaton
    // starts afresh at each cut, which finds every match that begins in the
    // stretch; a stretch's matches that run on past its end are finished by
    // reading on until none can still be under way.
    thread_local SpaceBits spaces;
    spaces.Build(text.data(), n);
    size_t cut[kLanes + 1];
    cut[0] = 0;
    cut[kLanes] = n;
    for (size_t l = 1; l < kLanes; ++l) {
      cut[l] = std::min(spaces.NextSpace(std::max(cut[l - 1], n * l / kLanes)) + 1, n);
    }
    size_t shortest = n;
    for (size_t l = 0; l < kLanes; ++l) shortest = std::min(shortest, cut[l + 1] - cut[l]);
    const uint32_t* next = next_.data();
    const uint8_t* byte_class = byte_class_;
    const uint32_t accepting = accepting_from_;
    // Steps that reach a state that reports matches are noted without a
    // branch (the index moves on only for them) and reported in bulk.
    struct Reached {
      uint32_t row;
      uint32_t end;
    };
    constexpr size_t kNotes = 64;
    Reached reached[kNotes + kLanes];
    size_t noted = 0;
    auto report_noted = [&] {
      for (size_t i = 0; i < noted; ++i)
        Report(spaces, reached[i].end, reached[i].row, n + 1, on_match);
      noted = 0;
    };
    uint32_t row[kLanes];
    uint32_t r0 = start_row_, r1 = start_row_, r2 = start_row_, r3 = start_row_;
    static_assert(kLanes == 4);
    for (size_t k = 0; k < shortest; ++k) {
      r0 = next[r0 + byte_class[t[cut[0] + k]]];
      r1 = next[r1 + byte_class[t[cut[1] + k]]];
      r2 = next[r2 + byte_class[t[cut[2] + k]]];
      r3 = next[r3 + byte_class[t[cut[3] + k]]];
      reached[noted] = {r0, static_cast<uint32_t>(cut[0] + k + 1)};
      noted += r0 >= accepting;
      reached[noted] = {r1, static_cast<uint32_t>(cut[1] + k + 1)};
      noted += r1 >= accepting;
      reached[noted] = {r2, static_cast<uint32_t>(cut[2] + k + 1)};
      noted += r2 >= accepting;
      reached[noted] = {r3, static_cast<uint32_t>(cut[3] + k + 1)};
      noted += r3 >= accepting;
      if (noted > kNotes) report_noted();
    }
    report_noted();
    row[0] = r0, row[1] = r1, row[2] = r2, row[3] = r3;
    for (size_t l = 0; l < kLanes; ++l) {
      const size_t limit =
          l + 1 < kLanes ? cut[l + 1] : n + 1;  // matches of this stretch begin before
      uint32_t r = row[l];
      size_t i = cut[l] + shortest;
      for (; i < n && (i < cut[l + 1] || r != start_row_); ++i) {
        r = next[r + byte_class[t[i]]];
        if (r >= accepting) Report(spaces, i + 1, r, limit, on_match);
      }
      if (i == n) {
        r = next[r + byte_class[static_cast<unsigned char>(' ')]];
        if (r >= accepting) Report(spaces, n + 1, r, limit, on_match);
      }
    }
  }

  size_t state_count() const { return accept_begin_.size() - 1; }
  size_t class_count() const { return classes_; }

  // The automaton as bytes, to keep on disk (native byte order: the bytes
  // are for this machine only).
  void AppendTo(std::string* out) const;
  // The automaton of bytes AppendTo wrote. Every table is checked, so that
  // no bytes can make Scan read out of bounds or report a pattern number of
  // `pattern_count` or more; anything else is an error.
  static Result<WordAutomaton> Parse(std::string_view bytes, size_t pattern_count);

 private:
  static constexpr size_t kLanes = 4;

  struct Accept {
    uint32_t pattern;
    uint32_t spaces;  // spaces the match consumed: it began after the one before them
  };

  // Reports the matches of the state `row` that end at `end`: each began
  // after the space before the spaces it consumed.
  template <typename OnMatch>
  void Report(const SpaceBits& spaces, size_t end, uint32_t row, size_t begin_limit,
              OnMatch& on_match) const {
    const uint32_t state = row / classes_;
    for (uint32_t a = accept_begin_[state]; a < accept_begin_[state + 1]; ++a) {
      const size_t begin = spaces.WordStartBefore(end, accepts_[a].spaces);
      if (begin < begin_limit) on_match(accepts_[a].pattern, begin, end);
    }
  }

  uint32_t classes_ = 1;
  uint32_t start_row_ = 0;
  uint32_t accepting_from_ = 0;  // states that report matches come last
  uint8_t byte_class_[256] = {};
  // state's row (state * classes_) + class -> target's row
  std::vector<uint32_t, HugePageAllocator<uint32_t>> next_;
  std::vector<uint32_t> accept_begin_;  // per state, into accepts_ (one more entry at the end)
  std::vector<Accept> accepts_;
};

}  // namespace saring
