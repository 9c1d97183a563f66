// SPDX-License-Identifier: Apache-2.0
#include "saring/json_string.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "util/hex.h"

namespace saring {
namespace {

bool NeedsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// Where the first byte from `i` on that needs escaping is, or s.size().
size_t EscapeFrom(std::string_view s, size_t i) {
#if defined(__SSE2__)
  // Sixteen bytes at a time: control characters (unsigned "<= 0x1f" as
  // min(b, 0x1f) == b), quotes and backslashes.
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(b, _mm_set1_epi8(0x1f)), b),
                                     _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('"')),
                                                  _mm_cmpeq_epi8(b, _mm_set1_epi8('\\'))));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  while (i < s.size() && !NeedsEscape(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    // Copy the run that needs no escaping in one go.
    const size_t j = EscapeFrom(s, i);
    out->append(s.data() + i, j - i);
    if (j == s.size()) break;
    i = j + 1;
    unsigned char c = static_cast<unsigned char>(s[j]);
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:  // other control characters
        out->append("\\u00");
        AppendHexDigits(c, 2, out);
    }
  }
  out->push_back('"');
}

}  // namespace saring
