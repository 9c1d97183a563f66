// SPDX-License-Identifier: Apache-2.0
// Any bytes in: no crash, and the offset map stays consistent.
#include <cstdlib>

#include "saring/normalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const saring::Normalizer normalizer;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  saring::NormalizedText n = normalizer.Normalize(in);
  if (n.orig_begin.size() != n.text.size() || n.orig_end.size() != n.text.size()) abort();
  for (size_t i = 0; i < n.text.size(); ++i) {
    if (n.orig_begin[i] > n.orig_end[i] || n.orig_end[i] > size) abort();
    if (i > 0 && n.orig_begin[i] < n.orig_begin[i - 1]) abort();
  }
  if (!n.text.empty() && (n.text.front() == ' ' || n.text.back() == ' ')) abort();
  if (n.text.find("  ") != std::string::npos) abort();
  return 0;
}
