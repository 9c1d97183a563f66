// SPDX-License-Identifier: Apache-2.0
// Lower case for what is written in ASCII (names, keys, spellings, words
// of a text): A-Z only, every other byte as it is, whatever the locale.
#pragma once

#include <string>
#include <string_view>

namespace saring {

inline char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

inline std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

}  // namespace saring
