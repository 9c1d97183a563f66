// SPDX-License-Identifier: Apache-2.0
// Any bytes as a parsed pack from the cache: refused, or read into a pack
// that writes back to the same bytes.
#include <cstdlib>
#include <string>

#include "policy/policy_bytes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Half the inputs keep the shape of a real pack's bytes with their tail
  // changed, so that the reads past the first fields are reached.
  static const std::string real = [] {
    saring::Result<saring::Policy> pack = saring::LoadPolicyString(R"(id: p
version: "1"
legal_basis: [{id: l, citation: c}]
thresholds: {violation: 0.8, review: 0.5}
groups:
  used: {terms: [bekas, "second*", {regex: '\bex ?jepang'}]}
  origin: {terms: [korea]}
rules:
  - {id: R, description: d, all: [used, origin], score: 0.9, kinds: [listing]}
)",
                                                                   "p.yaml");
    if (!pack.ok()) abort();
    return saring::PolicyToBytes(pack.value());
  }();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (size > 0 && data[0] % 2 == 0) {
    bytes = real;
    for (size_t i = 1; i + 1 < size; i += 2)
      bytes[(data[i] * 131u + i) % bytes.size()] = static_cast<char>(data[i + 1]);
  }
  saring::Policy policy;
  if (saring::PolicyFromBytes(bytes, &policy) && saring::PolicyToBytes(policy) != bytes) abort();
  return 0;
}
