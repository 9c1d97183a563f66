// SPDX-License-Identifier: Apache-2.0
// Any bytes as a compiled automaton from the cache: refused, or read into
// one that scans any text without reading out of its tables or reporting a
// pattern it does not have.
#include <cstdlib>
#include <string>

#include "match/word_automaton.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr size_t kPatterns = 3;
  // Half the inputs keep the shape of a real automaton's bytes with their
  // tail changed, so that the checks past the header are reached.
  static const std::string real = [] {
    auto word = [](const std::string& w) {
      std::vector<saring::LiteralElement> out;
      for (char c : w) out.push_back({std::string(1, c), false, false});
      return out;
    };
    std::string bytes;
    saring::WordAutomaton::Build({word("bal"), word("baju bekas"), word("thrift")})
        .value()
        .AppendTo(&bytes);
    return bytes;
  }();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (size > 0 && data[0] % 2 == 0) {
    bytes = real;
    for (size_t i = 1; i + 1 < size; i += 2)
      bytes[(data[i] * 131u + i) % bytes.size()] = static_cast<char>(data[i + 1]);
  }
  auto automaton = saring::WordAutomaton::Parse(bytes, kPatterns);
  if (!automaton.ok()) return 0;
  for (const char* text : {"bal baju bekas thrifting", "", "x", "bajubekas bal\xff bal "}) {
    automaton.value().Scan(text, [&](uint32_t pattern, size_t begin, size_t end) {
      if (pattern >= kPatterns || begin > end || end > std::string(text).size() + 1) abort();
    });
  }
  return 0;
}
