// SPDX-License-Identifier: Apache-2.0
// Policy packs from arbitrary bytes: load, validate, compile.
#include "saring/matcher.h"
#include "saring/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view yaml(reinterpret_cast<const char*>(data), size);
  auto policy = saring::LoadPolicyString(yaml, "fuzz.yaml");
  if (policy.ok()) (void)saring::Matcher::Compile(*policy);
  return 0;
}
