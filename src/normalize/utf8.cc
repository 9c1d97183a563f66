// SPDX-License-Identifier: Apache-2.0
#include <string>

#include "saring/normalizer.h"
#include "util/utf8_bytes.h"

namespace saring {

char32_t DecodeUtf8(std::string_view s, size_t* pos, uint32_t* invalid) {
  const size_t n = s.size();
  size_t i = *pos;
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  *invalid = 0;
  if (b0 < 0x80) {
    *pos = i + 1;
    return b0;
  }
  int len;
  char32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // > U+10FFFF
  } else {
    *pos = i + 1;
    *invalid = 1;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char lo_k = k == 1 ? lo : 0x80, hi_k = k == 1 ? hi : 0xBF;
    if (i + k >= n || byte(i + k) < lo_k || byte(i + k) > hi_k) {
      // Maximal subpart of an ill-formed sequence: replace what was consumed.
      *pos = i + k;
      *invalid = static_cast<uint32_t>(k);
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  *pos = i + len;
  return cp;
}

uint32_t RepairUtf8(std::string* s) {
  uint32_t total = 0;
  size_t pos = 0;
  bool valid = true;  // fast check first: most input is valid
  while (valid && pos < s->size()) {
    uint32_t bad = 0;
    DecodeUtf8(*s, &pos, &bad);
    valid = bad == 0;
  }
  if (valid) return 0;
  std::string out;
  out.reserve(s->size() + 8);
  pos = 0;
  while (pos < s->size()) {
    size_t start = pos;
    uint32_t bad = 0;
    DecodeUtf8(*s, &pos, &bad);
    if (bad) {
      total += bad;
      out += "\xEF\xBF\xBD";
    } else {
      out.append(*s, start, pos - start);
    }
  }
  *s = std::move(out);
  return total;
}

size_t Utf8Prefix(std::string_view s, size_t max) {
  if (s.size() <= max) return s.size();
  size_t n = max;
  while (n > 0 && IsUtf8Continuation(s[n])) --n;
  return n;
}

}  // namespace saring
