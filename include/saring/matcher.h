// SPDX-License-Identifier: Apache-2.0
// The matcher compiles the literal terms of a policy pack, and the regexes
// that open with `\b` in a simple subset, into one automaton that reads the
// text once; any other regex goes into a Hyperscan (Vectorscan) database. It
// reports each term occurrence in normalized text with its group and its span
// (for a term that several spans starting at one word match: the longest).
//
// Word terms match whole words; prefix terms match word starts; multi-word
// terms also match with the spaces left out ("bajubekas"); in groups with
// `masked_vowels`, a vowel in a term also matches a '*' mask ("b*kas"). Long
// terms also match at edit distance 1 ("thrifht", "thrft"); groups may ask for
// reversed ("tfirht") and transposed ("thirft") spellings. Regex terms run
// over the normalized text; a `\b` that opens or closes one means a word edge
// of that text (a space, or either end).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "saring/normalizer.h"
#include "saring/policy.h"
#include "saring/status.h"

namespace saring {

struct TermMatch {
  int group = 0;
  int term = 0;
  uint32_t begin = 0;  // half-open byte span in the normalized text
  uint32_t end = 0;
  bool variant = false;  // matched a misspelling (edit distance, reversed, transposed)
};

struct MatcherOptions {
  // Regexes that open with `\b` and use only simple syntax are read by the
  // word automaton along with the literal terms; the rest go to Hyperscan.
  // Off sends every regex to Hyperscan (kept switchable for differential tests).
  bool regexes_in_automaton = true;
  // The regexes left to Hyperscan are scanned only in texts where the word
  // automaton found the opening of one of them (see RegexGate). Off scans
  // every text (kept switchable for differential tests).
  bool gate_regexes = true;
  // Where compiled packs are kept (see util/compiled_cache.h); empty
  // compiles every time.
  std::string cache_dir;
};

// The cache directory of the programs: $SARING_CACHE_DIR (set but empty: no
// cache), else $XDG_CACHE_HOME/saring, else $HOME/.cache/saring.
std::string DefaultCacheDirectory();

class Matcher {
 public:
  // Compiles the pack's terms. Errors name the pack line of the failing term.
  static Result<std::unique_ptr<Matcher>> Compile(const Policy& policy,
                                                  MatcherOptions options = {});
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // Appends every match in `text` to `*out`, deduplicated per (term, span) and
  // sorted by begin offset. Thread-safe (scratch space comes from a pool).
  Status Scan(const NormalizedText& text, std::vector<TermMatch>* out) const;

  size_t pattern_count() const;
  // Whether Hyperscan runs only on texts where a gate matched (see MatcherOptions).
  bool regexes_gated() const;
  // Whether the compiled pack was read from the cache rather than compiled.
  bool from_cache() const;
  // How many texts Hyperscan has read so far: what the gates did not spare.
  uint64_t regex_scans() const;

 private:
  Status ScanRegexes(const NormalizedText& text, std::vector<TermMatch>* out) const;

  struct Impl;
  explicit Matcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace saring
