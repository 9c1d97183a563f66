// SPDX-License-Identifier: Apache-2.0
#include "util/build_id.h"

#include <gtest/gtest.h>

namespace saring {
namespace {

// The toolchain writes a build ID (GNU ld's --build-id, Debian's default):
// without one, parsed and compiled packs are not cached.
TEST(BuildIdTest, TheProgramHasOneAndItStaysTheSame) {
  const std::string& id = BuildId();
  EXPECT_GE(id.size(), 16u);  // SHA-1: 20 bytes; an xxhash or md5: 8 or 16
  EXPECT_EQ(&BuildId(), &id);
  EXPECT_NE(id, std::string(id.size(), '\0'));
}

}  // namespace
}  // namespace saring
