// SPDX-License-Identifier: Apache-2.0
// Where tests find the repository's files (set by CTest's environment).
#pragma once

#include <cstdlib>
#include <string>

namespace saring::testing {

inline std::string SourceDir() {
  const char* dir = std::getenv("SARING_SOURCE_DIR");
  return dir ? dir : ".";
}
inline std::string DefaultPolicyPath() {
  return SourceDir() + "/policies/id-used-clothing-import.yaml";
}

}  // namespace saring::testing
