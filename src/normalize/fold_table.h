// SPDX-License-Identifier: Apache-2.0
// Per-code-point folding: what one Unicode code point becomes in the
// normalized view, and which role it plays (letter, digit, separator, noise).
// Built once per process from ICU (NFKC case folding, mark stripping, the
// Unicode confusables skeletons) plus small hand tables for letter-like
// symbols ICU does not map to Latin (small caps, enclosed and squared letters).
#pragma once

#include <cstdint>

namespace saring::normalize {

enum class CharKind : uint8_t {
  kDrop,       // zero-width, format, combining marks, most controls: removed
  kSpace,      // white space and line breaks: a word break
  kPunct,      // punctuation that separates words
  kIntra,      // . - _ ' : separate words, but join short letter runs ("th-rift")
  kStar,       // '*': a masked letter ("b*kas")
  kLeet,       // @ $ ! | €: stand for a letter when inside a word
  kJoin,       // emoji and symbols: noise; vanish inside a word, separate outside
  kLetter,     // folded to `text`
  kDigit,      // folded to ASCII digits in `text`
  kFlag,       // regional indicator: a letter that forms its own word ("🇰🇷" -> "kr")
  kEmojiWord,  // an emoji that stands for a word ("👖" -> "celana"), written as kFlag letters
};

struct FoldedChar {
  CharKind kind = CharKind::kDrop;
  uint8_t len = 0;  // bytes used in text
  char text[14] = {};
};

// Returns the folding of `cp`. Thread-safe. `cp` must be <= 0x10FFFF.
const FoldedChar& Fold(char32_t cp, bool fold_confusables);

// The letter a leetspeak digit or symbol stands for, or 0.
char LeetLetter(char c);

}  // namespace saring::normalize
