// SPDX-License-Identifier: Apache-2.0
// The normalizer turns raw listing text into a canonical view that undoes the
// tricks sellers use to slip past keyword filters: Unicode compatibility forms
// and case (NFKC + case folding), diacritics, homoglyphs from other scripts
// (Unicode confusables via ICU, plus small-caps and enclosed letters), zero-width
// and control characters, emoji and symbols inside words, leetspeak, letters
// spread out with spaces or dots, and repeated letters. A word reduplicated
// with a trailing 2 ("baju2") is written out as its hyphenated spelling reads
// ("baju baju").
//
// The normalized view is lowercase; words are separated by exactly one ASCII
// space, with no leading or trailing space. A '*' inside a word (as in "b*kas")
// is kept as a wildcard that the matcher lets stand for a vowel.
//
// Offsets: every byte of the normalized text maps back to a half-open byte
// range [begin, end) of the ORIGINAL input, so that evidence found in the
// normalized view can be shown in the text the seller wrote.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace saring {

// An allocator whose resize leaves new elements uninitialized: the
// normalizer sizes its offset arrays ahead of writing every element, and
// zero-filling them first would cost a pass over the memory per record.
template <typename T>
struct UninitializedAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = UninitializedAllocator<U>;
  };
  UninitializedAllocator() = default;
  template <typename U>
  UninitializedAllocator(const UninitializedAllocator<U>&) noexcept {}  // NOLINT
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

using OffsetVector = std::vector<uint32_t, UninitializedAllocator<uint32_t>>;

struct NormalizedText {
  std::string text;
  // orig_begin[i] / orig_end[i]: the original byte range that produced text[i].
  OffsetVector orig_begin;
  OffsetVector orig_end;
  // Count of bytes in the input that were not valid UTF-8 (each run was
  // replaced by U+FFFD before normalizing). Nonzero means "repaired".
  uint32_t invalid_utf8_bytes = 0;
  // Whether the input holds a question mark: the text has none, and a
  // question ("yg 120rb masih ada?") is a buyer's more often than a seller's.
  bool asks = false;

  // Maps the normalized half-open span [begin, end) to the original half-open
  // byte span. REQUIRES: begin < end <= text.size().
  std::pair<uint32_t, uint32_t> ToOriginal(size_t begin, size_t end) const {
    return {orig_begin[begin], orig_end[end - 1]};
  }
};

struct NormalizerOptions {
  bool fold_confusables = true;     // Cyrillic/Greek/fancy letters -> Latin
  bool undo_leetspeak = true;       // "b3k4s" -> "bekas"
  bool join_spaced_letters = true;  // "t h r i f t", "b.a.l", "th-rift" -> one word
  bool collapse_repeats = true;     // "thriiiift" -> "thrift" (every run of a letter)
  bool spell_out_repeats = true;    // "baju2" -> "baju baju" (a word reduplicated by a 2)
  // Emits plain ASCII words straight from the input. Only a speed-up: the
  // output is identical with it off (kept switchable for differential tests).
  bool plain_word_fast_path = true;
};

// Thread-safe: Normalize may be called concurrently from many threads on one
// instance. The Unicode tables are built once per process on first use.
class Normalizer {
 public:
  explicit Normalizer(NormalizerOptions options = {});

  // Normalizes `input` (UTF-8, possibly invalid) into `*out`, reusing its
  // buffers. Never fails: invalid UTF-8 is repaired and counted.
  void Normalize(std::string_view input, NormalizedText* out) const;

  NormalizedText Normalize(std::string_view input) const {
    NormalizedText out;
    Normalize(input, &out);
    return out;
  }

  // Normalizes a policy term the same way listing text is normalized, so that
  // a term and the text it should match meet in the same form.
  std::string NormalizeTerm(std::string_view term) const { return Normalize(term).text; }

  const NormalizerOptions& options() const { return options_; }

 private:
  NormalizerOptions options_;
};

// Decodes one UTF-8 code point at `s[*pos]`, advancing *pos. Returns
// U+FFFD and advances past the maximal invalid subsequence (at least one byte)
// on malformed input; `*invalid` is set to the number of bytes skipped then.
char32_t DecodeUtf8(std::string_view s, size_t* pos, uint32_t* invalid);

// Replaces every invalid UTF-8 sequence in `s` with U+FFFD. Returns the number
// of invalid bytes found.
uint32_t RepairUtf8(std::string* s);

// The length of the longest prefix of `s` of at most `max` bytes that does
// not split a UTF-8 sequence.
size_t Utf8Prefix(std::string_view s, size_t max);

}  // namespace saring
