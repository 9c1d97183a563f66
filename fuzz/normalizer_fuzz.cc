// SPDX-License-Identifier: Apache-2.0
// Any bytes in: no crash, the offset map stays consistent, and the plain-word
// fast path gives exactly what the full pipeline gives.
#include <cstdlib>

#include "saring/normalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const saring::Normalizer normalizer;
  static const saring::Normalizer full_pipeline_only([] {
    saring::NormalizerOptions o;
    o.plain_word_fast_path = false;
    return o;
  }());
  std::string_view in(reinterpret_cast<const char*>(data), size);
  saring::NormalizedText n = normalizer.Normalize(in);
  if (n.orig_begin.size() != n.text.size() || n.orig_end.size() != n.text.size()) abort();
  for (size_t i = 0; i < n.text.size(); ++i) {
    if (n.orig_begin[i] > n.orig_end[i] || n.orig_end[i] > size) abort();
    if (i > 0 && n.orig_begin[i] < n.orig_begin[i - 1]) abort();
  }
  if (!n.text.empty() && (n.text.front() == ' ' || n.text.back() == ' ')) abort();
  if (n.text.find("  ") != std::string::npos) abort();
  saring::NormalizedText slow = full_pipeline_only.Normalize(in);
  if (slow.text != n.text || slow.orig_begin != n.orig_begin || slow.orig_end != n.orig_end ||
      slow.invalid_utf8_bytes != n.invalid_utf8_bytes) {
    abort();
  }
  return 0;
}
