// SPDX-License-Identifier: Apache-2.0
// A checksum of files this program wrote itself, to tell a damaged one (a
// disk error, a copy cut short) from a whole one; not a defence against
// someone who writes them on purpose. Four independent lanes of eight bytes
// each, so that it runs at memory speed (FNV-1a, a byte at a time, took
// longer than reading the file).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "util/hex.h"

namespace saring {

inline uint64_t Checksum(const void* data, size_t n) {
  constexpr uint64_t kMultiply[4] = {0x9e3779b97f4a7c15ULL, 0xc2b2ae3d27d4eb4fULL,
                                     0x165667b19e3779f9ULL, 0xd6e8feb86659fd93ULL};
  auto mix = [](uint64_t h, uint64_t word, uint64_t k) {
    h ^= word * k;
    return ((h << 31) | (h >> 33)) * 0x9fb21c651e98df25ULL;
  };
  const unsigned char* p = static_cast<const unsigned char*>(data);
  uint64_t lane[4] = {1, 2, 3, 4};
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    for (int l = 0; l < 4; ++l) {
      uint64_t w;
      std::memcpy(&w, p + i + 8 * l, 8);
      lane[l] = mix(lane[l], w, kMultiply[l]);
    }
  }
  uint64_t h = n;
  for (int l = 0; l < 4; ++l) h = mix(h, lane[l], kMultiply[l]);
  for (; i < n; ++i) h = mix(h, p[i], kMultiply[i & 3]);
  return h ^ (h >> 29);
}

// Checksum as 16 lowercase hex digits: a short name for what was summed.
inline std::string ChecksumHex(const void* data, size_t n) {
  std::string hex;
  AppendHexDigits(Checksum(data, n), 16, &hex);
  return hex;
}

}  // namespace saring
