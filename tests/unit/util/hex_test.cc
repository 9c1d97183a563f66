// SPDX-License-Identifier: Apache-2.0
#include "util/hex.h"

#include <gtest/gtest.h>

#include <string>

#include "util/checksum.h"

namespace saring {
namespace {

TEST(HexTest, TwoLowercaseDigitsPerByteInOrder) {
  const unsigned char bytes[] = {0x00, 0x0f, 0xa5, 0xff, 0x10};
  EXPECT_EQ(Hex(bytes, sizeof bytes), "000fa5ff10");
  EXPECT_EQ(Hex(std::string("\x01\xab", 2)), "01ab");
  EXPECT_EQ(Hex(std::string_view()), "");
}

TEST(HexTest, DigitsOfANumberMostSignificantFirst) {
  std::string out = "x";
  AppendHexDigits(0x1234abcd, 8, &out);
  EXPECT_EQ(out, "x1234abcd");
  out.clear();
  AppendHexDigits(0xabc, 2, &out);  // only the low digits asked for
  EXPECT_EQ(out, "bc");
  out.clear();
  AppendHexDigits(0x5, 4, &out);
  EXPECT_EQ(out, "0005");
}

TEST(HexTest, ChecksumHexIsTheSumsSixteenDigits) {
  const std::string data = "saring";
  const uint64_t sum = Checksum(data.data(), data.size());
  std::string expected;
  for (int shift = 60; shift >= 0; shift -= 4) expected += "0123456789abcdef"[(sum >> shift) & 15];
  EXPECT_EQ(ChecksumHex(data.data(), data.size()), expected);
}

}  // namespace
}  // namespace saring
