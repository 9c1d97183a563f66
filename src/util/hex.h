// SPDX-License-Identifier: Apache-2.0
// Lowercase hex digits, the spelling of every digest this program names
// things by (cache files, ids, digests of keys) and of JSON's \u escapes.
// Not for secrets: each digit is a table lookup whose address depends on it
// (new API keys are spelled by libsodium's constant-time encoder).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace saring {

// The low `digits` hex digits of v, most significant first.
inline void AppendHexDigits(uint64_t v, int digits, std::string* out) {
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
    out->push_back("0123456789abcdef"[(v >> shift) & 15]);
  }
}

// Two digits per byte.
inline std::string Hex(const void* data, size_t n) {
  const auto* bytes = static_cast<const unsigned char*>(data);
  std::string out;
  out.reserve(2 * n);
  for (size_t i = 0; i < n; ++i) AppendHexDigits(bytes[i], 2, &out);
  return out;
}

inline std::string Hex(std::string_view bytes) { return Hex(bytes.data(), bytes.size()); }

}  // namespace saring
