// SPDX-License-Identifier: Apache-2.0
// The spaces of normalized text (which separates its words with single ASCII
// spaces), found 16 bytes at a time.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace saring {

// The number of bits set in x, without a call into libgcc when the target
// has no POPCNT instruction (baseline x86-64).
inline uint32_t PopCount(uint64_t x) {
#if defined(__POPCNT__)
  return static_cast<uint32_t>(__builtin_popcountll(x));
#else
  x -= (x >> 1) & 0x5555555555555555ULL;
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
  return static_cast<uint32_t>((x * 0x0101010101010101ULL) >> 56);
#endif
}

// Bit i set when p[i] is a space, for the len <= 64 bytes at p.
inline uint64_t SpaceMask(const char* p, size_t len) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  auto spaces16 = [&](const char* at) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    return static_cast<uint64_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, space)) & 0xffff);
  };
  uint64_t mask = 0;
  size_t i = 0;
  for (; i + 16 <= len; i += 16) mask |= spaces16(p + i) << i;
  if (i == len) return mask;
  if (len >= 16) {
    // The last 16 bytes, which overlap those done: only their new bits count.
    return mask | (spaces16(p + len - 16) >> (16 - (len - i))) << i;
  }
  for (; i < len; ++i) mask |= static_cast<uint64_t>(p[i] == ' ') << i;
  return mask;
#else
  uint64_t mask = 0;
  for (size_t i = 0; i < len; ++i) mask |= static_cast<uint64_t>(p[i] == ' ') << i;
  return mask;
#endif
}

// The space masks of the n bytes at text, one per 64 bytes, and one more
// (empty) when n is a multiple of 64.
inline void SpaceMasks(const char* text, size_t n, std::vector<uint64_t>* masks) {
  const size_t blocks = n / 64 + 1;
  masks->resize(blocks);
  for (size_t b = 0; b < blocks; ++b) {
    const size_t at = 64 * b;
    (*masks)[b] = at < n ? SpaceMask(text + at, std::min<size_t>(64, n - at)) : 0;
  }
}

// The spaces of a text as a bitmap, with the end of the text (position
// text.size()) counted as a space too: what the matcher and the engine ask of
// a text's words, answered a 64-bit word at a time instead of a byte at a time.
class SpaceBits {
 public:
  void Build(const char* text, size_t n) {
    SpaceMasks(text, n, &masks_);
    masks_[n >> 6] |= uint64_t{1} << (n & 63);
  }
  // The first space at or after `pos` (n when none is before the end).
  // REQUIRES: pos <= n.
  size_t NextSpace(size_t pos) const {
    size_t b = pos >> 6;
    uint64_t m = masks_[b] & (~uint64_t{0} << (pos & 63));
    while (m == 0) m = masks_[++b];
    return 64 * b + static_cast<size_t>(__builtin_ctzll(m));
  }
  // The start of the word that `skip` spaces before `end` begins: the
  // position after the (skip + 1)-th space before `end`, or 0 when there are
  // not that many. REQUIRES: end <= n + 1.
  size_t WordStartBefore(size_t end, uint32_t skip) const {
    if (end == 0) return 0;
    size_t b = (end - 1) >> 6;
    uint64_t m = masks_[b] & (~uint64_t{0} >> (63 - ((end - 1) & 63)));
    for (;;) {
      while (m != 0) {
        const size_t top = 63 - static_cast<size_t>(__builtin_clzll(m));
        if (skip-- == 0) return 64 * b + top + 1;
        m &= ~(uint64_t{1} << top);
      }
      if (b == 0) return 0;
      m = masks_[--b];
    }
  }

 private:
  std::vector<uint64_t> masks_;  // bit i of masks_[i / 64]: position i is a space
};

// Which word of a text each byte belongs to (the number of spaces before it).
class WordIndex {
 public:
  void Build(const std::string& text) {
    SpaceMasks(text.data(), text.size(), &masks_);
    before_.resize(masks_.size());
    uint32_t spaces = 0;
    for (size_t b = 0; b < masks_.size(); ++b) {
      before_[b] = spaces;
      spaces += PopCount(masks_[b]);
    }
  }
  // REQUIRES: pos <= text.size().
  uint32_t WordOf(size_t pos) const {
    const uint64_t below = (uint64_t{1} << (pos & 63)) - 1;
    return before_[pos >> 6] + PopCount(masks_[pos >> 6] & below);
  }

 private:
  std::vector<uint64_t> masks_;
  std::vector<uint32_t> before_;
};

}  // namespace saring
