// SPDX-License-Identifier: Apache-2.0
#include "saring/json_string.h"

namespace saring {
namespace {

bool NeedsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    // Copy the run that needs no escaping in one go.
    size_t j = i;
    while (j < s.size() && !NeedsEscape(static_cast<unsigned char>(s[j]))) ++j;
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
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->push_back('"');
}

}  // namespace saring
