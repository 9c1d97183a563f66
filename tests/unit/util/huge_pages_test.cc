// SPDX-License-Identifier: Apache-2.0
#include "util/huge_pages.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>
#include <vector>

namespace saring {
namespace {

// A table of a huge page or more starts on a huge page's boundary, so that
// its pages can be huge; a smaller one is an ordinary allocation. Both hold
// what is written to them through growth and copies.
TEST(HugePageAllocatorTest, ALargeTableStartsOnAHugePage) {
  using Table = std::vector<uint32_t, HugePageAllocator<uint32_t>>;
  constexpr size_t kHuge = HugePageAllocator<uint32_t>::kHugePage;
  Table large(kHuge / sizeof(uint32_t) + 3);
  std::iota(large.begin(), large.end(), 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(large.data()) % kHuge, 0u);
  Table copy = large;
  EXPECT_EQ(reinterpret_cast<uintptr_t>(copy.data()) % kHuge, 0u);
  EXPECT_EQ(copy, large);
  EXPECT_EQ(copy.back(), kHuge / sizeof(uint32_t) + 2);

  Table small(100, 7u);
  small.resize(1000, 9u);
  EXPECT_EQ(small[99], 7u);
  EXPECT_EQ(small[999], 9u);
  small.resize(kHuge / sizeof(uint32_t));  // grows past the threshold: moved to a huge page
  EXPECT_EQ(reinterpret_cast<uintptr_t>(small.data()) % kHuge, 0u);
  EXPECT_EQ(small[999], 9u);
}

}  // namespace
}  // namespace saring
